## Mail in: the line in notice mails that says they can be answered, the answer to a mail
## that could not be posted, and a community's mail address.

# Line in a notice mail that can be answered by mail.
mail-reply-hint = Vastaa tähän sähköpostiin, niin vastauksesi julkaistaan intranetissä. Kirjoita lainatun tekstin yläpuolelle; lainauksia ja allekirjoitustasi ei oteta mukaan.
# What a mail answering one's own mail was, in the list of mails sent.
mail-kind-answer = Vastaus sähköpostiisi
# Subject of the answer to a mail that was not posted. Variables: $subject (the subject of the person's mail).
mail-answer-subject = Ei julkaistu: { $subject }
# Subject of the answer to a mail that waits for a compliance officer. Variables: $subject (the subject of the person's mail).
mail-answer-held-subject = Odottaa tarkastusta: { $subject }
# First sentence of the answer. Variables: $address (where the mail was sent).
mail-answer-intro = Sähköpostiasi osoitteeseen { $address } ei julkaistu intranetissä.
# First sentence of the answer when the mail waits for review. Variables: $address (where the mail was sent).
mail-answer-held-intro = Sähköpostisi osoitteeseen { $address } vastaanotettiin, mutta sitä ei ole vielä julkaistu.
# Why: the text names a client. Variables: $names (the client names found, comma-separated).
mail-answer-reason-client-name = Tekstissä mainitaan asiakas ({ $names }), eikä sitä saa kirjoittaa sinne. Muuta nämä sanat tai kirjoita teksti asiakkaan rajattuun yhteisöön.
# Why: the text names a client and waits for a compliance officer.
mail-answer-reason-held = Tekstissä mainitaan asiakas, joten se odottaa, että compliance-vastaava hyväksyy tai hylkää sen. Mitään ei julkaista sitä ennen.
# Why: what the person answered is gone or no longer visible to them.
mail-answer-reason-gone = Sitä, mihin vastasit, ei enää ole, tai et enää näe sitä.
# Why: the topic is locked.
mail-answer-reason-locked = Aihe on lukittu, eikä siihen voi enää vastata.
# Why: nothing of the person's own was left after quotes and signature were removed.
mail-answer-reason-empty = Sähköpostissa ei ollut omaa tekstiäsi. Lainattua tekstiä ja allekirjoituksia ei oteta mukaan, joten kirjoita lainauksen yläpuolelle.
# Why: a new topic or post needs a subject.
mail-answer-reason-no-title = Uusi aihe tarvitsee otsikon, mutta sähköpostin aiherivi oli tyhjä.
# Why: the text is too long.
mail-answer-reason-too-long = Teksti on pidempi kuin intranet sallii.
# Why: the person may not post there (for example the community is archived).
mail-answer-reason-not-allowed = Et voi julkaista sinne.
# Why: an attached file could not be kept. Variables: $name (the file's name).
mail-answer-reason-file = Liitetiedostoa { $name } ei voitu tallentaa: se on liian suuri, tai yhteisön tiedostotila on täynnä.
# Why: anything else went wrong.
mail-answer-reason-other = Intranet ei pystynyt vastaanottamaan sähköpostia juuri nyt. Yritä myöhemmin uudelleen.
# Heading above the person's own text, quoted back in the answer.
mail-answer-your-text = Tekstisi, jotta mitään ei katoa:
# Link text to the place the mail was meant for.
mail-answer-open = Avaa intranetissä

## A community's mail address, on its page

# Where members can send mail to post in the community. Variables: $address (the mail address).
community-mail-address = Julkaise sähköpostilla: { $address }
# Explanation next to the address when mail becomes forum topics.
community-mail-address-forum = Jäsenen tähän osoitteeseen lähettämästä sähköpostista tulee keskustelupalstan aihe; aiherivistä tulee sen otsikko.
# Explanation next to the address when mail becomes blog posts.
community-mail-address-blog = Jäsenen tähän osoitteeseen lähettämästä sähköpostista tulee blogikirjoitus; aiherivistä tulee sen otsikko.

## The posting address on a community's settings page

# Heading of the section.
community-mail-heading = Julkaiseminen sähköpostilla
# Explanation under the heading.
community-mail-help = Anna yhteisölle osoite, niin siihen lähetetystä sähköpostista tulee keskustelupalstan aihe tai blogikirjoitus, jos lähettäjä saa julkaista täällä. Sähköpostin aiherivistä tulee otsikko. Jätä osoite tyhjäksi, jos yhteisöllä ei ole osoitetta.
# Label of the address field (the part before the @).
field-mail-local = Osoite
# Label of the choice of what a mail becomes.
field-posts-to = Sähköpostista tulee
# Choices.
community-mail-posts-forum = Keskustelupalstan aihe
community-mail-posts-blog = Blogikirjoitus
# Save button and confirmation.
community-mail-save = Tallenna osoite
community-mail-saved = Sähköpostiosoite on tallennettu.
# When the community has neither a forum nor a blog.
community-mail-no-tool = Ota ensin käyttöön keskustelupalsta tai blogi: sähköpostista tulee aihe tai kirjoitus jompaankumpaan niistä.
# Field errors.
error-field-invalid-address = käytä kirjaimia, numeroita, pisteitä, yhdysmerkkejä ja alaviivoja (”reply”-alkuiset osoitteet ovat intranetin omia)
error-field-address-taken = toisella yhteisöllä on jo tämä osoite
error-field-tool-off = yhteisöllä ei ole tätä työkalua käytössä
