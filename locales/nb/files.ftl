### Files: a community's folders and files, a person's own files, versions and the trash.

# Community tab: the files.
community-tab-files = Filer
files-personal-heading = Filer
files-breadcrumbs-label = Mappens plassering
files-empty = Ingen filer eller mapper her ennå.
files-upload = Last opp en fil
files-file-label = Fil
# The largest upload. Variables: $count (megabytes).
files-upload-limit = Høyst { $count } MB.
files-description-label = Beskrivelse (valgfritt)
files-upload-submit = Last opp
files-new-folder = Ny mappe
files-folder-name-label = Mappenavn
files-new-folder-submit = Opprett mappe
files-download = Last ned
files-delete = Flytt til papirkurven
# A file's version. Variables: $version.
files-version = Versjon { $version }
files-versions-heading = Versjoner
files-new-version = Last opp en ny versjon
files-edit = Endre navn eller beskrivelse
files-name-label = Navn
files-saved = Lagret.
files-trash = Papirkurv
files-trash-empty = Papirkurven er tom. Slettede filer blir liggende her i 30 dager.
files-restore = Gjenopprett
# Who deleted a file. Variables: $name.
files-deleted-by = slettet av { $name }
# How much of the community's quota its files use. Variables: $used, $quota (sizes such as "2 MB").
files-quota = { $used } av { $quota } brukt
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
error-file-too-large = Filen er for stor: høyst { $megabytes } MB kan lastes opp. Ingenting ble lagret.
# Variables: $megabytes (what is left).
error-quota-exceeded = Det er ikke plass til dette blant gruppens filer: { $megabytes } MB er igjen. Ingenting ble lagret; en eier kan tømme papirkurven eller be om mer plass.
error-field-folder-not-empty = mappen er ikke tom
field-folder-id = Mappe
field-replace-id = Fil
field-file = Fil
field-max-upload-mb = Største opplasting (MB)
field-community-quota-mb = Plass til en gruppes filer (MB)
# Link to the next page of a folder's files.
files-more = Neste side
# Link from a profile to the person's own files.
profile-files-link = Filer

# Renaming, moving and deleting a folder; moving a file.
files-folder-edit = Gi nytt navn, flytt eller slett mappen
files-folder-parent-label = Plassering
files-folder-label = Mappe
files-top = Øverste nivå i filene
files-folder-delete = Slett mappen
files-folder-delete-help = Bare en tom mappe kan slettes.
field-move-to = Flytt til
