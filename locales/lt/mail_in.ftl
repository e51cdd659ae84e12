## Mail in: the line in notice mails that says they can be answered, the answer to a mail
## that could not be posted, and a community's mail address.

# Line in a notice mail that can be answered by mail.
mail-reply-hint = Atsakykite į šį laišką, kad atsakytumėte intranete. Rašykite virš cituojamo teksto; citatos ir jūsų parašas neįtraukiami.
# What a mail answering one's own mail was, in the list of mails sent.
mail-kind-answer = Atsakymas į jūsų laišką
# Subject of the answer to a mail that was not posted. Variables: $subject (the subject of the person's mail).
mail-answer-subject = Nepaskelbta: { $subject }
# Subject of the answer to a mail that waits for a compliance officer. Variables: $subject (the subject of the person's mail).
mail-answer-held-subject = Laukia peržiūros: { $subject }
# First sentence of the answer. Variables: $address (where the mail was sent).
mail-answer-intro = Jūsų laiškas, išsiųstas adresu { $address }, nebuvo paskelbtas intranete.
# First sentence of the answer when the mail waits for review. Variables: $address (where the mail was sent).
mail-answer-held-intro = Jūsų laiškas, išsiųstas adresu { $address }, gautas, bet dar nepaskelbtas.
# Why: the text names a client. Variables: $names (the client names found, comma-separated).
mail-answer-reason-client-name = Tekste minimas klientas ({ $names }), todėl jo ten rašyti negalima. Pakeiskite tuos žodžius arba parašykite tekstą ribotoje kliento bendruomenėje.
# Why: the text names a client and waits for a compliance officer.
mail-answer-reason-held = Tekste minimas klientas, todėl jis laukia, kol atitikties pareigūnas jį patvirtins arba atmes. Iki tol nieko nebus paskelbta.
# Why: what the person answered is gone or no longer visible to them.
mail-answer-reason-gone = To, į ką atsakėte, nebėra arba nebegalite to matyti.
# Why: the topic is locked.
mail-answer-reason-locked = Ši tema užrakinta – į ją nebegalima atsakyti.
# Why: nothing of the person's own was left after quotes and signature were removed.
mail-answer-reason-empty = Laiške nebuvo jūsų parašyto teksto. Cituojamas tekstas ir parašai neįtraukiami, todėl rašykite virš citatos.
# Why: a new topic or post needs a subject.
mail-answer-reason-no-title = Naujai temai reikia pavadinimo, o laiško tema buvo tuščia.
# Why: the text is too long.
mail-answer-reason-too-long = Tekstas ilgesnis, nei leidžia intranetas.
# Why: the person may not post there (for example the community is archived).
mail-answer-reason-not-allowed = Negalite ten skelbti.
# Why: an attached file could not be kept. Variables: $name (the file's name).
mail-answer-reason-file = Pridėto failo { $name } nepavyko išsaugoti: jis per didelis arba bendruomenės failams nebeliko vietos.
# Why: anything else went wrong.
mail-answer-reason-other = Intranetas šiuo metu negalėjo priimti laiško. Bandykite dar kartą vėliau.
# Heading above the person's own text, quoted back in the answer.
mail-answer-your-text = Jūsų tekstas, kad niekas nedingtų:
# Link text to the place the mail was meant for.
mail-answer-open = Atidaryti intranete

## A community's mail address, on its page

# Where members can send mail to post in the community. Variables: $address (the mail address).
community-mail-address = Skelbti el. paštu: { $address }
# Explanation next to the address when mail becomes forum topics.
community-mail-address-forum = Nario laiškas, išsiųstas šiuo adresu, tampa forumo tema; laiško tema tampa jos pavadinimu.
# Explanation next to the address when mail becomes blog posts.
community-mail-address-blog = Nario laiškas, išsiųstas šiuo adresu, tampa tinklaraščio įrašu; laiško tema tampa jo pavadinimu.

## The posting address on a community's settings page

# Heading of the section.
community-mail-heading = Skelbimas el. paštu
# Explanation under the heading.
community-mail-help = Suteikite bendruomenei adresą: laiškas šiuo adresu nuo asmens, kuris gali čia skelbti, tampa forumo tema arba tinklaraščio įrašu, o laiško tema – jo pavadinimu. Jei adreso nereikia, palikite lauką tuščią.
# Label of the address field (the part before the @).
field-mail-local = Adresas
# Label of the choice of what a mail becomes.
field-posts-to = Laiškas skelbiamas kaip
# Choices.
community-mail-posts-forum = Forumo tema
community-mail-posts-blog = Tinklaraščio įrašas
# Save button and confirmation.
community-mail-save = Išsaugoti adresą
community-mail-saved = El. pašto adresas išsaugotas.
# When the community has neither a forum nor a blog.
community-mail-no-tool = Pirmiausia įjunkite forumą arba tinklaraštį: laiškas tampa tema arba įrašu viename iš jų.
# Field errors.
error-field-invalid-address = naudokite raides, skaitmenis, taškus, brūkšnelius ir pabraukimus (adresai, prasidedantys „reply“, skirti pačiam intranetui)
error-field-address-taken = šį adresą jau turi kita bendruomenė
error-field-tool-off = bendruomenėje šis įrankis neįjungtas
