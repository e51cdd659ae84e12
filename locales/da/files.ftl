### Files: a community's folders and files, a person's own files, versions and the trash.

# Community tab: the files.
community-tab-files = Filer
files-personal-heading = Filer
files-breadcrumbs-label = Mappens placering
files-empty = Ingen filer eller mapper her endnu.
files-upload = Upload en fil
files-file-label = Fil
# The largest upload. Variables: $count (megabytes).
files-upload-limit = Højst { $count } MB.
files-description-label = Beskrivelse (valgfrit)
files-upload-submit = Upload
files-new-folder = Ny mappe
files-folder-name-label = Mappens navn
files-new-folder-submit = Opret mappe
files-download = Download
files-delete = Flyt til papirkurven
# A file's version. Variables: $version.
files-version = Version { $version }
files-versions-heading = Versioner
files-new-version = Upload en ny version
files-edit = Skift navn eller beskrivelse
files-name-label = Navn
files-saved = Gemt.
files-trash = Papirkurv
files-trash-empty = Papirkurven er tom. Slettede filer bliver liggende her i 30 dage.
files-restore = Gendan
# Who deleted a file. Variables: $name.
files-deleted-by = slettet af { $name }
# How much of the community's quota its files use. Variables: $used, $quota (sizes such as "2 MB").
files-quota = { $used } af { $quota } brugt
# Sizes. Variables: $count.
files-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } byte
}
files-size-kb = { $count } KB
files-size-mb = { $count } MB
files-size-gb = { $count } GB

# Errors.
# Variables: $megabytes.
error-file-too-large = Filen er for stor: der kan højst uploades { $megabytes } MB. Intet blev gemt.
# Variables: $megabytes (what is left).
error-quota-exceeded = Der er ikke plads til dette blandt gruppens filer: { $megabytes } MB er tilbage. Intet blev gemt; en ejer kan tømme papirkurven eller bede om mere plads.
error-field-folder-not-empty = mappen er ikke tom
field-folder-id = Mappe
field-replace-id = Fil
field-file = Fil
field-max-upload-mb = Største upload (MB)
field-community-quota-mb = Plads til en gruppes filer (MB)
# Link to the next page of a folder's files.
files-more = Næste side
# Link from a profile to the person's own files.
profile-files-link = Filer

# Renaming, moving and deleting a folder; moving a file.
files-folder-edit = Omdøb, flyt eller slet mappen
files-folder-parent-label = Placering
files-folder-label = Mappe
files-top = Filernes øverste niveau
files-folder-delete = Slet mappen
files-folder-delete-help = Kun en tom mappe kan slettes.
field-move-to = Flyt til
