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
