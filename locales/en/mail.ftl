## Mail: the mails the intranet sends (notices and digests), the mail settings page, the
## unsubscribe page and the admins' mail page.

# User menu: link to the mail settings page.
nav-mail = Mail settings
# Header link for admins to the mail status page.
nav-admin-mail = Mail
# Label of the group of choices on the mail settings page.
field-mode = How I hear by mail
# Label of the choices by kind of notification (named in an error about them).
field-kinds = Choices by kind of notification

## Mail settings page (/account/mail)

# Page title and heading.
mail-settings-title = Mail settings
# Where mail goes. Variables: $email (the account's address).
mail-settings-address = Mail goes to { $email }.
# Shown when the intranet has no mail server configured.
mail-settings-off = This intranet does not send mail at the moment. Your choice is kept for when it does.
# Choice: a mail for each notification.
mail-mode-immediate = Each notification at once
# Explanation under that choice.
mail-mode-immediate-hint = A mail for each mention, reply, comment or other notification, as it happens.
# Choice: one digest a day.
mail-mode-daily = A daily digest
# Explanation under that choice.
mail-mode-daily-hint = One mail each morning with what happened the day before.
# Choice: one digest a week (the default).
mail-mode-weekly = A weekly digest
# Explanation under that choice.
mail-mode-weekly-hint = One mail on Mondays with what happened the week before. This is the default.
# Choice: no mail.
mail-mode-never = No mail
# Explanation under that choice.
mail-mode-never-hint = The intranet sends you nothing; you see everything when you visit.
# Heading of the choices by kind of notification, under the main choice.
mail-kinds-legend = Some notifications differently
# Explanation of the choices by kind.
mail-kinds-hint = For each kind of notification: as chosen above, a mail at once whatever you chose above, or never a mail (nor a line in your digest's count).
# Choices by kind of notification.
mail-kind-choice-default = As above
mail-kind-choice-immediate = A mail at once
mail-kind-choice-never = Never by mail
# The kinds of notification, as labels of their choices.
mail-about-mention = Someone mentions me
mail-about-reply = A reply to my topic
mail-about-comment = A comment on my post
mail-about-like = Likes of what I wrote
mail-about-accepted = My reply accepted as the answer
mail-about-join_request = A request to join a community I moderate
mail-about-approved = My request to join approved
mail-about-added = I am added to a community
mail-about-translation_outdated = The original of my translation changed
mail-about-page_edited = A wiki page I follow edited
mail-about-assigned = A conversation in a shared inbox is assigned to me
# Save button.
mail-settings-save = Save
# Confirmation after saving.
mail-settings-saved = Your mail settings are saved.
# Heading of the list of mails sent.
mail-log-title = Mails sent to you
# When no mail was sent yet.
mail-log-empty = No mail has been sent to you yet.
# Column headings of the list of mails sent.
mail-log-when = When
mail-log-what = Subject
mail-log-status = Status
# What a mail was, when it has no subject of its own.
mail-kind-notice = Notification
mail-kind-digest = Digest
# Where a mail is.
mail-status-queued = Waiting to be sent
mail-status-sent = Sent
mail-status-dropped = Not sent: you could no longer see what it was about, or chose no mail
mail-status-failed = Could not be delivered
# How many times sending was tried. Variables: $count (tries).
mail-log-tries = { $count ->
    [one] tried once, trying again later
   *[other] tried { $count } times, trying again later
}

## The mails

# Subject and text of a mail about something in a restricted community: no title, no name.
mail-restricted-subject = Something new is waiting in a community you belong to
mail-restricted-body = Something new is waiting for you in a community you belong to. Open the intranet to see it.
# Link text in a notice mail.
mail-open = Open in the intranet
# Subject of a daily digest. Variables: $count (new items).
mail-digest-subject-daily = { $count ->
    [0] Your daily digest
    [one] Your daily digest: one new item
   *[other] Your daily digest: { $count } new items
}
# Subject of a weekly digest. Variables: $count (new items).
mail-digest-subject-weekly = { $count ->
    [0] Your weekly digest
    [one] Your weekly digest: one new item
   *[other] Your weekly digest: { $count } new items
}
# First line of a digest. Variables: $name (the reader's name).
mail-digest-greeting = Hello { $name },
# Heading of a daily digest.
mail-digest-heading-daily = What happened yesterday
# Heading of a weekly digest.
mail-digest-heading-weekly = What happened last week
# Heading of the list of new items.
mail-digest-items = In your communities and from what you follow
# One new item in a community. Variables: $title, $name (author), $community.
mail-digest-item = “{ $title }” by { $name } in { $community }
# One new item outside communities (a status update, a personal blog). Variables: $title, $name.
mail-digest-item-personal = “{ $title }” by { $name }
# Link to the home stream when more items were found than listed. Variables: $count.
mail-digest-more = { $count ->
    [one] and one more item in your stream
   *[other] and { $count } more items in your stream
}
# New items in restricted communities: counted, never named. Variables: $count.
mail-digest-restricted = { $count ->
    [one] One new item is waiting in a community you belong to.
   *[other] { $count } new items are waiting in communities you belong to.
}
# Heading of the unanswered questions of the reader's helpdesks.
mail-digest-questions = Unanswered questions in your helpdesks
# One unanswered question. Variables: $title, $name (asker), $community.
mail-digest-question = “{ $title }” asked by { $name } in { $community }
# Unread notifications. Variables: $count.
mail-digest-unread = { $count ->
    [one] You have one unread notification.
   *[other] You have { $count } unread notifications.
}
# Foot of every mail: why it came.
mail-footer-why = You receive this mail because you have an account on the intranet.
# Foot of every mail: link to the mail settings.
mail-footer-settings = Choose what comes by mail
# Foot of every mail: the one-click unsubscribe.
mail-footer-unsubscribe = Unsubscribe from all mail

## Unsubscribe page (/mail/unsubscribe/…)

# Page title and heading.
unsubscribe-title = Unsubscribe
# Whose mail. Variables: $email (the address, partly hidden).
unsubscribe-address = Mail to { $email }
# The question before unsubscribing.
unsubscribe-question = Stop all mail from the intranet? You will still see everything when you visit.
# Button.
unsubscribe-confirm = Stop all mail
# After unsubscribing.
unsubscribe-done = You will get no more mail from the intranet.
# Link to the mail settings.
unsubscribe-settings = Choose what comes by mail instead

## Admins' mail page (/admin/mail)

# Page title and heading.
admin-mail-title = Mail
# When no SMTP server is configured.
admin-mail-off = Mail is off: no mail is queued or sent, because GEMENSKAP_SMTP_URL is not set.
# How to set it up.
admin-mail-help = Mail goes to the SMTP server in GEMENSKAP_SMTP_URL (for example smtp://mail.bank.example:25) from the address in GEMENSKAP_MAIL_FROM. See the README's table of settings.
# Labels of the facts.
admin-mail-server = SMTP server
admin-mail-from = Sender
admin-mail-queued = Waiting to be sent
admin-mail-sent = Sent in the last 24 hours
admin-mail-failed = Given up in the last 24 hours
