### Error messages and form field names, shown in alert boxes above form buttons and on pages.

# Not logged in, or the session ended.
error-unauthenticated = Please log in to continue.
# Login failed: wrong e-mail or password (also for unknown or disabled accounts).
error-invalid-credentials = The e-mail address or the password is wrong.
# The action is not allowed for this user.
error-forbidden = You do not have permission to do this.
# The page or item does not exist or is not visible to this user.
error-not-found = This was not found.
# Too many attempts. Variables: $seconds (whole seconds until trying again).
error-rate-limited = { $seconds ->
    [one] Too many attempts. Please wait { $seconds } second and try again.
   *[other] Too many attempts. Please wait { $seconds } seconds and try again.
}
# Some form fields are not valid; the list of fields follows.
error-validation-failed = Please correct the following:
# One line of the list under error-validation-failed. Variables: $field (the field's name), $problem (what is wrong with it).
error-field-line = { $field }: { $problem }
# Creating an account whose e-mail address is in use.
error-email-taken = An account with this e-mail address exists already.
# Password change: the current password given was wrong.
error-wrong-password = The current password is wrong.
# The request could not be understood (a bug or an outdated page).
error-invalid-request = The request could not be understood. Please reload the page and try again.
# The browser could not reach the server.
error-network = The server could not be reached. Check your connection and try again.
# A fault on the server. Variables: $reference (an id that is also in the server log).
error-internal = Something went wrong on our side. If it happens again, give the helpdesk this reference: { $reference }
# A required field is empty.
error-field-required = this field is required
# A text is too long. Variables: $limit (the maximum number of characters).
error-field-too-long = { $limit ->
    [one] at most { $limit } character
   *[other] at most { $limit } characters
}
# A password is too short. Variables: $limit (the minimum number of characters).
error-field-too-short = { $limit ->
    [one] at least { $limit } character
   *[other] at least { $limit } characters
}
# Not an e-mail address.
error-field-invalid-email = enter an e-mail address such as name@example.com
# A UI language that the product does not offer.
error-field-unsupported-language = choose one of the offered languages
# A country that is not in the list.
error-field-unknown-country = choose a country from the list
# A language tag that is not valid.
error-field-invalid-language = one of the languages is not valid
# Too many items. Variables: $limit (the maximum count).
error-field-too-many = { $limit ->
    [one] at most { $limit } item
   *[other] at most { $limit } items
}
# An expertise tag is too long. Variables: $limit (the maximum number of characters per tag).
error-field-tag-too-long = { $limit ->
    [one] each tag can have at most { $limit } character
   *[other] each tag can have at most { $limit } characters
}
# An admin tried to disable their own account.
error-field-cannot-disable-self = you cannot disable your own account

## Form field names: labels of form fields, and the field names in error lists.

field-email = E-mail address
field-password = Password
field-current-password = Current password
field-new-password = New password
field-display-name = Name
field-title = Job title
field-department = Department
field-country = Country
field-ui-language = Language of the interface
field-read-languages = Languages I read
field-about = About me
field-expertise = Expertise
field-lang = Language
field-id = Account
