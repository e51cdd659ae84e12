### Files: a community's folders and files, a person's own files, versions and the trash.

# Community tab: the files.
community-tab-files = Failai
files-personal-heading = Failai
files-breadcrumbs-label = Kur yra šis aplankas
files-empty = Čia dar nėra failų ar aplankų.
files-upload = Įkelti failą
files-file-label = Failas
# The largest upload. Variables: $count (megabytes).
files-upload-limit = Ne daugiau kaip { $count } MB.
files-description-label = Aprašymas (neprivaloma)
files-upload-submit = Įkelti
files-new-folder = Naujas aplankas
files-folder-name-label = Aplanko pavadinimas
files-new-folder-submit = Sukurti aplanką
files-download = Atsisiųsti
files-delete = Perkelti į šiukšlinę
# A file's version. Variables: $version.
files-version = Versija { $version }
files-versions-heading = Versijos
files-new-version = Įkelti naują versiją
files-edit = Pervadinti ar keisti aprašymą
files-name-label = Pavadinimas
files-saved = Išsaugota.
files-trash = Šiukšlinė
files-trash-empty = Šiukšlinė tuščia. Ištrinti failai čia laikomi 30 dienų.
files-restore = Atkurti
# Who deleted a file. Variables: $name.
files-deleted-by = ištrynė { $name }
# How much of the community's quota its files use. Variables: $used, $quota (sizes such as "2 MB").
files-quota = Naudojama { $used } iš { $quota }
# Sizes. Variables: $count.
files-size-bytes = { $count ->
    [one] { $count } baitas
    [few] { $count } baitai
    [many] { $count } baito
   *[other] { $count } baitų
}
files-size-kb = { $count } KB
files-size-mb = { $count } MB
files-size-gb = { $count } GB

# Errors.
# Variables: $megabytes.
error-file-too-large = Failas per didelis: galima įkelti ne daugiau kaip { $megabytes } MB. Nieko neišsaugota.
# Variables: $megabytes (what is left).
error-quota-exceeded = Bendruomenės failams tam neužtenka vietos: liko { $megabytes } MB. Nieko neišsaugota; savininkas gali išvalyti šiukšlinę arba paprašyti daugiau vietos.
error-field-folder-not-empty = aplankas netuščias
field-folder-id = Aplankas
field-replace-id = Failas
field-file = Failas
field-max-upload-mb = Didžiausias įkeliamo failo dydis (MB)
field-community-quota-mb = Vieta bendruomenės failams (MB)
# Link to the next page of a folder's files.
files-more = Kitas puslapis
# Link from a profile to the person's own files.
profile-files-link = Failai

# Renaming, moving and deleting a folder; moving a file.
files-folder-edit = Pervadinti, perkelti ar ištrinti šį aplanką
files-folder-parent-label = Vieta
files-folder-label = Aplankas
files-top = Failų viršutinis lygis
files-folder-delete = Ištrinti aplanką
files-folder-delete-help = Ištrinti galima tik tuščią aplanką.
field-move-to = Perkelti į
