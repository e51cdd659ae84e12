## Mail in: the line in notice mails that says they can be answered, the answer to a mail
## that could not be posted, and a community's mail address.

# Line in a notice mail that can be answered by mail.
mail-reply-hint = Intranetis vastamiseks vastake sellele e-kirjale. Kirjutage tsiteeritud teksti kohale; tsitaadid ja teie allkiri jäetakse välja.
# What a mail answering one's own mail was, in the list of mails sent.
mail-kind-answer = Vastus teie e-kirjale
# Subject of the answer to a mail that was not posted. Variables: $subject (the subject of the person's mail).
mail-answer-subject = Ei avaldatud: { $subject }
# Subject of the answer to a mail that waits for a compliance officer. Variables: $subject (the subject of the person's mail).
mail-answer-held-subject = Ootab ülevaatamist: { $subject }
# First sentence of the answer. Variables: $address (where the mail was sent).
mail-answer-intro = Teie e-kirja aadressile { $address } ei avaldatud intranetis.
# First sentence of the answer when the mail waits for review. Variables: $address (where the mail was sent).
mail-answer-held-intro = Teie e-kiri aadressile { $address } võeti vastu, kuid seda pole veel avaldatud.
# Why: the text names a client. Variables: $names (the client names found, comma-separated).
mail-answer-reason-client-name = Selles tekstis mainitakse klienti ({ $names }) ja seda ei tohi sinna kirjutada. Muutke neid sõnu või kirjutage tekst kliendi piiratud kogukonda.
# Why: the text names a client and waits for a compliance officer.
mail-answer-reason-held = Selles tekstis mainitakse klienti, seetõttu ootab see, kuni vastavuskontrolli spetsialist selle heaks kiidab või tagasi lükkab. Seni ei avaldata midagi.
# Why: what the person answered is gone or no longer visible to them.
mail-answer-reason-gone = Seda, millele vastasite, enam ei ole või te ei näe seda enam.
# Why: the topic is locked.
mail-answer-reason-locked = See teema on lukustatud ja sellele ei saa enam vastata.
# Why: nothing of the person's own was left after quotes and signature were removed.
mail-answer-reason-empty = E-kirjas polnud teie enda teksti. Tsiteeritud tekst ja allkirjad jäetakse välja, seega kirjutage tsitaadi kohale.
# Why: a new topic or post needs a subject.
mail-answer-reason-no-title = Uus teema vajab pealkirja, kuid e-kirja teemarida oli tühi.
# Why: the text is too long.
mail-answer-reason-too-long = Tekst on pikem, kui intranet lubab.
# Why: the person may not post there (for example the community is archived).
mail-answer-reason-not-allowed = Te ei saa sinna postitada.
# Why: an attached file could not be kept. Variables: $name (the file's name).
mail-answer-reason-file = Manustatud faili { $name } ei saanud salvestada: see on liiga suur või kogukonna failiruum on täis.
# Why: anything else went wrong.
mail-answer-reason-other = Intranet ei saanud e-kirja praegu vastu võtta. Proovige hiljem uuesti.
# Heading above the person's own text, quoted back in the answer.
mail-answer-your-text = Teie tekst, et midagi kaduma ei läheks:
# Link text to the place the mail was meant for.
mail-answer-open = Ava intranetis

## A community's mail address, on its page

# Where members can send mail to post in the community. Variables: $address (the mail address).
community-mail-address = Postita e-kirjaga: { $address }
# Explanation next to the address when mail becomes forum topics.
community-mail-address-forum = Liikme e-kirjast sellele aadressile saab foorumi teema; teemarida saab selle pealkirjaks.
# Explanation next to the address when mail becomes blog posts.
community-mail-address-blog = Liikme e-kirjast sellele aadressile saab blogipostitus; teemarida saab selle pealkirjaks.

## The posting address on a community's settings page

# Heading of the section.
community-mail-heading = Postitamine e-kirjaga
# Explanation under the heading.
community-mail-help = Andke kogukonnale aadress: kui keegi, kellel on siin postitamise õigus, saadab sellele e-kirja, saab sellest foorumi teema või blogipostitus ja e-kirja teemarida saab selle pealkirjaks. Kui aadressi pole vaja, jätke väli tühjaks.
# Label of the address field (the part before the @).
field-mail-local = Aadress
# Label of the choice of what a mail becomes.
field-posts-to = E-kirjast saab
# Choices.
community-mail-posts-forum = Foorumi teema
community-mail-posts-blog = Blogipostitus
# Save button and confirmation.
community-mail-save = Salvesta aadress
community-mail-saved = E-posti aadress on salvestatud.
# When the community has neither a forum nor a blog.
community-mail-no-tool = Lülitage esmalt sisse foorum või blogi: e-kirjast saab teema või postitus ühes neist.
# Field errors.
error-field-invalid-address = kasutage tähti, numbreid, punkte, sidekriipse ja allkriipse (sõnaga „reply“ algavad aadressid on intraneti enda omad)
error-field-address-taken = see aadress on juba teisel kogukonnal
error-field-tool-off = kogukonnal pole see tööriist sisse lülitatud
