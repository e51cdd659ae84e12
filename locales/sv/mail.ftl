## Mail: the mails the intranet sends (notices and digests), the mail settings page, the
## unsubscribe page and the admins' mail page.

# User menu: link to the mail settings page.
nav-mail = E-postinställningar
# Header link for admins to the mail status page.
nav-admin-mail = E-post
# Label of the group of choices on the mail settings page.
field-mode = Så vill jag få e-post
field-kinds = Val per typ av avisering

## Mail settings page (/account/mail)

# Page title and heading.
mail-settings-title = E-postinställningar
# Where mail goes. Variables: $email (the account's address).
mail-settings-address = E-posten skickas till { $email }.
# Shown when the intranet has no mail server configured.
mail-settings-off = Intranätet skickar ingen e-post just nu. Ditt val sparas tills det gör det.
# Choice: a mail for each notification.
mail-mode-immediate = Varje avisering direkt
# Explanation under that choice.
mail-mode-immediate-hint = Ett mejl för varje omnämnande, svar, kommentar eller annan avisering, när det händer.
# Choice: one digest a day.
mail-mode-daily = En daglig sammanfattning
# Explanation under that choice.
mail-mode-daily-hint = Ett mejl varje morgon med det som hände dagen innan.
# Choice: one digest a week (the default).
mail-mode-weekly = En veckosammanfattning
# Explanation under that choice.
mail-mode-weekly-hint = Ett mejl på måndagar med det som hände veckan innan. Det här är standardvalet.
# Choice: no mail.
mail-mode-never = Ingen e-post
# Explanation under that choice.
mail-mode-never-hint = Intranätet skickar ingenting till dig – du ser allt när du besöker det.
# Heading of the choices by kind of notification, under the main choice.
mail-kinds-legend = Egna val för vissa aviseringar
# Explanation of the choices by kind.
mail-kinds-hint = För varje typ av avisering: som du valt ovan, ett mejl direkt oavsett vad du valt ovan, eller aldrig något mejl (och då räknas den inte heller med i din sammanfattning).
# Choices by kind of notification.
mail-kind-choice-default = Som ovan
mail-kind-choice-immediate = Ett mejl direkt
mail-kind-choice-never = Aldrig via e-post
# The kinds of notification, as labels of their choices.
mail-about-mention = Någon nämner mig
mail-about-reply = Svar på mitt ämne
mail-about-comment = Kommentar på mitt inlägg
mail-about-like = Någon gillar det jag skrivit
mail-about-accepted = Mitt svar godkänns
mail-about-join_request = Någon vill gå med i en grupp jag modererar
mail-about-approved = Min ansökan om medlemskap godkänns
mail-about-added = Jag läggs till i en grupp
mail-about-translation_outdated = Originalet till min översättning ändras
mail-about-page_edited = En wikisida jag följer redigeras
mail-about-assigned = En konversation i en gemensam inkorg tilldelas mig
# Save button.
mail-settings-save = Spara
# Confirmation after saving.
mail-settings-saved = Dina e-postinställningar har sparats.
# Heading of the list of mails sent.
mail-log-title = Mejl som skickats till dig
# When no mail was sent yet.
mail-log-empty = Inga mejl har skickats till dig ännu.
# Column headings of the list of mails sent.
mail-log-when = När
mail-log-what = Ämne
mail-log-status = Status
# What a mail was, when it has no subject of its own.
mail-kind-notice = Avisering
mail-kind-digest = Sammanfattning
# Where a mail is.
mail-status-queued = Väntar på att skickas
mail-status-sent = Skickat
mail-status-dropped = Inte skickat: du kunde inte längre se det som det gällde, eller så valde du ingen e-post
mail-status-failed = Kunde inte levereras
# How many times sending was tried. Variables: $count (tries).
mail-log-tries = { $count ->
    [one] ett försök, försöker igen senare
   *[other] { $count } försök, försöker igen senare
}

## The mails

