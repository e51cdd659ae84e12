## Mail in: the line in notice mails that says they can be answered, the answer to a mail
## that could not be posted, and a community's mail address.

# Line in a notice mail that can be answered by mail.
mail-reply-hint = Antworten Sie auf diese E-Mail, um im Intranet zu antworten. Schreiben Sie über den zitierten Text; Zitate und Ihre Signatur werden nicht übernommen.
# What a mail answering one's own mail was, in the list of mails sent.
mail-kind-answer = Antwort auf Ihre E-Mail
# Subject of the answer to a mail that was not posted. Variables: $subject (the subject of the person's mail).
mail-answer-subject = Nicht veröffentlicht: { $subject }
# Subject of the answer to a mail that waits for a compliance officer. Variables: $subject (the subject of the person's mail).
mail-answer-held-subject = Wartet auf Prüfung: { $subject }
# First sentence of the answer. Variables: $address (where the mail was sent).
mail-answer-intro = Ihre E-Mail an { $address } wurde nicht im Intranet veröffentlicht.
# First sentence of the answer when the mail waits for review. Variables: $address (where the mail was sent).
mail-answer-held-intro = Ihre E-Mail an { $address } ist eingegangen, aber noch nicht veröffentlicht.
# Why: the text names a client. Variables: $names (the client names found, comma-separated).
mail-answer-reason-client-name = Der Text nennt einen Kunden ({ $names }) und darf dort nicht stehen. Ändern Sie diese Wörter, oder schreiben Sie ihn in der eingeschränkten Community des Kunden.
# Why: the text names a client and waits for a compliance officer.
mail-answer-reason-held = Der Text nennt einen Kunden und wartet deshalb darauf, dass ein Compliance-Beauftragter ihn freigibt oder ablehnt. Bis dahin wird nichts veröffentlicht.
# Why: what the person answered is gone or no longer visible to them.
mail-answer-reason-gone = Worauf Sie geantwortet haben, gibt es nicht mehr, oder Sie können es nicht mehr sehen.
# Why: the topic is locked.
mail-answer-reason-locked = Das Thema ist gesperrt und nimmt keine Antworten mehr an.
# Why: nothing of the person's own was left after quotes and signature were removed.
mail-answer-reason-empty = Die E-Mail enthielt keinen eigenen Text. Zitierter Text und Signaturen werden nicht übernommen; schreiben Sie daher über das Zitat.
# Why: a new topic or post needs a subject.
mail-answer-reason-no-title = Ein neues Thema braucht einen Betreff, und die E-Mail hatte keinen.
# Why: the text is too long.
mail-answer-reason-too-long = Der Text ist länger, als das Intranet zulässt.
# Why: the person may not post there (for example the community is archived).
mail-answer-reason-not-allowed = Sie können dort keine Beiträge verfassen.
# Why: an attached file could not be kept. Variables: $name (the file's name).
mail-answer-reason-file = Die angehängte Datei { $name } konnte nicht gespeichert werden: Sie ist zu groß, oder der Speicherplatz für die Dateien der Community ist voll.
# Why: anything else went wrong.
mail-answer-reason-other = Das Intranet konnte die E-Mail gerade nicht annehmen. Bitte versuchen Sie es später erneut.
# Heading above the person's own text, quoted back in the answer.
mail-answer-your-text = Ihr Text, damit nichts verloren geht:
# Link text to the place the mail was meant for.
mail-answer-open = Im Intranet öffnen

## A community's mail address, on its page

# Where members can send mail to post in the community. Variables: $address (the mail address).
community-mail-address = Beiträge per E-Mail: { $address }
# Explanation next to the address when mail becomes forum topics.
community-mail-address-forum = Eine E-Mail eines Mitglieds an diese Adresse wird zu einem Forenthema; der Betreff wird zum Titel.
# Explanation next to the address when mail becomes blog posts.
community-mail-address-blog = Eine E-Mail eines Mitglieds an diese Adresse wird zu einem Blogbeitrag; der Betreff wird zum Titel.

## The posting address on a community's settings page

# Heading of the section.
community-mail-heading = Beiträge per E-Mail
# Explanation under the heading.
community-mail-help = Geben Sie der Community eine Adresse: Eine E-Mail an diese Adresse von jemandem, der hier Beiträge verfassen darf, wird zu einem Forenthema oder einem Blogbeitrag, mit dem Betreff der E-Mail als Titel. Lassen Sie die Adresse leer, wenn es keine geben soll.
# Label of the address field (the part before the @).
field-mail-local = Adresse
# Label of the choice of what a mail becomes.
field-posts-to = Aus einer E-Mail wird
# Choices.
community-mail-posts-forum = Ein Forenthema
community-mail-posts-blog = Ein Blogbeitrag
# Save button and confirmation.
community-mail-save = Adresse speichern
community-mail-saved = Die E-Mail-Adresse wurde gespeichert.
# When the community has neither a forum nor a blog.
community-mail-no-tool = Schalten Sie zuerst das Forum oder den Blog ein: Eine E-Mail wird zu einem Thema oder einem Beitrag in einem der beiden.
# Field errors.
error-field-invalid-address = verwenden Sie Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche (Adressen, die mit „reply“ beginnen, gehören dem Intranet selbst)
error-field-address-taken = eine andere Community hat diese Adresse bereits
error-field-tool-off = die Community hat dieses Werkzeug nicht eingeschaltet
