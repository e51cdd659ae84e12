## Mail in: the line in notice mails that says they can be answered, the answer to a mail
## that could not be posted, and a community's mail address.

# Line in a notice mail that can be answered by mail.
mail-reply-hint = Odpowiedz na ten e-mail, aby odpowiedzieć w intranecie. Pisz nad cytowanym tekstem; cytaty i twój podpis są pomijane.
# What a mail answering one's own mail was, in the list of mails sent.
mail-kind-answer = Odpowiedź na twój e-mail
# Subject of the answer to a mail that was not posted. Variables: $subject (the subject of the person's mail).
mail-answer-subject = Nie opublikowano: { $subject }
# Subject of the answer to a mail that waits for a compliance officer. Variables: $subject (the subject of the person's mail).
mail-answer-held-subject = Czeka na weryfikację: { $subject }
# First sentence of the answer. Variables: $address (where the mail was sent).
mail-answer-intro = Twój e-mail na adres { $address } nie został opublikowany w intranecie.
# First sentence of the answer when the mail waits for review. Variables: $address (where the mail was sent).
mail-answer-held-intro = Twój e-mail na adres { $address } został przyjęty, ale nie jest jeszcze opublikowany.
# Why: the text names a client. Variables: $names (the client names found, comma-separated).
mail-answer-reason-client-name = W tekście pojawia się nazwa klienta ({ $names }), więc nie można go tam zamieścić. Zmień te słowa albo napisz go w społeczności zastrzeżonej tego klienta.
# Why: the text names a client and waits for a compliance officer.
mail-answer-reason-held = W tekście pojawia się nazwa klienta, więc czeka on, aż specjalista ds. zgodności go zatwierdzi lub odrzuci. Do tego czasu nic nie zostanie opublikowane.
# Why: what the person answered is gone or no longer visible to them.
mail-answer-reason-gone = Treść, na którą odpowiadasz, już nie istnieje albo nie jest już dla ciebie widoczna.
# Why: the topic is locked.
mail-answer-reason-locked = Ten wątek jest zamknięty i nie można już na niego odpowiadać.
# Why: nothing of the person's own was left after quotes and signature were removed.
mail-answer-reason-empty = E-mail nie zawierał twojego własnego tekstu. Cytowany tekst i podpisy są pomijane, więc pisz nad cytatem.
# Why: a new topic or post needs a subject.
mail-answer-reason-no-title = Nowy wątek musi mieć tytuł, a e-mail nie miał tematu.
# Why: the text is too long.
mail-answer-reason-too-long = Tekst jest dłuższy, niż pozwala intranet.
# Why: the person may not post there (for example the community is archived).
mail-answer-reason-not-allowed = Nie możesz tam publikować.
# Why: an attached file could not be kept. Variables: $name (the file's name).
mail-answer-reason-file = Nie udało się zapisać załączonego pliku { $name }: jest zbyt duży albo w plikach społeczności zabrakło miejsca.
# Why: anything else went wrong.
mail-answer-reason-other = Intranet nie mógł teraz przyjąć tego e-maila. Spróbuj ponownie później.
# Heading above the person's own text, quoted back in the answer.
mail-answer-your-text = Twój tekst, żeby nic nie przepadło:
# Link text to the place the mail was meant for.
mail-answer-open = Otwórz w intranecie

## A community's mail address, on its page

# Where members can send mail to post in the community. Variables: $address (the mail address).
community-mail-address = Publikuj przez e-mail: { $address }
# Explanation next to the address when mail becomes forum topics.
community-mail-address-forum = E-mail od członka społeczności wysłany na ten adres staje się wątkiem na forum; temat e-maila staje się jego tytułem.
# Explanation next to the address when mail becomes blog posts.
community-mail-address-blog = E-mail od członka społeczności wysłany na ten adres staje się wpisem na blogu; temat e-maila staje się jego tytułem.

## The posting address on a community's settings page

# Heading of the section.
community-mail-heading = Publikowanie przez e-mail
# Explanation under the heading.
community-mail-help = Nadaj społeczności adres: e-mail wysłany na niego przez kogoś, kto może tu publikować, staje się wątkiem na forum lub wpisem na blogu, a temat e-maila – jego tytułem. Zostaw adres pusty, jeśli społeczność nie ma mieć adresu.
# Label of the address field (the part before the @).
field-mail-local = Adres
# Label of the choice of what a mail becomes.
field-posts-to = E-mail publikowany jako
# Choices.
community-mail-posts-forum = Wątek na forum
community-mail-posts-blog = Wpis na blogu
# Save button and confirmation.
community-mail-save = Zapisz adres
community-mail-saved = Adres e-mail został zapisany.
# When the community has neither a forum nor a blog.
community-mail-no-tool = Najpierw włącz forum lub blog: e-mail staje się wątkiem lub wpisem w jednym z nich.
# Field errors.
error-field-invalid-address = używaj liter, cyfr, kropek, łączników i podkreśleń (adresy zaczynające się od „reply” należą do samego intranetu)
error-field-address-taken = inna społeczność ma już ten adres
error-field-tool-off = społeczność nie ma włączonego tego narzędzia
