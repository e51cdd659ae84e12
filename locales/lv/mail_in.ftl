## Mail in: the line in notice mails that says they can be answered, the answer to a mail
## that could not be posted, and a community's mail address.

# Line in a notice mail that can be answered by mail.
mail-reply-hint = Atbildiet uz šo vēstuli, lai atbildētu iekštīklā. Rakstiet virs citētā teksta; citāti un jūsu paraksts netiek iekļauti.
# What a mail answering one's own mail was, in the list of mails sent.
mail-kind-answer = Atbilde uz jūsu vēstuli
# Subject of the answer to a mail that was not posted. Variables: $subject (the subject of the person's mail).
mail-answer-subject = Nav publicēta: { $subject }
# Subject of the answer to a mail that waits for a compliance officer. Variables: $subject (the subject of the person's mail).
mail-answer-held-subject = Gaida pārbaudi: { $subject }
# First sentence of the answer. Variables: $address (where the mail was sent).
mail-answer-intro = Jūsu vēstule uz adresi { $address } netika publicēta iekštīklā.
# First sentence of the answer when the mail waits for review. Variables: $address (where the mail was sent).
mail-answer-held-intro = Jūsu vēstule uz adresi { $address } ir saņemta, taču vēl nav publicēta.
# Why: the text names a client. Variables: $names (the client names found, comma-separated).
mail-answer-reason-client-name = Tekstā ir minēts klients ({ $names }), tāpēc to tur rakstīt nedrīkst. Mainiet šos vārdus vai rakstiet tekstu klienta ierobežotajā kopienā.
# Why: the text names a client and waits for a compliance officer.
mail-answer-reason-held = Tekstā ir minēts klients, tāpēc tas gaida, kamēr atbilstības kontroles speciālists to apstiprinās vai noraidīs. Līdz tam nekas netiks publicēts.
# Why: what the person answered is gone or no longer visible to them.
mail-answer-reason-gone = Tas, uz ko atbildējāt, vairs nepastāv, vai arī jūs to vairs nevarat redzēt.
# Why: the topic is locked.
mail-answer-reason-locked = Šī tēma ir slēgta, un uz to vairs nevar atbildēt.
# Why: nothing of the person's own was left after quotes and signature were removed.
mail-answer-reason-empty = Vēstulē nebija jūsu rakstīta teksta. Citēts teksts un paraksti netiek iekļauti, tāpēc rakstiet virs citāta.
# Why: a new topic or post needs a subject.
mail-answer-reason-no-title = Jaunai tēmai vajadzīgs virsraksts, bet vēstulei nebija temata.
# Why: the text is too long.
mail-answer-reason-too-long = Teksts ir garāks, nekā iekštīkls pieļauj.
# Why: the person may not post there (for example the community is archived).
mail-answer-reason-not-allowed = Jūs tur nevarat publicēt.
# Why: an attached file could not be kept. Variables: $name (the file's name).
mail-answer-reason-file = Pievienoto failu { $name } neizdevās saglabāt: tas ir pārāk liels, vai arī kopienas failiem vairs nav vietas.
# Why: anything else went wrong.
mail-answer-reason-other = Iekštīkls pašlaik nevarēja pieņemt vēstuli. Lūdzu, mēģiniet vēlreiz vēlāk.
# Heading above the person's own text, quoted back in the answer.
mail-answer-your-text = Jūsu teksts, lai nekas nepazustu:
# Link text to the place the mail was meant for.
mail-answer-open = Atvērt iekštīklā

## A community's mail address, on its page

# Where members can send mail to post in the community. Variables: $address (the mail address).
community-mail-address = Publicēt pa e-pastu: { $address }
# Explanation next to the address when mail becomes forum topics.
community-mail-address-forum = Dalībnieka vēstule uz šo adresi kļūst par foruma tēmu; vēstules temats kļūst par tās virsrakstu.
# Explanation next to the address when mail becomes blog posts.
community-mail-address-blog = Dalībnieka vēstule uz šo adresi kļūst par bloga ierakstu; vēstules temats kļūst par tā virsrakstu.

## The posting address on a community's settings page

# Heading of the section.
community-mail-heading = Publicēšana pa e-pastu
# Explanation under the heading.
community-mail-help = Piešķiriet kopienai adresi: vēstule uz to no kāda, kas šeit drīkst publicēt, kļūst par foruma tēmu vai bloga ierakstu, un vēstules temats kļūst par virsrakstu. Ja adrese nav vajadzīga, atstājiet lauku tukšu.
# Label of the address field (the part before the @).
field-mail-local = Adrese
# Label of the choice of what a mail becomes.
field-posts-to = Vēstule tiek publicēta kā
# Choices.
community-mail-posts-forum = Foruma tēma
community-mail-posts-blog = Bloga ieraksts
# Save button and confirmation.
community-mail-save = Saglabāt adresi
community-mail-saved = E-pasta adrese ir saglabāta.
# When the community has neither a forum nor a blog.
community-mail-no-tool = Vispirms ieslēdziet forumu vai blogu: vēstule kļūst par tēmu vai ierakstu vienā no tiem.
# Field errors.
error-field-invalid-address = izmantojiet burtus, ciparus, punktus, defises un pasvītras (adreses, kas sākas ar „reply“, ir paša iekštīkla adreses)
error-field-address-taken = šī adrese jau ir citai kopienai
error-field-tool-off = kopienai šis rīks nav ieslēgts
