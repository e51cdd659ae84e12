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
# Accounts table: column saying who may create restricted communities.
admin-users-restricted = Restricted communities
# Accounts table: admins always may.
admin-users-restricted-always = Always (administrator)
# Accounts table: this person may create restricted communities.
admin-users-restricted-yes = Allowed
# Accounts table: this person may not.
admin-users-restricted-no = Not allowed
# Button that allows it (visible text).
admin-users-restricted-grant-short = Allow
# Button that stops it (visible text).
admin-users-restricted-revoke-short = Stop
# Accessible name of the allow button. Variables: $name.
admin-users-restricted-grant = Allow { $name } to create restricted communities
# Accessible name of the stop button. Variables: $name.
admin-users-restricted-revoke = Stop { $name } creating restricted communities

# Admin view of restricted communities: page title and heading.
admin-communities-title = Restricted communities
# Heading of the cap setting.
admin-communities-cap-heading = Member cap
# What the cap does.
admin-communities-cap-help = No restricted community can have more members than this. Each community may set a lower cap of its own.
# Save button of the cap.
admin-communities-cap-save = Save cap
# The cap was saved.
admin-communities-cap-saved = Cap saved.
# Heading of the list.
admin-communities-restricted-heading = All restricted communities
# What the list shows and does not show.
admin-communities-restricted-help = Names, owners and sizes only: what is written inside is visible to members alone.
# The list is empty.
admin-communities-none = There are no restricted communities yet.
# Column: members and cap.
admin-communities-size = Members
# Column: creation date.
admin-communities-created = Created
# Admin list of restricted communities: badge of a deleted community.
admin-communities-deleted = Deleted
# Admin list: link that downloads a community's insider list (visible text).
admin-communities-export = Download CSV
# Admin list: accessible name of that link. Variables: $name (the community's name).
admin-communities-export-of = Download the insider list of { $name }

## The compliance officer role, on the accounts page.
admin-users-compliance = Compliance officer
admin-users-compliance-yes = Yes
admin-users-compliance-no = No
# Variables: $name (the person).
admin-users-compliance-grant = Make { $name } a compliance officer
admin-users-compliance-revoke = Take the compliance officer role from { $name }
admin-users-compliance-grant-short = Grant
admin-users-compliance-revoke-short = Revoke

## The client-name guard's setting.
admin-guard-heading = Client names outside their communities
admin-guard-help = What happens when someone saves a text that names a client on the watchlist where the name is not allowed.
admin-guard-refuse = Refuse it: the writer changes the text
admin-guard-hold = Hold it: a compliance officer releases or rejects it
admin-guard-save = Save
admin-guard-saved = Saved.
