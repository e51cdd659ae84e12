## Mail: the mails the intranet sends (notices and digests), the mail settings page, the
## unsubscribe page and the admins' mail page.

# User menu: link to the mail settings page.
nav-mail = E-postinnstillinger
# Header link for admins to the mail status page.
nav-admin-mail = E-post
# Label of the group of choices on the mail settings page.
field-mode = Slik vil jeg få e-post
field-kinds = Valg per type varsel

## Mail settings page (/account/mail)

# Page title and heading.
mail-settings-title = E-postinnstillinger
# Where mail goes. Variables: $email (the account's address).
mail-settings-address = E-post sendes til { $email }.
# Shown when the intranet has no mail server configured.
mail-settings-off = Intranettet sender ikke e-post for øyeblikket. Valget ditt blir tatt vare på til det gjør det.
# Choice: a mail for each notification.
mail-mode-immediate = Hvert varsel med én gang
# Explanation under that choice.
mail-mode-immediate-hint = Én e-post for hver omtale, hvert svar, hver kommentar eller annet varsel, idet det skjer.
# Choice: one digest a day.
mail-mode-daily = Et daglig sammendrag
# Explanation under that choice.
mail-mode-daily-hint = Én e-post hver morgen med det som skjedde dagen før.
# Choice: one digest a week (the default).
mail-mode-weekly = Et ukentlig sammendrag
# Explanation under that choice.
mail-mode-weekly-hint = Én e-post hver mandag med det som skjedde uken før. Dette er standardvalget.
# Choice: no mail.
mail-mode-never = Ingen e-post
# Explanation under that choice.
mail-mode-never-hint = Intranettet sender deg ingenting – du ser alt når du er innom.
# Heading of the choices by kind of notification, under the main choice.
mail-kinds-legend = Egne valg for enkelte varsler
# Explanation of the choices by kind.
mail-kinds-hint = For hver type varsel: som valgt ovenfor, e-post med én gang uansett hva du valgte ovenfor, eller aldri e-post (da telles varselet heller ikke med i sammendraget ditt).
# Choices by kind of notification.
mail-kind-choice-default = Som ovenfor
mail-kind-choice-immediate = E-post med én gang
mail-kind-choice-never = Aldri på e-post
# The kinds of notification, as labels of their choices.
mail-about-mention = Noen nevner meg
mail-about-reply = Svar på emnet mitt
mail-about-comment = Kommentar på innlegget mitt
mail-about-like = Noen liker det jeg har skrevet
mail-about-accepted = Svaret mitt blir godkjent
mail-about-join_request = Noen vil bli med i en gruppe jeg modererer
mail-about-approved = Forespørselen min om å bli med godkjennes
mail-about-added = Jeg blir lagt til i en gruppe
mail-about-translation_outdated = Originalen til oversettelsen min endres
mail-about-page_edited = En wikiside jeg følger, blir redigert
mail-about-assigned = En samtale i en felles innboks tildeles meg
# Save button.
mail-settings-save = Lagre
# Confirmation after saving.
mail-settings-saved = E-postinnstillingene dine er lagret.
# Heading of the list of mails sent.
mail-log-title = E-poster sendt til deg
# When no mail was sent yet.
mail-log-empty = Ingen e-post er sendt til deg ennå.
# Column headings of the list of mails sent.
mail-log-when = Når
mail-log-what = Emne
mail-log-status = Status
# What a mail was, when it has no subject of its own.
mail-kind-notice = Varsel
mail-kind-digest = Sammendrag
# Where a mail is.
mail-status-queued = Venter på å bli sendt
mail-status-sent = Sendt
mail-status-dropped = Ikke sendt: du kunne ikke lenger se det den gjaldt, eller du valgte ingen e-post
mail-status-failed = Kunne ikke leveres
# How many times sending was tried. Variables: $count (tries).
mail-log-tries = { $count ->
    [one] prøvd én gang, prøver igjen senere
   *[other] prøvd { $count } ganger, prøver igjen senere
}

## The mails

