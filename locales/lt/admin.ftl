### Account administration (admins only).

# Accounts page title and heading; also the table caption.
admin-users-title = Paskyros
# Heading of the form that adds an account.
admin-users-add = Nauja paskyra
# Checkbox in the add-account form.
admin-users-make-admin = Administratorius
# Button of the add-account form.
admin-users-add-submit = Pridėti paskyrą
# Confirmation after an account was added.
admin-users-created = Paskyra sukurta. Saugiai perduokite slaptažodį šiam asmeniui.
# Accounts table column: role.
admin-users-role = Vaidmuo
# Accounts table column: active or disabled.
admin-users-status = Būsena
# Accounts table column: the date the account was created.
admin-users-created-at = Sukurta
# Accounts table column: buttons.
admin-users-actions = Veiksmai
# Role of a normal account.
admin-users-role-member = Naudotojas
# Role of an administrator.
admin-users-role-admin = Administratorius
# Status of an account that can log in.
admin-users-active = Aktyvi
# Status of a disabled account.
admin-users-disabled = Išjungta
# Button to disable an account (visible text).
admin-users-disable-short = Išjungti
# Button to enable an account again (visible text).
admin-users-enable-short = Įjungti
# Accessible name of the disable button. Variables: $name (display name).
admin-users-disable = Išjungti paskyrą: { $name }
# Accessible name of the enable button. Variables: $name (display name).
admin-users-enable = Įjungti paskyrą: { $name }
# Link under the accounts table to the next page of accounts.
admin-users-next-page = Kitas puslapis
# Accounts table: column saying who may create restricted communities.
admin-users-restricted = Ribotos bendruomenės
# Accounts table: admins always may.
admin-users-restricted-always = Visada (administratorius)
# Accounts table: this person may create restricted communities.
admin-users-restricted-yes = Leidžiama
# Accounts table: this person may not.
admin-users-restricted-no = Neleidžiama
# Button that allows it (visible text).
admin-users-restricted-grant-short = Leisti
# Button that stops it (visible text).
admin-users-restricted-revoke-short = Nebeleisti
# Accessible name of the allow button. Variables: $name.
admin-users-restricted-grant = Leisti kurti ribotas bendruomenes: { $name }
# Accessible name of the stop button. Variables: $name.
admin-users-restricted-revoke = Nebeleisti kurti ribotų bendruomenių: { $name }

# Admin view of restricted communities: page title and heading.
admin-communities-title = Ribotos bendruomenės
# Heading of the cap setting.
admin-communities-cap-heading = Didžiausias narių skaičius
# What the cap does.
admin-communities-cap-help = Jokioje ribotoje bendruomenėje negali būti daugiau narių nei šis skaičius. Kiekviena bendruomenė gali nustatyti savo, mažesnį skaičių.
# Save button of the cap.
admin-communities-cap-save = Išsaugoti didžiausią skaičių
# The cap was saved.
admin-communities-cap-saved = Didžiausias skaičius išsaugotas.
# Heading of the list.
admin-communities-restricted-heading = Visos ribotos bendruomenės
# What the list shows and does not show.
admin-communities-restricted-help = Tik pavadinimai, savininkai ir narių skaičius: tai, kas parašyta bendruomenėje, mato tik jos nariai.
# The list is empty.
admin-communities-none = Ribotų bendruomenių dar nėra.
# Column: members and cap.
admin-communities-size = Nariai
# Column: creation date.
admin-communities-created = Sukurta
# Admin list of restricted communities: badge of a deleted community.
admin-communities-deleted = Ištrinta
# Admin list: link that downloads a community's insider list (visible text).
admin-communities-export = Atsisiųsti CSV
# Admin list: accessible name of that link. Variables: $name (the community's name).
admin-communities-export-of = Atsisiųsti insiderių sąrašą: { $name }

## The compliance officer role, on the accounts page.
admin-users-compliance = Atitikties pareigūnas
admin-users-compliance-yes = Taip
admin-users-compliance-no = Ne
# Variables: $name (the person).
admin-users-compliance-grant = Paskirti atitikties pareigūnu: { $name }
admin-users-compliance-revoke = Atimti atitikties pareigūno vaidmenį: { $name }
admin-users-compliance-grant-short = Suteikti
admin-users-compliance-revoke-short = Atimti

## The client-name guard's setting.
admin-guard-heading = Klientų pavadinimai už jų bendruomenių ribų
admin-guard-help = Kas nutinka, kai kas nors išsaugo tekstą, kuriame stebėjimo sąraše esantis klientas minimas ten, kur jo pavadinimas neleidžiamas.
admin-guard-refuse = Neleisti išsaugoti: autorius pakeičia tekstą
admin-guard-hold = Sulaikyti: atitikties pareigūnas tekstą patvirtina arba atmeta
admin-guard-save = Išsaugoti
admin-guard-saved = Išsaugota.
