### Account administration (admins only).

# Accounts page title and heading; also the table caption.
admin-users-title = Konti
# Heading of the form that adds an account.
admin-users-add = Tilføj en konto
# Checkbox in the add-account form.
admin-users-make-admin = Administrator
# Button of the add-account form.
admin-users-add-submit = Tilføj konto
# Confirmation after an account was added.
admin-users-created = Kontoen er oprettet. Giv personen adgangskoden på en sikker måde.
# Accounts table column: role.
admin-users-role = Rolle
# Accounts table column: active or disabled.
admin-users-status = Status
# Accounts table column: the date the account was created.
admin-users-created-at = Oprettet
# Accounts table column: buttons.
admin-users-actions = Handlinger
# Role of a normal account.
admin-users-role-member = Medlem
# Role of an administrator.
admin-users-role-admin = Administrator
# Status of an account that can log in.
admin-users-active = Aktiv
# Status of a disabled account.
admin-users-disabled = Deaktiveret
# Button to disable an account (visible text).
admin-users-disable-short = Deaktiver
# Button to enable an account again (visible text).
admin-users-enable-short = Aktivér
# Accessible name of the disable button. Variables: $name (display name).
admin-users-disable = Deaktiver { $name }
# Accessible name of the enable button. Variables: $name (display name).
admin-users-enable = Aktivér { $name }
# Link under the accounts table to the next page of accounts.
admin-users-next-page = Næste side
# Accounts table: column saying who may create restricted communities.
admin-users-restricted = Begrænsede grupper
# Accounts table: admins always may.
admin-users-restricted-always = Altid (administrator)
# Accounts table: this person may create restricted communities.
admin-users-restricted-yes = Tilladt
# Accounts table: this person may not.
admin-users-restricted-no = Ikke tilladt
# Button that allows it (visible text).
admin-users-restricted-grant-short = Tillad
# Button that stops it (visible text).
admin-users-restricted-revoke-short = Tilbagekald
# Accessible name of the allow button. Variables: $name.
admin-users-restricted-grant = Tillad { $name } at oprette begrænsede grupper
# Accessible name of the stop button. Variables: $name.
admin-users-restricted-revoke = Fratag { $name } retten til at oprette begrænsede grupper

# Admin view of restricted communities: page title and heading.
admin-communities-title = Begrænsede grupper
# Heading of the cap setting.
admin-communities-cap-heading = Medlemsgrænse
# What the cap does.
admin-communities-cap-help = Ingen begrænset gruppe må have flere medlemmer end dette. Hver gruppe kan sætte sin egen, lavere grænse.
# Save button of the cap.
admin-communities-cap-save = Gem grænse
# The cap was saved.
admin-communities-cap-saved = Grænsen er gemt.
# Heading of the list.
admin-communities-restricted-heading = Alle begrænsede grupper
# What the list shows and does not show.
admin-communities-restricted-help = Kun navne, ejere og størrelse: det, der skrives i grupperne, er kun synligt for medlemmerne.
# The list is empty.
admin-communities-none = Der er endnu ingen begrænsede grupper.
# Column: members and cap.
admin-communities-size = Medlemmer
# Column: creation date.
admin-communities-created = Oprettet
# Admin list of restricted communities: badge of a deleted community.
admin-communities-deleted = Slettet
# Admin list: link that downloads a community's insider list (visible text).
admin-communities-export = Hent CSV
# Admin list: accessible name of that link. Variables: $name (the community's name).
admin-communities-export-of = Hent insiderlisten for { $name }

## The compliance officer role, on the accounts page.
admin-users-compliance = Complianceansvarlig
admin-users-compliance-yes = Ja
admin-users-compliance-no = Nej
# Variables: $name (the person).
admin-users-compliance-grant = Gør { $name } til complianceansvarlig
admin-users-compliance-revoke = Fratag { $name } rollen som complianceansvarlig
admin-users-compliance-grant-short = Tildel
admin-users-compliance-revoke-short = Tilbagekald

## The client-name guard's setting.
admin-guard-heading = Kundenavne uden for deres grupper
admin-guard-help = Hvad der sker, når nogen gemmer en tekst, der nævner en kunde fra overvågningslisten, et sted hvor navnet ikke er tilladt.
admin-guard-refuse = Afvis teksten: skribenten retter den
admin-guard-hold = Tilbagehold teksten: en complianceansvarlig godkender eller afviser den
admin-guard-save = Gem
admin-guard-saved = Gemt.
