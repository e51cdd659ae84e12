### Files: a community's folders and files, a person's own files, versions and the trash.

# Community tab: the files.
community-tab-files = Filer
files-personal-heading = Filer
files-breadcrumbs-label = Mappens plats
files-empty = Inga filer eller mappar här ännu.
files-upload = Ladda upp en fil
files-file-label = Fil
# The largest upload. Variables: $count (megabytes).
files-upload-limit = Högst { $count } MB.
files-description-label = Beskrivning (valfritt)
files-upload-submit = Ladda upp
files-new-folder = Ny mapp
files-folder-name-label = Mappens namn
files-new-folder-submit = Skapa mapp
files-download = Ladda ner
files-delete = Flytta till papperskorgen
# A file's version. Variables: $version.
files-version = Version { $version }
files-versions-heading = Versioner
files-new-version = Ladda upp en ny version
files-edit = Byt namn eller beskrivning
files-name-label = Namn
files-saved = Sparat.
files-trash = Papperskorg
files-trash-empty = Papperskorgen är tom. Raderade filer ligger kvar här i 30 dagar.
files-restore = Återställ
# Who deleted a file. Variables: $name.
files-deleted-by = raderad av { $name }
# How much of the community's quota its files use. Variables: $used, $quota (sizes such as "2 MB").
files-quota = { $used } av { $quota } används
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
error-file-too-large = Filen är för stor: högst { $megabytes } MB kan laddas upp. Inget sparades.
# Variables: $megabytes (what is left).
error-quota-exceeded = Det finns inte plats för det här bland gruppens filer: { $megabytes } MB återstår. Inget sparades; en ägare kan tömma papperskorgen eller be om mer utrymme.
error-field-folder-not-empty = mappen är inte tom
field-folder-id = Mapp
field-replace-id = Fil
field-file = Fil
field-max-upload-mb = Största uppladdning (MB)
field-community-quota-mb = Utrymme för en grupps filer (MB)
# Link to the next page of a folder's files.
files-more = Nästa sida
# Link from a profile to the person's own files.
profile-files-link = Filer

# Renaming, moving and deleting a folder; moving a file.
files-folder-edit = Byt namn på, flytta eller radera mappen
files-folder-parent-label = Plats
files-folder-label = Mapp
files-top = Filernas översta nivå
files-folder-delete = Radera mappen
files-folder-delete-help = Bara en tom mapp kan raderas.
field-move-to = Flytta till
