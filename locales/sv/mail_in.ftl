## Mail in: the line in notice mails that says they can be answered, the answer to a mail
## that could not be posted, and a community's mail address.

# Line in a notice mail that can be answered by mail.
mail-reply-hint = Svara på det här mejlet för att svara i intranätet. Skriv ovanför den citerade texten – citat och din signatur tas inte med.
# What a mail answering one's own mail was, in the list of mails sent.
mail-kind-answer = Svar på ditt mejl
# Subject of the answer to a mail that was not posted. Variables: $subject (the subject of the person's mail).
mail-answer-subject = Inte publicerat: { $subject }
# Subject of the answer to a mail that waits for a compliance officer. Variables: $subject (the subject of the person's mail).
mail-answer-held-subject = Väntar på granskning: { $subject }
# First sentence of the answer. Variables: $address (where the mail was sent).
mail-answer-intro = Ditt mejl till { $address } publicerades inte i intranätet.
# First sentence of the answer when the mail waits for review. Variables: $address (where the mail was sent).
mail-answer-held-intro = Ditt mejl till { $address } har tagits emot men är inte publicerat än.
# Why: the text names a client. Variables: $names (the client names found, comma-separated).
mail-answer-reason-client-name = Texten nämner en kund ({ $names }) och får inte skrivas där. Ändra de orden, eller skriv den i kundens begränsade grupp.
# Why: the text names a client and waits for a compliance officer.
mail-answer-reason-held = Texten nämner en kund och väntar därför på att en complianceansvarig godkänner eller avslår den. Inget publiceras förrän dess.
# Why: what the person answered is gone or no longer visible to them.
mail-answer-reason-gone = Det du svarade på finns inte längre, eller så kan du inte längre se det.
# Why: the topic is locked.
mail-answer-reason-locked = Ämnet är låst och tar inte emot fler svar.
# Why: nothing of the person's own was left after quotes and signature were removed.
mail-answer-reason-empty = Mejlet innehöll ingen egen text. Citerad text och signaturer tas inte med, så skriv ovanför citatet.
# Why: a new topic or post needs a subject.
mail-answer-reason-no-title = Ett nytt ämne behöver en ämnesrad, och mejlet hade ingen.
# Why: the text is too long.
mail-answer-reason-too-long = Texten är längre än vad intranätet tar emot.
# Why: the person may not post there (for example the community is archived).
mail-answer-reason-not-allowed = Du kan inte skriva inlägg där.
# Why: an attached file could not be kept. Variables: $name (the file's name).
mail-answer-reason-file = Den bifogade filen { $name } kunde inte sparas: den är för stor, eller så är gruppens filutrymme fullt.
# Why: anything else went wrong.
mail-answer-reason-other = Intranätet kunde inte ta emot mejlet just nu. Försök igen senare.
# Heading above the person's own text, quoted back in the answer.
mail-answer-your-text = Din text, så att inget går förlorat:
# Link text to the place the mail was meant for.
mail-answer-open = Öppna i intranätet

## A community's mail address, on its page

# Where members can send mail to post in the community. Variables: $address (the mail address).
community-mail-address = Skriv inlägg via e-post: { $address }
# Explanation next to the address when mail becomes forum topics.
community-mail-address-forum = Ett mejl från en medlem till den här adressen blir ett forumämne; ämnesraden blir dess titel.
# Explanation next to the address when mail becomes blog posts.
community-mail-address-blog = Ett mejl från en medlem till den här adressen blir ett blogginlägg; ämnesraden blir dess titel.

## The posting address on a community's settings page

# Heading of the section.
community-mail-heading = Inlägg via e-post
# Explanation under the heading.
community-mail-help = Ge gruppen en adress, så blir ett mejl dit från någon som får skriva inlägg här ett forumämne eller ett blogginlägg, med mejlets ämnesrad som titel. Lämna adressen tom om gruppen inte ska ha någon.
# Label of the address field (the part before the @).
field-mail-local = Adress
# Label of the choice of what a mail becomes.
field-posts-to = Ett mejl blir
# Choices.
community-mail-posts-forum = Ett forumämne
community-mail-posts-blog = Ett blogginlägg
# Save button and confirmation.
community-mail-save = Spara adressen
community-mail-saved = E-postadressen har sparats.
# When the community has neither a forum nor a blog.
community-mail-no-tool = Slå först på forumet eller bloggen: ett mejl blir ett ämne eller ett inlägg i något av dem.
# Field errors.
error-field-invalid-address = använd bokstäver, siffror, punkter, bindestreck och understreck (adresser som börjar med ”reply” är intranätets egna)
error-field-address-taken = en annan grupp har redan den här adressen
error-field-tool-off = gruppen har inte det här verktyget påslaget
