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
