### Account administration (admins only).

# Accounts page title and heading; also the table caption.
admin-users-title = Käyttäjätilit
# Heading of the form that adds an account.
admin-users-add = Lisää käyttäjätili
# Checkbox in the add-account form.
admin-users-make-admin = Ylläpitäjä
# Button of the add-account form.
admin-users-add-submit = Lisää käyttäjätili
# Confirmation after an account was added.
admin-users-created = Käyttäjätili on luotu. Toimita salasana käyttäjälle turvallista kanavaa pitkin.
# Accounts table column: role.
admin-users-role = Rooli
# Accounts table column: active or disabled.
admin-users-status = Tila
# Accounts table column: the date the account was created.
admin-users-created-at = Luotu
# Accounts table column: buttons.
admin-users-actions = Toiminnot
# Role of a normal account.
admin-users-role-member = Käyttäjä
# Role of an administrator.
admin-users-role-admin = Ylläpitäjä
# Status of an account that can log in.
admin-users-active = Käytössä
# Status of a disabled account.
admin-users-disabled = Pois käytöstä
# Button to disable an account (visible text).
admin-users-disable-short = Poista käytöstä
# Button to enable an account again (visible text).
admin-users-enable-short = Ota käyttöön
# Accessible name of the disable button. Variables: $name (display name).
admin-users-disable = Poista käyttäjän { $name } tili käytöstä
# Accessible name of the enable button. Variables: $name (display name).
admin-users-enable = Ota käyttäjän { $name } tili käyttöön
# Link under the accounts table to the next page of accounts.
admin-users-next-page = Seuraava sivu
