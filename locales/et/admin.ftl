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
