### Account administration (admins only).

# Accounts page title and heading; also the table caption.
admin-users-title = Konta
# Heading of the form that adds an account.
admin-users-add = Nowe konto
# Checkbox in the add-account form.
admin-users-make-admin = Administrator
# Button of the add-account form.
admin-users-add-submit = Dodaj konto
# Confirmation after an account was added.
admin-users-created = Konto zostało utworzone. Przekaż tej osobie hasło w bezpieczny sposób.
# Accounts table column: role.
admin-users-role = Rola
# Accounts table column: active or disabled.
admin-users-status = Status
# Accounts table column: the date the account was created.
admin-users-created-at = Utworzono
# Accounts table column: buttons.
admin-users-actions = Działania
# Role of a normal account.
admin-users-role-member = Użytkownik
# Role of an administrator.
admin-users-role-admin = Administrator
# Status of an account that can log in.
admin-users-active = Aktywne
# Status of a disabled account.
admin-users-disabled = Dezaktywowane
# Button to disable an account (visible text).
admin-users-disable-short = Dezaktywuj
# Button to enable an account again (visible text).
admin-users-enable-short = Aktywuj
# Accessible name of the disable button. Variables: $name (display name).
admin-users-disable = Dezaktywuj konto: { $name }
# Accessible name of the enable button. Variables: $name (display name).
admin-users-enable = Aktywuj konto: { $name }
# Link under the accounts table to the next page of accounts.
admin-users-next-page = Następna strona
