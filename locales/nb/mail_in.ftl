## Mail in: the line in notice mails that says they can be answered, the answer to a mail
## that could not be posted, and a community's mail address.

# Line in a notice mail that can be answered by mail.
mail-reply-hint = Svar på denne e-posten for å svare i intranettet. Skriv over den siterte teksten – sitater og signaturen din blir ikke tatt med.
# What a mail answering one's own mail was, in the list of mails sent.
mail-kind-answer = Svar på e-posten din
# Subject of the answer to a mail that was not posted. Variables: $subject (the subject of the person's mail).
mail-answer-subject = Ikke publisert: { $subject }
# Subject of the answer to a mail that waits for a compliance officer. Variables: $subject (the subject of the person's mail).
mail-answer-held-subject = Venter på gjennomgang: { $subject }
# First sentence of the answer. Variables: $address (where the mail was sent).
mail-answer-intro = E-posten din til { $address } ble ikke publisert i intranettet.
# First sentence of the answer when the mail waits for review. Variables: $address (where the mail was sent).
mail-answer-held-intro = E-posten din til { $address } er mottatt, men er ikke publisert ennå.
# Why: the text names a client. Variables: $names (the client names found, comma-separated).
mail-answer-reason-client-name = Teksten nevner en kunde ({ $names }) og kan ikke skrives der. Endre de ordene, eller skriv den i kundens begrensede gruppe.
# Why: the text names a client and waits for a compliance officer.
mail-answer-reason-held = Teksten nevner en kunde og venter derfor på at en complianceansvarlig godkjenner eller avslår den. Ingenting blir publisert før da.
# Why: what the person answered is gone or no longer visible to them.
mail-answer-reason-gone = Det du svarte på, finnes ikke lenger, eller du kan ikke lenger se det.
# Why: the topic is locked.
mail-answer-reason-locked = Emnet er låst og tar ikke imot flere svar.
# Why: nothing of the person's own was left after quotes and signature were removed.
mail-answer-reason-empty = E-posten hadde ingen egen tekst. Sitert tekst og signaturer blir ikke tatt med, så skriv over sitatet.
# Why: a new topic or post needs a subject.
mail-answer-reason-no-title = Et nytt emne trenger en emnelinje, og e-posten hadde ingen.
# Why: the text is too long.
mail-answer-reason-too-long = Teksten er lengre enn intranettet tillater.
# Why: the person may not post there (for example the community is archived).
mail-answer-reason-not-allowed = Du kan ikke publisere der.
# Why: an attached file could not be kept. Variables: $name (the file's name).
mail-answer-reason-file = Den vedlagte filen { $name } kunne ikke lagres: den er for stor, eller det er ikke mer plass til gruppens filer.
# Why: anything else went wrong.
mail-answer-reason-other = Intranettet kunne ikke ta imot e-posten akkurat nå. Prøv igjen senere.
# Heading above the person's own text, quoted back in the answer.
mail-answer-your-text = Teksten din, så ingenting går tapt:
# Link text to the place the mail was meant for.
mail-answer-open = Åpne i intranettet

## A community's mail address, on its page

# Where members can send mail to post in the community. Variables: $address (the mail address).
community-mail-address = Publiser via e-post: { $address }
# Explanation next to the address when mail becomes forum topics.
community-mail-address-forum = En e-post fra et medlem til denne adressen blir et forumemne; emnelinjen blir tittelen.
# Explanation next to the address when mail becomes blog posts.
community-mail-address-blog = En e-post fra et medlem til denne adressen blir et blogginnlegg; emnelinjen blir tittelen.

## The posting address on a community's settings page

# Heading of the section.
community-mail-heading = Publisering via e-post
# Explanation under the heading.
community-mail-help = Gi gruppen en adresse, så blir en e-post dit fra noen som kan publisere her, et forumemne eller et blogginnlegg, med emnelinjen som tittel. La adressen stå tom hvis gruppen ikke skal ha noen.
# Label of the address field (the part before the @).
field-mail-local = Adresse
# Label of the choice of what a mail becomes.
field-posts-to = En e-post blir
# Choices.
community-mail-posts-forum = Et forumemne
community-mail-posts-blog = Et blogginnlegg
# Save button and confirmation.
community-mail-save = Lagre adressen
community-mail-saved = E-postadressen er lagret.
# When the community has neither a forum nor a blog.
community-mail-no-tool = Slå på forumet eller bloggen først: en e-post blir et emne eller et innlegg i ett av dem.
# Field errors.
error-field-invalid-address = bruk bokstaver, sifre, punktum, bindestrek og understrek (adresser som begynner med «reply», er intranettets egne)
error-field-address-taken = en annen gruppe har allerede denne adressen
error-field-tool-off = gruppen har ikke slått på dette verktøyet
