### Files: a community's folders and files, a person's own files, versions and the trash.

# Community tab: the files.
community-tab-files = Tiedostot
files-personal-heading = Tiedostot
files-breadcrumbs-label = Kansion sijainti
files-empty = Täällä ei ole vielä tiedostoja eikä kansioita.
files-upload = Lähetä tiedosto
files-file-label = Tiedosto
# The largest upload. Variables: $count (megabytes).
files-upload-limit = Enintään { $count } Mt.
files-description-label = Kuvaus (valinnainen)
files-upload-submit = Lähetä
files-new-folder = Uusi kansio
files-folder-name-label = Kansion nimi
files-new-folder-submit = Luo kansio
files-download = Lataa
files-delete = Siirrä roskakoriin
# A file's version. Variables: $version.
files-version = Versio { $version }
files-versions-heading = Versiot
files-new-version = Lähetä uusi versio
files-edit = Muuta nimeä tai kuvausta
files-name-label = Nimi
files-saved = Tallennettu.
files-trash = Roskakori
files-trash-empty = Roskakori on tyhjä. Poistetut tiedostot säilyvät täällä 30 päivää.
files-restore = Palauta
# Who deleted a file. Variables: $name.
files-deleted-by = poistanut: { $name }
# How much of the community's quota its files use. Variables: $used, $quota (sizes such as "2 MB").
files-quota = Käytetty { $used } / { $quota }
# Sizes. Variables: $count.
files-size-bytes = { $count ->
    [one] { $count } tavu
   *[other] { $count } tavua
}
files-size-kb = { $count } kt
files-size-mb = { $count } Mt
files-size-gb = { $count } Gt

# Errors.
# Variables: $megabytes.
error-file-too-large = Tiedosto on liian suuri: lähettää voi enintään { $megabytes } Mt. Mitään ei tallennettu.
# Variables: $megabytes (what is left).
error-quota-exceeded = Yhteisön tiedostoille ei ole tälle tilaa: jäljellä on { $megabytes } Mt. Mitään ei tallennettu; omistaja voi tyhjentää roskakorin tai pyytää lisää tilaa.
error-field-folder-not-empty = kansio ei ole tyhjä
field-folder-id = Kansio
field-replace-id = Tiedosto
field-file = Tiedosto
field-max-upload-mb = Suurin lähetettävä tiedosto (Mt)
field-community-quota-mb = Yhteisön tiedostojen tila (Mt)
# Link to the next page of a folder's files.
files-more = Seuraava sivu
# Link from a profile to the person's own files.
profile-files-link = Tiedostot

# Renaming, moving and deleting a folder; moving a file.
files-folder-edit = Nimeä uudelleen, siirrä tai poista tämä kansio
files-folder-parent-label = Sijainti
files-folder-label = Kansio
files-top = Tiedostojen ylin taso
files-folder-delete = Poista kansio
files-folder-delete-help = Vain tyhjän kansion voi poistaa.
field-move-to = Minne siirretään
