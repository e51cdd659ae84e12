### Account administration (admins only).

# Accounts page title and heading; also the table caption.
admin-users-title = Accounts
# Heading of the form that adds an account.
admin-users-add = Add an account
# Checkbox in the add-account form.
admin-users-make-admin = Administrator
# Button of the add-account form.
admin-users-add-submit = Add account
# Confirmation after an account was added.
admin-users-created = The account has been created. Tell the person their password in a safe way.
# Accounts table column: role.
admin-users-role = Role
# Accounts table column: active or disabled.
admin-users-status = Status
# Accounts table column: the date the account was created.
admin-users-created-at = Created
# Accounts table column: buttons.
admin-users-actions = Actions
# Role of a normal account.
admin-users-role-member = Member
# Role of an administrator.
admin-users-role-admin = Administrator
# Status of an account that can log in.
admin-users-active = Active
# Status of a disabled account.
admin-users-disabled = Disabled
# Button to disable an account (visible text).
admin-users-disable-short = Disable
# Button to enable an account again (visible text).
admin-users-enable-short = Enable
# Accessible name of the disable button. Variables: $name (display name).
admin-users-disable = Disable { $name }
# Accessible name of the enable button. Variables: $name (display name).
admin-users-enable = Enable { $name }
# Link under the accounts table to the next page of accounts.
admin-users-next-page = Next page
