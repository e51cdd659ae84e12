### Files: a community's folders and files, a person's own files, versions and the trash.

# Community tab: the files.
community-tab-files = Pliki
files-personal-heading = Pliki
files-breadcrumbs-label = Położenie tego folderu
files-empty = Nie ma tu jeszcze plików ani folderów.
files-upload = Prześlij plik
files-file-label = Plik
# The largest upload. Variables: $count (megabytes).
files-upload-limit = Maksymalnie { $count } MB.
files-description-label = Opis (opcjonalnie)
files-upload-submit = Prześlij
files-new-folder = Nowy folder
files-folder-name-label = Nazwa folderu
files-new-folder-submit = Utwórz folder
files-download = Pobierz
files-delete = Przenieś do kosza
# A file's version. Variables: $version.
files-version = Wersja { $version }
files-versions-heading = Wersje
files-new-version = Prześlij nową wersję
files-edit = Zmień nazwę lub opis
files-name-label = Nazwa
files-saved = Zapisano.
files-trash = Kosz
files-trash-empty = Kosz jest pusty. Usunięte pliki pozostają tu przez 30 dni.
files-restore = Przywróć
# Who deleted a file. Variables: $name.
files-deleted-by = usunięty przez { $name }
# How much of the community's quota its files use. Variables: $used, $quota (sizes such as "2 MB").
files-quota = Wykorzystano { $used } z { $quota }
# Sizes. Variables: $count.
files-size-bytes = { $count ->
    [one] { $count } bajt
    [few] { $count } bajty
    [many] { $count } bajtów
   *[other] { $count } bajta
}
files-size-kb = { $count } KB
files-size-mb = { $count } MB
files-size-gb = { $count } GB

# Errors.
# Variables: $megabytes.
error-file-too-large = Plik jest zbyt duży: można przesłać maksymalnie { $megabytes } MB. Nic nie zostało zapisane.
# Variables: $megabytes (what is left).
error-quota-exceeded = W plikach społeczności nie ma na to miejsca: zostało { $megabytes } MB. Nic nie zostało zapisane; właściciel może opróżnić kosz lub poprosić o więcej miejsca.
error-field-folder-not-empty = folder nie jest pusty
field-folder-id = Folder
field-replace-id = Plik
field-file = Plik
field-max-upload-mb = Maksymalny rozmiar przesyłanego pliku (MB)
field-community-quota-mb = Miejsce na pliki społeczności (MB)
# Link to the next page of a folder's files.
files-more = Następna strona
# Link from a profile to the person's own files.
profile-files-link = Pliki

# Renaming, moving and deleting a folder; moving a file.
files-folder-edit = Zmień nazwę, przenieś lub usuń ten folder
files-folder-parent-label = Położenie
files-folder-label = Folder
files-top = Najwyższy poziom plików
files-folder-delete = Usuń folder
files-folder-delete-help = Usunąć można tylko pusty folder.
field-move-to = Przenieś do
