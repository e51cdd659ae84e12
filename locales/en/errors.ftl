### Error messages and form field names, shown in alert boxes above form buttons and on pages.

# Not logged in, or the session ended.
error-unauthenticated = Please log in to continue.
# Login failed: wrong e-mail or password (also for unknown or disabled accounts).
error-invalid-credentials = The e-mail address or the password is wrong.
# The action is not allowed for this user.
error-forbidden = You do not have permission to do this.
# A change was sent from another web site (a forged request), so it was refused.
error-cross-origin = This request came from another web site and was refused. Open the intranet itself and try again.
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
# A restricted community is full. Variables: $cap.
error-member-cap-reached = { $cap ->
    [one] This community is full: a restricted community may have at most { $cap } member. Remove someone first, or ask an administrator about the cap.
   *[other] This community is full: a restricted community may have at most { $cap } members. Remove someone first, or ask an administrator about the cap.
}
# The person is a member already.
error-already-member = This person is a member already.
# The change would leave the community without an owner.
error-last-owner = A community needs at least one owner. Make someone else owner first.
# The community is archived.
error-community-archived = This community is archived and cannot be changed. An owner can restore it.
error-locked = This topic is locked: it takes no more replies.
# The request could not be understood (a bug or an outdated page).
error-invalid-request = The request could not be understood. Please reload the page and try again.
# What was sent is larger than the server accepts. Variables: $kilobytes (the limit in KB).
error-payload-too-large = What you sent is too large: at most { $kilobytes } KB. Shorten it and try again; your text is still in the form.
# What was sent is of a kind the server does not read (a bug or a forged request).
error-unsupported-media-type = The server cannot read what was sent. Please reload the page and try again.
# The address is too long.
error-uri-too-long = The address is too long. Shorten the search or filter and try again.
# The request's headers (often cookies) are too large.
error-headers-too-large = Your browser sent too much data with the request. Clearing this site's cookies usually helps.
# The address exists, but not for this kind of request (a bug or an outdated page).
error-method-not-allowed = This address does not take this kind of request. Please reload the page and try again.
# A search or list address names one parameter twice. Variables: $name (the parameter).
error-duplicate-parameter = The address gives { $name } more than once. Remove one and try again.
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
# A tag with characters other than letters, digits, - _ and . or too long. Variables: $limit (the maximum number of characters).
error-field-invalid-tag = { $limit ->
    [one] use letters, digits and - _ . only, at most { $limit } character per tag
   *[other] use letters, digits and - _ . only, at most { $limit } characters per tag
}
# Accepting an answer on a topic that is not a question.
error-field-not-a-question = this topic is not a question
# Commenting on something that takes no comments (a topic takes replies instead).
error-field-not-commentable = this cannot be commented on; reply to the topic instead
# Translating into the language the item is already written in.
error-field-same-language = the original is already in this language
# A translation into this language exists already.
error-field-translation-exists = there is already a translation into this language; edit that one instead
# Translating something that is not translated (a comment, a draft, or a translation).
error-field-not-translatable = this cannot be translated; translate the post it belongs to
# An expertise tag is too long. Variables: $limit (the maximum number of characters per tag).
error-field-tag-too-long = { $limit ->
    [one] each tag can have at most { $limit } character
   *[other] each tag can have at most { $limit } characters
}
# An admin tried to disable their own account.
error-field-cannot-disable-self = you cannot disable your own account

# A community's kind, template, role or tool is not one of those offered.
error-field-invalid-choice = choose one of the options offered
# A client team was given a visibility other than restricted.
error-field-client-team-restricted = a client team must be restricted
# A member cap was given for a community that is not restricted.
error-field-cap-only-restricted = only restricted communities have a member cap
# A number is outside what is allowed. Variables: $limit (the highest allowed).
error-field-out-of-range = enter a number from 1 to { $limit }
# No active person has the e-mail address given.
error-field-no-such-person = no active person has this e-mail address
# A date is not written as a date.
error-field-invalid-date = enter a date such as 2026-11-27
# The end of a range is before its start.
error-field-before-start = the end date is before the start date
# A community's own cap is below its member count. Variables: $limit (the member count).
error-field-below-member-count = { $limit ->
    [one] there is { $limit } member already; remove that member first or choose a number at least that high
   *[other] there are { $limit } members already; remove some first or choose a number at least that high
}

## Form field names: labels of form fields, and the field names in error lists.

field-email = E-mail address
field-password = Password
field-current-password = Current password
field-new-password = New password
field-display-name = Name
field-title = Title
field-department = Department
field-country = Country
field-ui-language = Language of the interface
field-read-languages = Languages I read
field-about = About me
field-expertise = Expertise
field-lang = Language
field-id = Account
field-name = Name
field-description = Description
field-visibility = Who can see it
field-template = Kind
field-languages = Languages
field-member-cap = Member cap
field-tools = Tools
field-forum-mode = Forum mode
field-reason = Reason
field-message = Message
field-role = Role
field-restricted-member-cap = Most members of a restricted community
field-from = From
field-to = To
field-body = Text
field-text = Text
field-tags = Tags
field-target-id = Item
field-topic-id = Topic
field-community-slug = Community
# Text with a control character (such as NUL), often pasted from another program.
error-field-control-character = remove the invisible control characters (often pasted from another program)
# A one-line field (name, title, tag) with zero-width, direction-changing or other invisible characters.
error-field-invisible-character = remove the invisible characters (zero-width or direction marks)
# A display name that looks the same as a colleague's.
error-field-confusable-name = a colleague already has a name that looks the same; add something that tells you apart, such as a middle initial
# A text whose quotes or lists are nested too deeply. Variables: $limit (the deepest nesting allowed).
error-field-too-deep = { $limit ->
    [one] quotes and lists may be nested at most { $limit } level deep
   *[other] quotes and lists may be nested at most { $limit } levels deep
}
# A text whose formatting took too long to render (deeply nested or unusual Markdown).
error-field-too-complex = the formatting is too complex to show; simplify the quotes, lists or links
