### Account administration (admins only).

# Accounts page title and heading; also the table caption.
admin-users-title = Kontoer
# Heading of the form that adds an account.
admin-users-add = Legg til en konto
# Checkbox in the add-account form.
admin-users-make-admin = Administrator
# Button of the add-account form.
admin-users-add-submit = Legg til konto
# Confirmation after an account was added.
admin-users-created = Kontoen er opprettet. Gi personen passordet på en sikker måte.
# Accounts table column: role.
admin-users-role = Rolle
# Accounts table column: active or disabled.
admin-users-status = Status
# Accounts table column: the date the account was created.
admin-users-created-at = Opprettet
# Accounts table column: buttons.
admin-users-actions = Handlinger
# Role of a normal account.
admin-users-role-member = Medlem
# Role of an administrator.
admin-users-role-admin = Administrator
# Status of an account that can log in.
admin-users-active = Aktiv
# Status of a disabled account.
admin-users-disabled = Deaktivert
# Button to disable an account (visible text).
admin-users-disable-short = Deaktiver
# Button to enable an account again (visible text).
admin-users-enable-short = Aktiver
# Accessible name of the disable button. Variables: $name (display name).
admin-users-disable = Deaktiver { $name }
# Accessible name of the enable button. Variables: $name (display name).
admin-users-enable = Aktiver { $name }
# Link under the accounts table to the next page of accounts.
admin-users-next-page = Neste side
# Accounts table: column saying who may create restricted communities.
admin-users-restricted = Begrensede grupper
# Accounts table: admins always may.
admin-users-restricted-always = Alltid (administrator)
# Accounts table: this person may create restricted communities.
admin-users-restricted-yes = Tillatt
# Accounts table: this person may not.
admin-users-restricted-no = Ikke tillatt
# Button that allows it (visible text).
admin-users-restricted-grant-short = Tillat
# Button that stops it (visible text).
admin-users-restricted-revoke-short = Trekk tilbake
# Accessible name of the allow button. Variables: $name.
admin-users-restricted-grant = Tillat { $name } å opprette begrensede grupper
# Accessible name of the stop button. Variables: $name.
admin-users-restricted-revoke = Frata { $name } retten til å opprette begrensede grupper

# Admin view of restricted communities: page title and heading.
admin-communities-title = Begrensede grupper
# Heading of the cap setting.
admin-communities-cap-heading = Medlemsgrense
# What the cap does.
admin-communities-cap-help = Ingen begrenset gruppe kan ha flere medlemmer enn dette. Hver gruppe kan sette en egen, lavere grense.
# Save button of the cap.
admin-communities-cap-save = Lagre grense
# The cap was saved.
admin-communities-cap-saved = Grensen er lagret.
# Heading of the list.
admin-communities-restricted-heading = Alle begrensede grupper
# What the list shows and does not show.
admin-communities-restricted-help = Bare navn, eiere og størrelse: det som skrives i gruppene, er bare synlig for medlemmene.
# The list is empty.
admin-communities-none = Det finnes ingen begrensede grupper ennå.
# Column: members and cap.
admin-communities-size = Medlemmer
# Column: creation date.
admin-communities-created = Opprettet
# Admin list of restricted communities: badge of a deleted community.
admin-communities-deleted = Slettet
# Admin list: link that downloads a community's insider list (visible text).
admin-communities-export = Last ned CSV
# Admin list: accessible name of that link. Variables: $name (the community's name).
admin-communities-export-of = Last ned innsidelisten for { $name }

## The compliance officer role, on the accounts page.
admin-users-compliance = Complianceansvarlig
admin-users-compliance-yes = Ja
admin-users-compliance-no = Nei
# Variables: $name (the person).
admin-users-compliance-grant = Gjør { $name } til complianceansvarlig
admin-users-compliance-revoke = Frata { $name } rollen som complianceansvarlig
admin-users-compliance-grant-short = Tildel
admin-users-compliance-revoke-short = Trekk tilbake

## The client-name guard's setting.
admin-guard-heading = Kundenavn utenfor gruppene sine
admin-guard-help = Hva som skjer når noen lagrer en tekst som nevner en kunde på overvåkningslisten, der navnet ikke er tillatt.
admin-guard-refuse = Avvis teksten: skribenten endrer den
admin-guard-hold = Hold teksten tilbake: en complianceansvarlig godkjenner eller avslår den
admin-guard-save = Lagre
admin-guard-saved = Lagret.
