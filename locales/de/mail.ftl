## Mail: the mails the intranet sends (notices and digests), the mail settings page, the
## unsubscribe page and the admins' mail page.

# User menu: link to the mail settings page.
nav-mail = E-Mail-Einstellungen
# Header link for admins to the mail status page.
nav-admin-mail = E-Mail
# Label of the group of choices on the mail settings page.
field-mode = Wie ich per E-Mail informiert werde
field-kinds = Auswahl je Art der Benachrichtigung

## Mail settings page (/account/mail)

# Page title and heading.
mail-settings-title = E-Mail-Einstellungen
# Where mail goes. Variables: $email (the account's address).
mail-settings-address = E-Mails gehen an { $email }.
# Shown when the intranet has no mail server configured.
mail-settings-off = Dieses Intranet versendet derzeit keine E-Mails. Ihre Auswahl bleibt gespeichert, bis es wieder E-Mails versendet.
# Choice: a mail for each notification.
mail-mode-immediate = Jede Benachrichtigung sofort
# Explanation under that choice.
mail-mode-immediate-hint = Eine E-Mail zu jeder Erwähnung, jeder Antwort, jedem Kommentar und jeder anderen Benachrichtigung, sobald sie anfällt.
# Choice: one digest a day.
mail-mode-daily = Eine tägliche Zusammenfassung
# Explanation under that choice.
mail-mode-daily-hint = Jeden Morgen eine E-Mail mit allem, was am Vortag passiert ist.
# Choice: one digest a week (the default).
mail-mode-weekly = Eine wöchentliche Zusammenfassung
# Explanation under that choice.
mail-mode-weekly-hint = Jeden Montag eine E-Mail mit allem, was in der Vorwoche passiert ist. Das ist die Standardeinstellung.
# Choice: no mail.
mail-mode-never = Keine E-Mails
# Explanation under that choice.
mail-mode-never-hint = Das Intranet sendet Ihnen nichts; Sie sehen alles, wenn Sie es besuchen.
# Heading of the choices by kind of notification, under the main choice.
mail-kinds-legend = Einzelne Benachrichtigungen anders
# Explanation of the choices by kind.
mail-kinds-hint = Für jede Art von Benachrichtigung: wie oben gewählt, sofort eine E-Mail – egal, was Sie oben gewählt haben – oder nie eine E-Mail (die Benachrichtigung zählt dann auch in Ihrer Zusammenfassung nicht mit).
# Choices by kind of notification.
mail-kind-choice-default = Wie oben
mail-kind-choice-immediate = Sofort per E-Mail
mail-kind-choice-never = Nie per E-Mail
# The kinds of notification, as labels of their choices.
mail-about-mention = Jemand erwähnt mich
mail-about-reply = Antwort auf mein Thema
mail-about-comment = Kommentar zu meinem Beitrag
mail-about-like = Jemandem gefällt mein Beitrag
mail-about-accepted = Meine Antwort wird akzeptiert
mail-about-join_request = Beitrittsanfrage für eine von mir moderierte Community
mail-about-approved = Meine Beitrittsanfrage wird genehmigt
mail-about-added = Ich werde zu einer Community hinzugefügt
mail-about-translation_outdated = Das Original meiner Übersetzung ändert sich
mail-about-page_edited = Eine Wikiseite, der ich folge, wird bearbeitet
mail-about-assigned = Mir wird eine Unterhaltung im gemeinsamen Posteingang zugewiesen
# Save button.
mail-settings-save = Speichern
# Confirmation after saving.
mail-settings-saved = Ihre E-Mail-Einstellungen wurden gespeichert.
# Heading of the list of mails sent.
mail-log-title = An Sie gesendete E-Mails
# When no mail was sent yet.
mail-log-empty = Es wurden noch keine E-Mails an Sie gesendet.
# Column headings of the list of mails sent.
mail-log-when = Wann
mail-log-what = Betreff
mail-log-status = Status
# What a mail was, when it has no subject of its own.
mail-kind-notice = Benachrichtigung
mail-kind-digest = Zusammenfassung
# Where a mail is.
mail-status-queued = Wartet auf Versand
mail-status-sent = Gesendet
mail-status-dropped = Nicht gesendet: Sie konnten den Inhalt nicht mehr sehen, oder Sie haben keine E-Mails gewählt
mail-status-failed = Konnte nicht zugestellt werden
# How many times sending was tried. Variables: $count (tries).
mail-log-tries = { $count ->
    [one] einmal versucht, neuer Versuch folgt später
   *[other] { $count }-mal versucht, neuer Versuch folgt später
}

## The mails

