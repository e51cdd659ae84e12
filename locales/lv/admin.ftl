### Account administration (admins only).

# Accounts page title and heading; also the table caption.
admin-users-title = Konti
# Heading of the form that adds an account.
admin-users-add = Jauns konts
# Checkbox in the add-account form.
admin-users-make-admin = Administrators
# Button of the add-account form.
admin-users-add-submit = Pievienot kontu
# Confirmation after an account was added.
admin-users-created = Konts ir izveidots. Paziņojiet šai personai paroli drošā veidā.
# Accounts table column: role.
admin-users-role = Loma
# Accounts table column: active or disabled.
admin-users-status = Statuss
# Accounts table column: the date the account was created.
admin-users-created-at = Izveidots
# Accounts table column: buttons.
admin-users-actions = Darbības
# Role of a normal account.
admin-users-role-member = Lietotājs
# Role of an administrator.
admin-users-role-admin = Administrators
# Status of an account that can log in.
admin-users-active = Aktīvs
# Status of a disabled account.
admin-users-disabled = Atspējots
# Button to disable an account (visible text).
admin-users-disable-short = Atspējot
# Button to enable an account again (visible text).
admin-users-enable-short = Iespējot
# Accessible name of the disable button. Variables: $name (display name).
admin-users-disable = Atspējot kontu: { $name }
# Accessible name of the enable button. Variables: $name (display name).
admin-users-enable = Iespējot kontu: { $name }
# Link under the accounts table to the next page of accounts.
admin-users-next-page = Nākamā lapa
# Accounts table: column saying who may create restricted communities.
admin-users-restricted = Ierobežotās kopienas
# Accounts table: admins always may.
admin-users-restricted-always = Vienmēr (administrators)
# Accounts table: this person may create restricted communities.
admin-users-restricted-yes = Atļauts
# Accounts table: this person may not.
admin-users-restricted-no = Nav atļauts
# Button that allows it (visible text).
admin-users-restricted-grant-short = Atļaut
# Button that stops it (visible text).
admin-users-restricted-revoke-short = Liegt
# Accessible name of the allow button. Variables: $name.
admin-users-restricted-grant = Atļaut veidot ierobežotas kopienas: { $name }
# Accessible name of the stop button. Variables: $name.
admin-users-restricted-revoke = Liegt veidot ierobežotas kopienas: { $name }

# Admin view of restricted communities: page title and heading.
admin-communities-title = Ierobežotās kopienas
# Heading of the cap setting.
admin-communities-cap-heading = Maksimālais dalībnieku skaits
# What the cap does.
admin-communities-cap-help = Nevienā ierobežotā kopienā nevar būt vairāk dalībnieku par šo skaitu. Katra kopiena var noteikt savu, mazāku skaitu.
# Save button of the cap.
admin-communities-cap-save = Saglabāt maksimālo skaitu
# The cap was saved.
admin-communities-cap-saved = Maksimālais skaits saglabāts.
# Heading of the list.
admin-communities-restricted-heading = Visas ierobežotās kopienas
# What the list shows and does not show.
admin-communities-restricted-help = Tikai nosaukumi, īpašnieki un dalībnieku skaits: to, kas rakstīts kopienā, redz tikai tās dalībnieki.
# The list is empty.
admin-communities-none = Ierobežotu kopienu vēl nav.
# Column: members and cap.
admin-communities-size = Dalībnieki
# Column: creation date.
admin-communities-created = Izveidota
# Admin list of restricted communities: badge of a deleted community.
admin-communities-deleted = Dzēsta
# Admin list: link that downloads a community's insider list (visible text).
admin-communities-export = Lejupielādēt CSV
# Admin list: accessible name of that link. Variables: $name (the community's name).
admin-communities-export-of = Lejupielādēt iekšējās informācijas turētāju sarakstu: { $name }

## The compliance officer role, on the accounts page.
admin-users-compliance = Atbilstības kontroles speciālists
admin-users-compliance-yes = Jā
admin-users-compliance-no = Nē
# Variables: $name (the person).
admin-users-compliance-grant = Iecelt par atbilstības kontroles speciālistu: { $name }
admin-users-compliance-revoke = Atņemt atbilstības kontroles speciālista lomu: { $name }
admin-users-compliance-grant-short = Piešķirt
admin-users-compliance-revoke-short = Atņemt

## The client-name guard's setting.
admin-guard-heading = Klientu nosaukumi ārpus to kopienām
admin-guard-help = Kas notiek, ja kāds saglabā tekstu, kurā novērošanas sarakstā iekļauts klients minēts vietā, kur šis nosaukums nav atļauts.
admin-guard-refuse = Neļaut saglabāt: autors maina tekstu
admin-guard-hold = Aizturēt: atbilstības kontroles speciālists tekstu apstiprina vai noraida
admin-guard-save = Saglabāt
admin-guard-saved = Saglabāts.
