## Mail: the mails the intranet sends (notices and digests), the mail settings page, the
## unsubscribe page and the admins' mail page.

# User menu: link to the mail settings page.
nav-mail = E-mailindstillinger
# Header link for admins to the mail status page.
nav-admin-mail = E-mail
# Label of the group of choices on the mail settings page.
field-mode = Sådan vil jeg have e-mails
field-kinds = Valg pr. type notifikation

## Mail settings page (/account/mail)

# Page title and heading.
mail-settings-title = E-mailindstillinger
# Where mail goes. Variables: $email (the account's address).
mail-settings-address = E-mails sendes til { $email }.
# Shown when the intranet has no mail server configured.
mail-settings-off = Intranettet sender ikke e-mails i øjeblikket. Dit valg gemmes, til det gør.
# Choice: a mail for each notification.
mail-mode-immediate = Hver notifikation med det samme
# Explanation under that choice.
mail-mode-immediate-hint = Én e-mail for hver omtale, hvert svar, hver kommentar eller anden notifikation, når det sker.
# Choice: one digest a day.
mail-mode-daily = En daglig opsummering
# Explanation under that choice.
mail-mode-daily-hint = Én e-mail hver morgen med det, der skete dagen før.
# Choice: one digest a week (the default).
mail-mode-weekly = En ugentlig opsummering
# Explanation under that choice.
mail-mode-weekly-hint = Én e-mail om mandagen med det, der skete ugen før. Det er standardvalget.
# Choice: no mail.
mail-mode-never = Ingen e-mails
# Explanation under that choice.
mail-mode-never-hint = Intranettet sender dig intet – du ser det hele, når du kigger forbi.
# Heading of the choices by kind of notification, under the main choice.
mail-kinds-legend = Egne valg for visse notifikationer
# Explanation of the choices by kind.
mail-kinds-hint = For hver type notifikation: som valgt ovenfor, en e-mail med det samme uanset dit valg ovenfor, eller aldrig en e-mail (så tælles den heller ikke med i din opsummering).
# Choices by kind of notification.
mail-kind-choice-default = Som ovenfor
mail-kind-choice-immediate = E-mail med det samme
mail-kind-choice-never = Aldrig via e-mail
# The kinds of notification, as labels of their choices.
mail-about-mention = Nogen nævner mig
mail-about-reply = Svar på mit emne
mail-about-comment = Kommentar til mit opslag
mail-about-like = Nogen synes godt om det, jeg skrev
mail-about-accepted = Mit svar bliver accepteret
mail-about-join_request = Nogen vil være med i en gruppe, jeg modererer
mail-about-approved = Min anmodning om medlemskab godkendes
mail-about-added = Jeg bliver tilføjet til en gruppe
mail-about-translation_outdated = Originalen til min oversættelse ændres
mail-about-page_edited = En wikiside, jeg følger, redigeres
mail-about-assigned = En samtale i en fælles indbakke tildeles mig
# Save button.
mail-settings-save = Gem
# Confirmation after saving.
mail-settings-saved = Dine e-mailindstillinger er gemt.
# Heading of the list of mails sent.
mail-log-title = E-mails sendt til dig
# When no mail was sent yet.
mail-log-empty = Der er ikke sendt nogen e-mails til dig endnu.
# Column headings of the list of mails sent.
mail-log-when = Hvornår
mail-log-what = Emne
mail-log-status = Status
# What a mail was, when it has no subject of its own.
mail-kind-notice = Notifikation
mail-kind-digest = Opsummering
# Where a mail is.
mail-status-queued = Venter på at blive sendt
mail-status-sent = Sendt
mail-status-dropped = Ikke sendt: du kunne ikke længere se det, den handlede om, eller du valgte ingen e-mails
mail-status-failed = Kunne ikke leveres
# How many times sending was tried. Variables: $count (tries).
mail-log-tries = { $count ->
    [one] forsøgt én gang, prøver igen senere
   *[other] forsøgt { $count } gange, prøver igen senere
}

## The mails

