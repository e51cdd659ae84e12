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