# Subject and text of a mail about something in a restricted community: no title, no name.
mail-restricted-subject = Noe nytt venter i en gruppe du er medlem av
mail-restricted-body = Noe nytt venter på deg i en gruppe du er medlem av. Åpne intranettet for å se det.
# Link text in a notice mail.
mail-open = Åpne i intranettet
# Subject of a daily digest. Variables: $count (new items).
mail-digest-subject-daily = { $count ->
    [0] Ditt daglige sammendrag
    [one] Ditt daglige sammendrag: ett nytt innlegg
   *[other] Ditt daglige sammendrag: { $count } nye innlegg
}
# Subject of a weekly digest. Variables: $count (new items).
mail-digest-subject-weekly = { $count ->
    [0] Ditt ukentlige sammendrag
    [one] Ditt ukentlige sammendrag: ett nytt innlegg
   *[other] Ditt ukentlige sammendrag: { $count } nye innlegg
}
# First line of a digest. Variables: $name (the reader's name).
mail-digest-greeting = Hei, { $name }!
# Heading of a daily digest.
mail-digest-heading-daily = Dette skjedde i går
# Heading of a weekly digest.
mail-digest-heading-weekly = Dette skjedde forrige uke
# Heading of the list of new items.
mail-digest-items = I gruppene dine og fra det du følger
# One new item in a community. Variables: $title, $name (author), $community.
mail-digest-item = «{ $title }» av { $name } i { $community }
# One new item outside communities (a status update, a personal blog). Variables: $title, $name.
mail-digest-item-personal = «{ $title }» av { $name }
# Link to the home stream when more items were found than listed. Variables: $count.
mail-digest-more = { $count ->
    [one] og ett innlegg til i nyhetsstrømmen din
   *[other] og { $count } innlegg til i nyhetsstrømmen din
}
# New items in restricted communities: counted, never named. Variables: $count.
mail-digest-restricted = { $count ->
    [one] Ett nytt innlegg venter i en gruppe du er medlem av.
   *[other] { $count } nye innlegg venter i grupper du er medlem av.
}
# Heading of the unanswered questions of the reader's helpdesks.
mail-digest-questions = Ubesvarte spørsmål i helpdeskgruppene dine
# One unanswered question. Variables: $title, $name (asker), $community.
mail-digest-question = «{ $title }», spurt av { $name } i { $community }
# Unread notifications. Variables: $count.
mail-digest-unread = { $count ->
    [one] Du har ett ulest varsel.
   *[other] Du har { $count } uleste varsler.
}
# Foot of every mail: why it came.
mail-footer-why = Du får denne e-posten fordi du har en konto på intranettet.
# Foot of every mail: link to the mail settings.
mail-footer-settings = Velg hva du får på e-post
# Foot of every mail: the one-click unsubscribe.
mail-footer-unsubscribe = Meld deg av all e-post

## Unsubscribe page (/mail/unsubscribe/…)

# Page title and heading.
unsubscribe-title = Meld deg av e-post
# Whose mail. Variables: $email (the address, partly hidden).
unsubscribe-address = E-post til { $email }
# The question before unsubscribing.
unsubscribe-question = Vil du stoppe all e-post fra intranettet? Du ser fortsatt alt når du er innom.
# Button.
unsubscribe-confirm = Stopp all e-post
# After unsubscribing.
unsubscribe-done = Du får ikke mer e-post fra intranettet.
# Link to the mail settings.
unsubscribe-settings = Velg heller hva du får på e-post

## Admins' mail page (/admin/mail)

# Page title and heading.
admin-mail-title = E-post
# When no SMTP server is configured.
admin-mail-off = E-post er slått av: ingen e-post settes i kø eller sendes, fordi GEMENSKAP_SMTP_URL ikke er satt.
# How to set it up.
admin-mail-help = E-post sendes via SMTP-serveren i GEMENSKAP_SMTP_URL (for eksempel smtp://mail.bank.example:25) fra adressen i GEMENSKAP_MAIL_FROM. Se tabellen over innstillinger i README.
# Labels of the facts.
admin-mail-server = SMTP-server
admin-mail-from = Avsender
admin-mail-queued = Venter på å bli sendt
admin-mail-sent = Sendt siste 24 timer
admin-mail-failed = Gitt opp siste 24 timer