# Subject and text of a mail about something in a restricted community: no title, no name.
mail-restricted-subject = Der venter noget nyt i en gruppe, du er medlem af
mail-restricted-body = Der venter noget nyt til dig i en gruppe, du er medlem af. Åbn intranettet for at se det.
# Link text in a notice mail.
mail-open = Åbn i intranettet
# Subject of a daily digest. Variables: $count (new items).
mail-digest-subject-daily = { $count ->
    [0] Din daglige opsummering
    [one] Din daglige opsummering: ét nyt opslag
   *[other] Din daglige opsummering: { $count } nye opslag
}
# Subject of a weekly digest. Variables: $count (new items).
mail-digest-subject-weekly = { $count ->
    [0] Din ugentlige opsummering
    [one] Din ugentlige opsummering: ét nyt opslag
   *[other] Din ugentlige opsummering: { $count } nye opslag
}
# First line of a digest. Variables: $name (the reader's name).
mail-digest-greeting = Hej { $name }
# Heading of a daily digest.
mail-digest-heading-daily = Det skete i går
# Heading of a weekly digest.
mail-digest-heading-weekly = Det skete i sidste uge
# Heading of the list of new items.
mail-digest-items = I dine grupper og fra det, du følger
# One new item in a community. Variables: $title, $name (author), $community.
mail-digest-item = »{ $title }« af { $name } i { $community }
# One new item outside communities (a status update, a personal blog). Variables: $title, $name.
mail-digest-item-personal = »{ $title }« af { $name }
# Link to the home stream when more items were found than listed. Variables: $count.
mail-digest-more = { $count ->
    [one] og ét opslag mere i din nyhedsstrøm
   *[other] og { $count } opslag mere i din nyhedsstrøm
}
# New items in restricted communities: counted, never named. Variables: $count.
mail-digest-restricted = { $count ->
    [one] Der venter ét nyt opslag i en gruppe, du er medlem af.
   *[other] Der venter { $count } nye opslag i grupper, du er medlem af.
}
# Heading of the unanswered questions of the reader's helpdesks.
mail-digest-questions = Ubesvarede spørgsmål i dine helpdeskgrupper
# One unanswered question. Variables: $title, $name (asker), $community.
mail-digest-question = »{ $title }«, spurgt af { $name } i { $community }
# Unread notifications. Variables: $count.
mail-digest-unread = { $count ->
    [one] Du har én ulæst notifikation.
   *[other] Du har { $count } ulæste notifikationer.
}
# Foot of every mail: why it came.
mail-footer-why = Du modtager denne e-mail, fordi du har en konto på intranettet.
# Foot of every mail: link to the mail settings.
mail-footer-settings = Vælg, hvad du får på e-mail
# Foot of every mail: the one-click unsubscribe.
mail-footer-unsubscribe = Afmeld alle e-mails

## Unsubscribe page (/mail/unsubscribe/…)

# Page title and heading.
unsubscribe-title = Afmeld e-mails
# Whose mail. Variables: $email (the address, partly hidden).
unsubscribe-address = E-mails til { $email }
# The question before unsubscribing.
unsubscribe-question = Vil du stoppe alle e-mails fra intranettet? Du ser stadig det hele, når du kigger forbi.
# Button.
unsubscribe-confirm = Stop alle e-mails
# After unsubscribing.
unsubscribe-done = Du får ikke flere e-mails fra intranettet.
# Link to the mail settings.
unsubscribe-settings = Vælg i stedet, hvad du får på e-mail

## Admins' mail page (/admin/mail)

# Page title and heading.
admin-mail-title = E-mail
# When no SMTP server is configured.
admin-mail-off = E-mail er slået fra: ingen e-mails sættes i kø eller sendes, fordi GEMENSKAP_SMTP_URL ikke er angivet.
# How to set it up.
admin-mail-help = E-mails sendes via SMTP-serveren i GEMENSKAP_SMTP_URL (for eksempel smtp://mail.bank.example:25) fra adressen i GEMENSKAP_MAIL_FROM. Se tabellen over indstillinger i README.
# Labels of the facts.
admin-mail-server = SMTP-server
admin-mail-from = Afsender
admin-mail-queued = Venter på at blive sendt
admin-mail-sent = Sendt de seneste 24 timer
admin-mail-failed = Opgivet de seneste 24 timer
