### Account administration (admins only).

# Accounts page title and heading; also the table caption.
admin-users-title = Kontod
# Heading of the form that adds an account.
admin-users-add = Lisa konto
# Checkbox in the add-account form.
admin-users-make-admin = Administraator
# Button of the add-account form.
admin-users-add-submit = Lisa konto
# Confirmation after an account was added.
admin-users-created = Konto on loodud. Edastage parool kasutajale turvalisel viisil.
# Accounts table column: role.
admin-users-role = Roll
# Accounts table column: active or disabled.
admin-users-status = Olek
# Accounts table column: the date the account was created.
admin-users-created-at = Loodud
# Accounts table column: buttons.
admin-users-actions = Toimingud
# Role of a normal account.
admin-users-role-member = Kasutaja
# Role of an administrator.
admin-users-role-admin = Administraator
# Status of an account that can log in.
admin-users-active = Aktiivne
# Status of a disabled account.
admin-users-disabled = Deaktiveeritud
# Button to disable an account (visible text).
admin-users-disable-short = Deaktiveeri
# Button to enable an account again (visible text).
admin-users-enable-short = Aktiveeri
# Accessible name of the disable button. Variables: $name (display name).
admin-users-disable = Deaktiveeri kasutaja { $name } konto
# Accessible name of the enable button. Variables: $name (display name).
admin-users-enable = Aktiveeri kasutaja { $name } konto
# Link under the accounts table to the next page of accounts.
admin-users-next-page = Järgmine leht
# Accounts table: column saying who may create restricted communities.
admin-users-restricted = Piiratud kogukonnad
# Accounts table: admins always may.
admin-users-restricted-always = Alati (administraator)
# Accounts table: this person may create restricted communities.
admin-users-restricted-yes = Lubatud
# Accounts table: this person may not.
admin-users-restricted-no = Ei ole lubatud
# Button that allows it (visible text).
admin-users-restricted-grant-short = Luba
# Button that stops it (visible text).
admin-users-restricted-revoke-short = Keela
# Accessible name of the allow button. Variables: $name.
admin-users-restricted-grant = Luba kasutajal { $name } luua piiratud kogukondi
# Accessible name of the stop button. Variables: $name.
admin-users-restricted-revoke = Keela kasutajal { $name } luua piiratud kogukondi

# Admin view of restricted communities: page title and heading.
admin-communities-title = Piiratud kogukonnad
# Heading of the cap setting.
admin-communities-cap-heading = Liikmete ülemmäär
# What the cap does.
admin-communities-cap-help = Ühelgi piiratud kogukonnal ei saa olla sellest rohkem liikmeid. Iga kogukond võib määrata endale väiksema ülemmäära.
# Save button of the cap.
admin-communities-cap-save = Salvesta ülemmäär
# The cap was saved.
admin-communities-cap-saved = Ülemmäär on salvestatud.
# Heading of the list.
admin-communities-restricted-heading = Kõik piiratud kogukonnad
# What the list shows and does not show.
admin-communities-restricted-help = Ainult nimed, omanikud ja suurused: kogukondade sisu näevad ainult nende liikmed.
# The list is empty.
admin-communities-none = Piiratud kogukondi veel ei ole.
# Column: members and cap.
admin-communities-size = Liikmed
# Column: creation date.
admin-communities-created = Loodud
# Admin list of restricted communities: badge of a deleted community.
admin-communities-deleted = Kustutatud
# Admin list: link that downloads a community's insider list (visible text).
admin-communities-export = Laadi CSV alla
# Admin list: accessible name of that link. Variables: $name (the community's name).
admin-communities-export-of = Laadi alla siseringi nimekiri: { $name }

## The compliance officer role, on the accounts page.
admin-users-compliance = Vastavuskontrolli spetsialist
admin-users-compliance-yes = Jah
admin-users-compliance-no = Ei
# Variables: $name (the person).
admin-users-compliance-grant = Määra kasutaja { $name } vastavuskontrolli spetsialistiks
admin-users-compliance-revoke = Võta kasutajalt { $name } vastavuskontrolli spetsialisti roll ära
admin-users-compliance-grant-short = Määra
admin-users-compliance-revoke-short = Võta ära

## The client-name guard's setting.
admin-guard-heading = Kliendinimed väljaspool oma kogukondi
admin-guard-help = Mis juhtub, kui keegi salvestab teksti, milles jälgimisnimekirjas olevat klienti mainitakse kohas, kus see nimi pole lubatud.
admin-guard-refuse = Keela salvestamine: kirjutaja muudab teksti
admin-guard-hold = Jäta ootele: vastavuskontrolli spetsialist kiidab teksti heaks või lükkab tagasi
admin-guard-save = Salvesta
admin-guard-saved = Salvestatud.
