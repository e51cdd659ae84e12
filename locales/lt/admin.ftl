### Account administration (admins only).

# Accounts page title and heading; also the table caption.
admin-users-title = Paskyros
# Heading of the form that adds an account.
admin-users-add = Nauja paskyra
# Checkbox in the add-account form.
admin-users-make-admin = Administratorius
# Button of the add-account form.
admin-users-add-submit = Pridėti paskyrą
# Confirmation after an account was added.
admin-users-created = Paskyra sukurta. Saugiai perduokite slaptažodį šiam asmeniui.
# Accounts table column: role.
admin-users-role = Vaidmuo
# Accounts table column: active or disabled.
admin-users-status = Būsena
# Accounts table column: the date the account was created.
admin-users-created-at = Sukurta
# Accounts table column: buttons.
admin-users-actions = Veiksmai
# Role of a normal account.
admin-users-role-member = Naudotojas
# Role of an administrator.
admin-users-role-admin = Administratorius
# Status of an account that can log in.
admin-users-active = Aktyvi
# Status of a disabled account.
admin-users-disabled = Išjungta
# Button to disable an account (visible text).
admin-users-disable-short = Išjungti
# Button to enable an account again (visible text).
admin-users-enable-short = Įjungti
# Accessible name of the disable button. Variables: $name (display name).
admin-users-disable = Išjungti paskyrą: { $name }
# Accessible name of the enable button. Variables: $name (display name).
admin-users-enable = Įjungti paskyrą: { $name }
# Link under the accounts table to the next page of accounts.
admin-users-next-page = Kitas puslapis
