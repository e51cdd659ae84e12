### Files: a community's folders and files, a person's own files, versions and the trash.

# Community tab: the files.
community-tab-files = Dateien
files-personal-heading = Dateien
files-breadcrumbs-label = Pfad zu diesem Ordner
files-empty = Hier gibt es noch keine Dateien oder Ordner.
files-upload = Datei hochladen
files-file-label = Datei
# The largest upload. Variables: $count (megabytes).
files-upload-limit = Höchstens { $count } MB.
files-description-label = Beschreibung (optional)
files-upload-submit = Hochladen
files-new-folder = Neuer Ordner
files-folder-name-label = Name des Ordners
files-new-folder-submit = Ordner anlegen
files-download = Herunterladen
files-delete = In den Papierkorb
# A file's version. Variables: $version.
files-version = Version { $version }
files-versions-heading = Versionen
files-new-version = Neue Version hochladen
files-edit = Umbenennen oder Beschreibung ändern
files-name-label = Name
files-saved = Gespeichert.
files-trash = Papierkorb
files-trash-empty = Der Papierkorb ist leer. Gelöschte Dateien bleiben 30 Tage lang hier.
files-restore = Wiederherstellen
# Who deleted a file. Variables: $name.
files-deleted-by = gelöscht von { $name }
# How much of the community's quota its files use. Variables: $used, $quota (sizes such as "2 MB").
files-quota = { $used } von { $quota } belegt
# Sizes. Variables: $count.
files-size-bytes = { $count ->
    [one] { $count } Byte
   *[other] { $count } Byte
}
files-size-kb = { $count } KB
files-size-mb = { $count } MB
files-size-gb = { $count } GB

# Errors.
# Variables: $megabytes.
error-file-too-large = Die Datei ist zu groß: Es können höchstens { $megabytes } MB hochgeladen werden. Es wurde nichts gespeichert.
# Variables: $megabytes (what is left).
error-quota-exceeded = Für die Dateien der Community ist dafür kein Platz mehr: Es sind noch { $megabytes } MB frei. Es wurde nichts gespeichert; ein Eigentümer kann den Papierkorb leeren oder mehr Speicherplatz beantragen.
error-field-folder-not-empty = der Ordner ist nicht leer
field-folder-id = Ordner
field-replace-id = Datei
field-file = Datei
field-max-upload-mb = Maximale Uploadgröße (MB)
field-community-quota-mb = Speicherplatz für die Dateien einer Community (MB)
# Link to the next page of a folder's files.
files-more = Nächste Seite
# Link from a profile to the person's own files.
profile-files-link = Dateien

# Renaming, moving and deleting a folder; moving a file.
files-folder-edit = Ordner umbenennen, verschieben oder löschen
files-folder-parent-label = Speicherort
files-folder-label = Ordner
files-top = Oberste Ebene der Dateien
files-folder-delete = Ordner löschen
files-folder-delete-help = Nur ein leerer Ordner kann gelöscht werden.
field-move-to = Verschieben nach
