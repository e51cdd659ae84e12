### Files: a community's folders and files, a person's own files, versions and the trash.

# Community tab: the files.
community-tab-files = Failid
files-personal-heading = Failid
files-breadcrumbs-label = Kausta asukoht
files-empty = Siin pole veel faile ega kaustu.
files-upload = Laadi fail üles
files-file-label = Fail
# The largest upload. Variables: $count (megabytes).
files-upload-limit = Kõige rohkem { $count } MB.
files-description-label = Kirjeldus (valikuline)
files-upload-submit = Laadi üles
files-new-folder = Uus kaust
files-folder-name-label = Kausta nimi
files-new-folder-submit = Loo kaust
files-download = Laadi alla
files-delete = Teisalda prügikasti
# A file's version. Variables: $version.
files-version = Versioon { $version }
files-versions-heading = Versioonid
files-new-version = Laadi üles uus versioon
files-edit = Muuda nime või kirjeldust
files-name-label = Nimi
files-saved = Salvestatud.
files-trash = Prügikast
files-trash-empty = Prügikast on tühi. Kustutatud failid jäävad siia 30 päevaks.
files-restore = Taasta
# Who deleted a file. Variables: $name.
files-deleted-by = kustutas { $name }
# How much of the community's quota its files use. Variables: $used, $quota (sizes such as "2 MB").
files-quota = Kasutusel { $used } / { $quota }
# Sizes. Variables: $count.
files-size-bytes = { $count ->
    [one] { $count } bait
   *[other] { $count } baiti
}
files-size-kb = { $count } KB
files-size-mb = { $count } MB
files-size-gb = { $count } GB

# Errors.
# Variables: $megabytes.
error-file-too-large = Fail on liiga suur: üles saab laadida kõige rohkem { $megabytes } MB. Midagi ei salvestatud.
# Variables: $megabytes (what is left).
error-quota-exceeded = Kogukonna failidel pole selle jaoks ruumi: alles on { $megabytes } MB. Midagi ei salvestatud; omanik saab prügikasti tühjendada või rohkem ruumi küsida.
error-field-folder-not-empty = kaust ei ole tühi
field-folder-id = Kaust
field-replace-id = Fail
field-file = Fail
field-max-upload-mb = Suurim üleslaaditav fail (MB)
field-community-quota-mb = Kogukonna failide ruum (MB)
# Link to the next page of a folder's files.
files-more = Järgmine leht
# Link from a profile to the person's own files.
profile-files-link = Failid

# Renaming, moving and deleting a folder; moving a file.
files-folder-edit = Nimeta ümber, teisalda või kustuta see kaust
files-folder-parent-label = Asukoht
files-folder-label = Kaust
files-top = Failide ülemine tase
files-folder-delete = Kustuta kaust
files-folder-delete-help = Kustutada saab ainult tühja kausta.
field-move-to = Kuhu teisaldada
