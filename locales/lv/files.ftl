### Files: a community's folders and files, a person's own files, versions and the trash.

# Community tab: the files.
community-tab-files = Faili
files-personal-heading = Faili
files-breadcrumbs-label = Mapes atrašanās vieta
files-empty = Šeit vēl nav failu vai mapju.
files-upload = Augšupielādēt failu
files-file-label = Fails
# The largest upload. Variables: $count (megabytes).
files-upload-limit = Ne vairāk kā { $count } MB.
files-description-label = Apraksts (nav obligāts)
files-upload-submit = Augšupielādēt
files-new-folder = Jauna mape
files-folder-name-label = Mapes nosaukums
files-new-folder-submit = Izveidot mapi
files-download = Lejupielādēt
files-delete = Pārvietot uz atkritni
# A file's version. Variables: $version.
files-version = Versija { $version }
files-versions-heading = Versijas
files-new-version = Augšupielādēt jaunu versiju
files-edit = Pārdēvēt vai mainīt aprakstu
files-name-label = Nosaukums
files-saved = Saglabāts.
files-trash = Atkritne
files-trash-empty = Atkritne ir tukša. Dzēstie faili šeit tiek glabāti 30 dienas.
files-restore = Atjaunot
# Who deleted a file. Variables: $name.
files-deleted-by = dzēsa: { $name }
# How much of the community's quota its files use. Variables: $used, $quota (sizes such as "2 MB").
files-quota = Izmantots { $used } no { $quota }
# Sizes. Variables: $count.
files-size-bytes = { $count ->
    [zero] { $count } baitu
    [one] { $count } baits
   *[other] { $count } baiti
}
files-size-kb = { $count } KB
files-size-mb = { $count } MB
files-size-gb = { $count } GB

# Errors.
# Variables: $megabytes.
error-file-too-large = Fails ir pārāk liels: var augšupielādēt ne vairāk kā { $megabytes } MB. Nekas netika saglabāts.
# Variables: $megabytes (what is left).
error-quota-exceeded = Kopienas failiem tam nepietiek vietas: brīvi vēl { $megabytes } MB. Nekas netika saglabāts; īpašnieks var iztukšot atkritni vai palūgt vairāk vietas.
error-field-folder-not-empty = mape nav tukša
field-folder-id = Mape
field-replace-id = Fails
field-file = Fails
field-max-upload-mb = Maksimālais augšupielādes lielums (MB)
field-community-quota-mb = Vieta kopienas failiem (MB)
# Link to the next page of a folder's files.
files-more = Nākamā lapa
# Link from a profile to the person's own files.
profile-files-link = Faili

# Renaming, moving and deleting a folder; moving a file.
files-folder-edit = Pārdēvēt, pārvietot vai dzēst šo mapi
files-folder-parent-label = Atrašanās vieta
files-folder-label = Mape
files-top = Failu augšējais līmenis
files-folder-delete = Dzēst mapi
files-folder-delete-help = Dzēst var tikai tukšu mapi.
field-move-to = Pārvietot uz