# Subject and text of a mail about something in a restricted community: no title, no name.
mail-restricted-subject = In einer Ihrer Communities wartet etwas Neues
mail-restricted-body = In einer Community, der Sie angehören, wartet etwas Neues auf Sie. Öffnen Sie das Intranet, um es zu sehen.
# Link text in a notice mail.
mail-open = Im Intranet öffnen
# Subject of a daily digest. Variables: $count (new items).
mail-digest-subject-daily = { $count ->
    [0] Ihre tägliche Zusammenfassung
    [one] Ihre tägliche Zusammenfassung: ein neuer Beitrag
   *[other] Ihre tägliche Zusammenfassung: { $count } neue Beiträge
}
# Subject of a weekly digest. Variables: $count (new items).
mail-digest-subject-weekly = { $count ->
    [0] Ihre wöchentliche Zusammenfassung
    [one] Ihre wöchentliche Zusammenfassung: ein neuer Beitrag
   *[other] Ihre wöchentliche Zusammenfassung: { $count } neue Beiträge
}
# First line of a digest. Variables: $name (the reader's name).
mail-digest-greeting = Hallo { $name },
# Heading of a daily digest.
mail-digest-heading-daily = Was gestern passiert ist
# Heading of a weekly digest.
mail-digest-heading-weekly = Was letzte Woche passiert ist
# Heading of the list of new items.
mail-digest-items = Aus Ihren Communities und von allem, dem Sie folgen
# One new item in a community. Variables: $title, $name (author), $community.
mail-digest-item = „{ $title }“ von { $name } in { $community }
# One new item outside communities (a status update, a personal blog). Variables: $title, $name.
mail-digest-item-personal = „{ $title }“ von { $name }
# Link to the home stream when more items were found than listed. Variables: $count.
mail-digest-more = { $count ->
    [one] und ein weiterer Beitrag in Ihren Neuigkeiten
   *[other] und { $count } weitere Beiträge in Ihren Neuigkeiten
}
# New items in restricted communities: counted, never named. Variables: $count.
mail-digest-restricted = { $count ->
    [one] In einer Community, der Sie angehören, wartet ein neuer Beitrag.
   *[other] In Communities, denen Sie angehören, warten { $count } neue Beiträge.
}
# Heading of the unanswered questions of the reader's helpdesks.
mail-digest-questions = Unbeantwortete Fragen in Ihren Helpdesks
# One unanswered question. Variables: $title, $name (asker), $community.
mail-digest-question = „{ $title }“, gefragt von { $name } in { $community }
# Unread notifications. Variables: $count.
mail-digest-unread = { $count ->
    [one] Sie haben eine ungelesene Benachrichtigung.
   *[other] Sie haben { $count } ungelesene Benachrichtigungen.
}
# Foot of every mail: why it came.
mail-footer-why = Sie erhalten diese E-Mail, weil Sie ein Konto im Intranet haben.
# Foot of every mail: link to the mail settings.
mail-footer-settings = Auswählen, was per E-Mail kommt
# Foot of every mail: the one-click unsubscribe.
mail-footer-unsubscribe = Alle E-Mails abbestellen

## Unsubscribe page (/mail/unsubscribe/…)

# Page title and heading.
unsubscribe-title = E-Mails abbestellen
# Whose mail. Variables: $email (the address, partly hidden).
unsubscribe-address = E-Mails an { $email }
# The question before unsubscribing.
unsubscribe-question = Alle E-Mails aus dem Intranet abbestellen? Sie sehen weiterhin alles, wenn Sie es besuchen.
# Button.
unsubscribe-confirm = Alle E-Mails abbestellen
# After unsubscribing.
unsubscribe-done = Sie erhalten keine E-Mails mehr aus dem Intranet.
# Link to the mail settings.
unsubscribe-settings = Stattdessen auswählen, was per E-Mail kommt

## Admins' mail page (/admin/mail)

# Page title and heading.
admin-mail-title = E-Mail
# When no SMTP server is configured.
admin-mail-off = E-Mail ist ausgeschaltet: Es werden keine E-Mails eingereiht oder gesendet, weil GEMENSKAP_SMTP_URL nicht gesetzt ist.
# How to set it up.
admin-mail-help = E-Mails gehen an den SMTP-Server aus GEMENSKAP_SMTP_URL (zum Beispiel smtp://mail.bank.example:25), mit der Absenderadresse aus GEMENSKAP_MAIL_FROM. Siehe die Tabelle der Einstellungen in der README.
# Labels of the facts.
admin-mail-server = SMTP-Server
admin-mail-from = Absenderadresse
admin-mail-queued = Wartet auf Versand
admin-mail-sent = Gesendet in den letzten 24 Stunden
admin-mail-failed = Aufgegeben in den letzten 24 Stunden
