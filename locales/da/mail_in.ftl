## Mail in: the line in notice mails that says they can be answered, the answer to a mail
## that could not be posted, and a community's mail address.

# Line in a notice mail that can be answered by mail.
mail-reply-hint = Svar på denne e-mail for at svare i intranettet. Skriv over den citerede tekst – citater og din signatur kommer ikke med.
# What a mail answering one's own mail was, in the list of mails sent.
mail-kind-answer = Svar på din e-mail
# Subject of the answer to a mail that was not posted. Variables: $subject (the subject of the person's mail).
mail-answer-subject = Ikke offentliggjort: { $subject }
# Subject of the answer to a mail that waits for a compliance officer. Variables: $subject (the subject of the person's mail).
mail-answer-held-subject = Venter på gennemgang: { $subject }
# First sentence of the answer. Variables: $address (where the mail was sent).
mail-answer-intro = Din e-mail til { $address } blev ikke offentliggjort i intranettet.
# First sentence of the answer when the mail waits for review. Variables: $address (where the mail was sent).
mail-answer-held-intro = Din e-mail til { $address } er modtaget, men er ikke offentliggjort endnu.
# Why: the text names a client. Variables: $names (the client names found, comma-separated).
mail-answer-reason-client-name = Teksten nævner en kunde ({ $names }) og må ikke skrives der. Ret de ord, eller skriv den i kundens begrænsede gruppe.
# Why: the text names a client and waits for a compliance officer.
mail-answer-reason-held = Teksten nævner en kunde og venter derfor på, at en complianceansvarlig godkender eller afviser den. Intet offentliggøres før da.
# Why: what the person answered is gone or no longer visible to them.
mail-answer-reason-gone = Det, du svarede på, findes ikke længere, eller du kan ikke længere se det.
# Why: the topic is locked.
mail-answer-reason-locked = Emnet er låst og modtager ikke flere svar.
# Why: nothing of the person's own was left after quotes and signature were removed.
mail-answer-reason-empty = E-mailen indeholdt ingen tekst fra dig selv. Citeret tekst og signaturer kommer ikke med, så skriv over citatet.
# Why: a new topic or post needs a subject.
mail-answer-reason-no-title = Et nyt emne skal have en emnelinje, og e-mailen havde ingen.
# Why: the text is too long.
mail-answer-reason-too-long = Teksten er længere, end intranettet tillader.
# Why: the person may not post there (for example the community is archived).
mail-answer-reason-not-allowed = Du kan ikke skrive opslag der.
# Why: an attached file could not be kept. Variables: $name (the file's name).
mail-answer-reason-file = Den vedhæftede fil { $name } kunne ikke gemmes: den er for stor, eller der er ikke mere plads til gruppens filer.
# Why: anything else went wrong.
mail-answer-reason-other = Intranettet kunne ikke modtage e-mailen lige nu. Prøv igen senere.
# Heading above the person's own text, quoted back in the answer.
mail-answer-your-text = Din tekst, så intet går tabt:
# Link text to the place the mail was meant for.
mail-answer-open = Åbn i intranettet

## A community's mail address, on its page

# Where members can send mail to post in the community. Variables: $address (the mail address).
community-mail-address = Skriv opslag via e-mail: { $address }
# Explanation next to the address when mail becomes forum topics.
community-mail-address-forum = En e-mail fra et medlem til denne adresse bliver et forumemne; emnelinjen bliver titlen.
# Explanation next to the address when mail becomes blog posts.
community-mail-address-blog = En e-mail fra et medlem til denne adresse bliver et blogindlæg; emnelinjen bliver titlen.

## The posting address on a community's settings page

# Heading of the section.
community-mail-heading = Opslag via e-mail
# Explanation under the heading.
community-mail-help = Giv gruppen en adresse, så bliver en e-mail dertil fra en, der må skrive opslag her, til et forumemne eller et blogindlæg med e-mailens emnelinje som titel. Lad adressen stå tom, hvis gruppen ikke skal have nogen.
# Label of the address field (the part before the @).
field-mail-local = Adresse
# Label of the choice of what a mail becomes.
field-posts-to = En e-mail bliver til
# Choices.
community-mail-posts-forum = Et forumemne
community-mail-posts-blog = Et blogindlæg
# Save button and confirmation.
community-mail-save = Gem adressen
community-mail-saved = E-mailadressen er gemt.
# When the community has neither a forum nor a blog.
community-mail-no-tool = Slå først forummet eller bloggen til: en e-mail bliver til et emne eller et indlæg i en af dem.
# Field errors.
error-field-invalid-address = brug bogstaver, tal, punktummer, bindestreger og understregninger (adresser, der begynder med »reply«, er intranettets egne)
error-field-address-taken = en anden gruppe har allerede denne adresse
error-field-tool-off = gruppen har ikke slået dette værktøj til
