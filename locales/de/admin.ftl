### Account administration (admins only).

# Accounts page title and heading; also the table caption.
admin-users-title = Konten
# Heading of the form that adds an account.
admin-users-add = Konto anlegen
# Checkbox in the add-account form.
admin-users-make-admin = Administrator
# Button of the add-account form.
admin-users-add-submit = Konto anlegen
# Confirmation after an account was added.
admin-users-created = Das Konto wurde angelegt. Teilen Sie der Person ihr Passwort auf sicherem Weg mit.
# Accounts table column: role.
admin-users-role = Rolle
# Accounts table column: active or disabled.
admin-users-status = Status
# Accounts table column: the date the account was created.
admin-users-created-at = Erstellt
# Accounts table column: buttons.
admin-users-actions = Aktionen
# Role of a normal account.
admin-users-role-member = Benutzer
# Role of an administrator.
admin-users-role-admin = Administrator
# Status of an account that can log in.
admin-users-active = Aktiv
# Status of a disabled account.
admin-users-disabled = Deaktiviert
# Button to disable an account (visible text).
admin-users-disable-short = Deaktivieren
# Button to enable an account again (visible text).
admin-users-enable-short = Aktivieren
# Accessible name of the disable button. Variables: $name (display name).
admin-users-disable = { $name } deaktivieren
# Accessible name of the enable button. Variables: $name (display name).
admin-users-enable = { $name } aktivieren
# Link under the accounts table to the next page of accounts.
admin-users-next-page = Nächste Seite