# Subject and text of a mail about something in a restricted community: no title, no name.
mail-restricted-subject = Något nytt väntar i en grupp du är med i
mail-restricted-body = Något nytt väntar på dig i en grupp du är med i. Öppna intranätet för att se det.
# Link text in a notice mail.
mail-open = Öppna i intranätet
# Subject of a daily digest. Variables: $count (new items).
mail-digest-subject-daily = { $count ->
    [0] Din dagliga sammanfattning
    [one] Din dagliga sammanfattning: ett nytt inlägg
   *[other] Din dagliga sammanfattning: { $count } nya inlägg
}
# Subject of a weekly digest. Variables: $count (new items).
mail-digest-subject-weekly = { $count ->
    [0] Din veckosammanfattning
    [one] Din veckosammanfattning: ett nytt inlägg
   *[other] Din veckosammanfattning: { $count } nya inlägg
}
# First line of a digest. Variables: $name (the reader's name).
mail-digest-greeting = Hej { $name }!
# Heading of a daily digest.
mail-digest-heading-daily = Det här hände i går
# Heading of a weekly digest.
mail-digest-heading-weekly = Det här hände förra veckan
# Heading of the list of new items.
mail-digest-items = I dina grupper och från det du följer
# One new item in a community. Variables: $title, $name (author), $community.
mail-digest-item = ”{ $title }” av { $name } i { $community }
# One new item outside communities (a status update, a personal blog). Variables: $title, $name.
mail-digest-item-personal = ”{ $title }” av { $name }
# Link to the home stream when more items were found than listed. Variables: $count.
mail-digest-more = { $count ->
    [one] och ett inlägg till i ditt flöde
   *[other] och { $count } inlägg till i ditt flöde
}
# New items in restricted communities: counted, never named. Variables: $count.
mail-digest-restricted = { $count ->
    [one] Ett nytt inlägg väntar i en grupp du är med i.
   *[other] { $count } nya inlägg väntar i grupper du är med i.
}
# Heading of the unanswered questions of the reader's helpdesks.
mail-digest-questions = Obesvarade frågor i dina helpdeskgrupper
# One unanswered question. Variables: $title, $name (asker), $community.
mail-digest-question = ”{ $title }”, fråga från { $name } i { $community }
# Unread notifications. Variables: $count.
mail-digest-unread = { $count ->
    [one] Du har en oläst avisering.
   *[other] Du har { $count } olästa aviseringar.
}
# Foot of every mail: why it came.
mail-footer-why = Du får det här mejlet eftersom du har ett konto på intranätet.
# Foot of every mail: link to the mail settings.
mail-footer-settings = Välj vad som kommer via e-post
# Foot of every mail: the one-click unsubscribe.
mail-footer-unsubscribe = Avsluta alla e-postutskick

## Unsubscribe page (/mail/unsubscribe/…)

# Page title and heading.
unsubscribe-title = Avsluta e-postutskick
# Whose mail. Variables: $email (the address, partly hidden).
unsubscribe-address = E-post till { $email }
# The question before unsubscribing.
unsubscribe-question = Vill du stoppa all e-post från intranätet? Du ser fortfarande allt när du besöker det.
# Button.
unsubscribe-confirm = Stoppa all e-post
# After unsubscribing.
unsubscribe-done = Du får ingen mer e-post från intranätet.
# Link to the mail settings.
unsubscribe-settings = Välj i stället vad som ska komma via e-post

## Admins' mail page (/admin/mail)

# Page title and heading.
admin-mail-title = E-post
# When no SMTP server is configured.
admin-mail-off = E-posten är avstängd: ingen e-post köas eller skickas, eftersom GEMENSKAP_SMTP_URL inte är angiven.
# How to set it up.
admin-mail-help = E-posten skickas via SMTP-servern i GEMENSKAP_SMTP_URL (till exempel smtp://mail.bank.example:25) från adressen i GEMENSKAP_MAIL_FROM. Se tabellen över inställningar i README.
# Labels of the facts.
admin-mail-server = SMTP-server
admin-mail-from = Avsändare
admin-mail-queued = Väntar på att skickas
admin-mail-sent = Skickade de senaste 24 timmarna
admin-mail-failed = Misslyckade de senaste 24 timmarna
