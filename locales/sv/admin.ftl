### Account administration (admins only).

# Accounts page title and heading; also the table caption.
admin-users-title = Konton
# Heading of the form that adds an account.
admin-users-add = Lägg till ett konto
# Checkbox in the add-account form.
admin-users-make-admin = Administratör
# Button of the add-account form.
admin-users-add-submit = Lägg till konto
# Confirmation after an account was added.
admin-users-created = Kontot har skapats. Ge personen lösenordet på ett säkert sätt.
# Accounts table column: role.
admin-users-role = Roll
# Accounts table column: active or disabled.
admin-users-status = Status
# Accounts table column: the date the account was created.
admin-users-created-at = Skapat
# Accounts table column: buttons.
admin-users-actions = Åtgärder
# Role of a normal account.
admin-users-role-member = Medlem
# Role of an administrator.
admin-users-role-admin = Administratör
# Status of an account that can log in.
admin-users-active = Aktivt
# Status of a disabled account.
admin-users-disabled = Inaktiverat
# Button to disable an account (visible text).
admin-users-disable-short = Inaktivera
# Button to enable an account again (visible text).
admin-users-enable-short = Aktivera
# Accessible name of the disable button. Variables: $name (display name).
admin-users-disable = Inaktivera { $name }
# Accessible name of the enable button. Variables: $name (display name).
admin-users-enable = Aktivera { $name }
# Link under the accounts table to the next page of accounts.
admin-users-next-page = Nästa sida
# Accounts table: column saying who may create restricted communities.
admin-users-restricted = Begränsade grupper
# Accounts table: admins always may.
admin-users-restricted-always = Alltid (administratör)
# Accounts table: this person may create restricted communities.
admin-users-restricted-yes = Tillåtet
# Accounts table: this person may not.
admin-users-restricted-no = Inte tillåtet
# Button that allows it (visible text).
admin-users-restricted-grant-short = Tillåt
# Button that stops it (visible text).
admin-users-restricted-revoke-short = Återkalla
# Accessible name of the allow button. Variables: $name.
admin-users-restricted-grant = Tillåt { $name } att skapa begränsade grupper
# Accessible name of the stop button. Variables: $name.
admin-users-restricted-revoke = Ta ifrån { $name } rätten att skapa begränsade grupper

# Admin view of restricted communities: page title and heading.
admin-communities-title = Begränsade grupper
# Heading of the cap setting.
admin-communities-cap-heading = Medlemsgräns
# What the cap does.
admin-communities-cap-help = Ingen begränsad grupp får ha fler medlemmar än så här. Varje grupp kan ange en egen, lägre gräns.
# Save button of the cap.
admin-communities-cap-save = Spara gräns
# The cap was saved.
admin-communities-cap-saved = Gränsen har sparats.
# Heading of the list.
admin-communities-restricted-heading = Alla begränsade grupper
# What the list shows and does not show.
admin-communities-restricted-help = Bara namn, ägare och storlek: det som skrivs i grupperna syns bara för medlemmarna.
# The list is empty.
admin-communities-none = Det finns inga begränsade grupper ännu.
# Column: members and cap.
admin-communities-size = Medlemmar
# Column: creation date.
admin-communities-created = Skapad
# Admin list of restricted communities: badge of a deleted community.
admin-communities-deleted = Raderad
# Admin list: link that downloads a community's insider list (visible text).
admin-communities-export = Ladda ner CSV
# Admin list: accessible name of that link. Variables: $name (the community's name).
admin-communities-export-of = Ladda ner insiderförteckningen för { $name }

## The compliance officer role, on the accounts page.
admin-users-compliance = Complianceansvarig
admin-users-compliance-yes = Ja
admin-users-compliance-no = Nej
# Variables: $name (the person).
admin-users-compliance-grant = Gör { $name } till complianceansvarig
admin-users-compliance-revoke = Ta ifrån { $name } rollen som complianceansvarig
admin-users-compliance-grant-short = Tilldela
admin-users-compliance-revoke-short = Återkalla

## The client-name guard's setting.
admin-guard-heading = Kundnamn utanför sina grupper
admin-guard-help = Vad som händer när någon sparar en text som nämner en kund på bevakningslistan där namnet inte är tillåtet.
admin-guard-refuse = Avvisa texten: skribenten ändrar den
admin-guard-hold = Håll kvar texten: en complianceansvarig godkänner eller avslår den
admin-guard-save = Spara
admin-guard-saved = Sparat.
