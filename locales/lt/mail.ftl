## Mail: the mails the intranet sends (notices and digests), the mail settings page, the
## unsubscribe page and the admins' mail page.

# User menu: link to the mail settings page.
nav-mail = El. pašto nustatymai
# Header link for admins to the mail status page.
nav-admin-mail = El. paštas
# Label of the group of choices on the mail settings page.
field-mode = Ką gaunu el. paštu
field-kinds = Pasirinkimai pagal pranešimo tipą

## Mail settings page (/account/mail)

# Page title and heading.
mail-settings-title = El. pašto nustatymai
# Where mail goes. Variables: $email (the account's address).
mail-settings-address = Laiškai siunčiami adresu { $email }.
# Shown when the intranet has no mail server configured.
mail-settings-off = Šis intranetas šiuo metu nesiunčia laiškų. Jūsų pasirinkimas bus išsaugotas, kol siuntimas prasidės.
# Choice: a mail for each notification.
mail-mode-immediate = Kiekvienas pranešimas iš karto
# Explanation under that choice.
mail-mode-immediate-hint = Laiškas apie kiekvieną paminėjimą, atsakymą, komentarą ar kitą pranešimą, vos tik jis atsiranda.
# Choice: one digest a day.
mail-mode-daily = Dienos suvestinė
# Explanation under that choice.
mail-mode-daily-hint = Vienas laiškas kiekvieną rytą apie tai, kas įvyko praėjusią dieną.
# Choice: one digest a week (the default).
mail-mode-weekly = Savaitės suvestinė
# Explanation under that choice.
mail-mode-weekly-hint = Vienas laiškas pirmadieniais apie tai, kas įvyko praėjusią savaitę. Tai numatytasis pasirinkimas.
# Choice: no mail.
mail-mode-never = Jokių laiškų
# Explanation under that choice.
mail-mode-never-hint = Intranetas jums nieko nesiunčia; viską matote, kai apsilankote.
# Heading of the choices by kind of notification, under the main choice.
mail-kinds-legend = Kai kurie pranešimai kitaip
# Explanation of the choices by kind.
mail-kinds-hint = Kiekvienai pranešimų rūšiai: kaip pasirinkta aukščiau, laiškas iš karto nepaisant to, ką pasirinkote aukščiau, arba jokių laiškų (tada pranešimas neįskaičiuojamas ir į jūsų suvestinę).
# Choices by kind of notification.
mail-kind-choice-default = Kaip aukščiau
mail-kind-choice-immediate = Laiškas iš karto
mail-kind-choice-never = Niekada el. paštu
# The kinds of notification, as labels of their choices.
mail-about-mention = Kas nors mane pamini
mail-about-reply = Atsakymas mano temoje
mail-about-comment = Komentaras prie mano įrašo
mail-about-like = Kam nors patinka mano įrašas
mail-about-accepted = Mano atsakymas priimtas
mail-about-join_request = Prašymas prisijungti prie mano moderuojamos bendruomenės
mail-about-approved = Mano prašymas prisijungti patvirtintas
mail-about-added = Mane prideda prie bendruomenės
mail-about-translation_outdated = Pakeistas mano vertimo originalas
mail-about-page_edited = Redaguotas wiki puslapis, kurį seku
mail-about-assigned = Man paskiriamas bendrosios pašto dėžutės pokalbis
# Save button.
mail-settings-save = Išsaugoti
# Confirmation after saving.
mail-settings-saved = Jūsų el. pašto nustatymai išsaugoti.
# Heading of the list of mails sent.
mail-log-title = Jums išsiųsti laiškai
# When no mail was sent yet.
mail-log-empty = Jums dar neišsiųstas nė vienas laiškas.
# Column headings of the list of mails sent.
mail-log-when = Kada
mail-log-what = Tema
mail-log-status = Būsena
# What a mail was, when it has no subject of its own.
mail-kind-notice = Pranešimas
mail-kind-digest = Suvestinė
# Where a mail is.
mail-status-queued = Laukia išsiuntimo
mail-status-sent = Išsiųstas
mail-status-dropped = Neišsiųstas: nebegalėjote matyti, apie ką jis buvo, arba pasirinkote negauti laiškų
mail-status-failed = Nepavyko pristatyti
# How many times sending was tried. Variables: $count (tries).
mail-log-tries = { $count ->
    [one] bandyta { $count } kartą, vėliau bus bandoma dar kartą
    [few] bandyta { $count } kartus, vėliau bus bandoma dar kartą
    [many] bandyta { $count } karto, vėliau bus bandoma dar kartą
   *[other] bandyta { $count } kartų, vėliau bus bandoma dar kartą
}

## The mails

# Subject and text of a mail about something in a restricted community: no title, no name.
mail-restricted-subject = Vienoje iš jūsų bendruomenių laukia kažkas naujo
mail-restricted-body = Vienoje iš bendruomenių, kurioms priklausote, jūsų laukia kažkas naujo. Atidarykite intranetą, kad tai pamatytumėte.
# Link text in a notice mail.
mail-open = Atidaryti intranete
# Subject of a daily digest. Variables: $count (new items).
mail-digest-subject-daily = { $count ->
    [0] Jūsų dienos suvestinė
    [one] Jūsų dienos suvestinė: { $count } naujas įrašas
    [few] Jūsų dienos suvestinė: { $count } nauji įrašai
    [many] Jūsų dienos suvestinė: { $count } naujo įrašo
   *[other] Jūsų dienos suvestinė: { $count } naujų įrašų
}
# Subject of a weekly digest. Variables: $count (new items).
mail-digest-subject-weekly = { $count ->
    [0] Jūsų savaitės suvestinė
    [one] Jūsų savaitės suvestinė: { $count } naujas įrašas
    [few] Jūsų savaitės suvestinė: { $count } nauji įrašai
    [many] Jūsų savaitės suvestinė: { $count } naujo įrašo
   *[other] Jūsų savaitės suvestinė: { $count } naujų įrašų
}
# First line of a digest. Variables: $name (the reader's name).
mail-digest-greeting = Sveiki, { $name }!
# Heading of a daily digest.
mail-digest-heading-daily = Kas nutiko vakar
# Heading of a weekly digest.
mail-digest-heading-weekly = Kas nutiko praėjusią savaitę
# Heading of the list of new items.
mail-digest-items = Jūsų bendruomenėse ir iš to, ką sekate
# One new item in a community. Variables: $title, $name (author), $community.
mail-digest-item = „{ $title }“ (autorius: { $name }, bendruomenė: { $community })
# One new item outside communities (a status update, a personal blog). Variables: $title, $name.
mail-digest-item-personal = „{ $title }“ (autorius: { $name })
# Link to the home stream when more items were found than listed. Variables: $count.
mail-digest-more = { $count ->
    [one] ir dar { $count } įrašas jūsų sraute
    [few] ir dar { $count } įrašai jūsų sraute
    [many] ir dar { $count } įrašo jūsų sraute
   *[other] ir dar { $count } įrašų jūsų sraute
}
# New items in restricted communities: counted, never named. Variables: $count.
mail-digest-restricted = { $count ->
    [one] Jūsų bendruomenėse laukia { $count } naujas įrašas.
    [few] Jūsų bendruomenėse laukia { $count } nauji įrašai.
    [many] Jūsų bendruomenėse laukia { $count } naujo įrašo.
   *[other] Jūsų bendruomenėse laukia { $count } naujų įrašų.
}
# Heading of the unanswered questions of the reader's helpdesks.
mail-digest-questions = Neatsakyti klausimai jūsų pagalbos tarnybų bendruomenėse
# One unanswered question. Variables: $title, $name (asker), $community.
mail-digest-question = „{ $title }“ (klausė: { $name }, bendruomenė: { $community })
# Unread notifications. Variables: $count.
mail-digest-unread = { $count ->
    [one] Turite { $count } neperskaitytą pranešimą.
    [few] Turite { $count } neperskaitytus pranešimus.
    [many] Turite { $count } neperskaityto pranešimo.
   *[other] Turite { $count } neperskaitytų pranešimų.
}
# Foot of every mail: why it came.
mail-footer-why = Šį laišką gaunate, nes turite paskyrą intranete.
# Foot of every mail: link to the mail settings.
mail-footer-settings = Pasirinkti, ką gauti el. paštu
# Foot of every mail: the one-click unsubscribe.
mail-footer-unsubscribe = Atsisakyti visų laiškų

## Unsubscribe page (/mail/unsubscribe/…)

# Page title and heading.
unsubscribe-title = Prenumeratos atsisakymas
# Whose mail. Variables: $email (the address, partly hidden).
unsubscribe-address = Laiškai adresu { $email }
# The question before unsubscribing.
unsubscribe-question = Nutraukti visus intraneto laiškus? Vis tiek matysite viską, kai apsilankysite.
# Button.
unsubscribe-confirm = Nutraukti visus laiškus
# After unsubscribing.
unsubscribe-done = Daugiau negausite laiškų iš intraneto.
# Link to the mail settings.
unsubscribe-settings = Vietoj to pasirinkti, ką gauti el. paštu

## Admins' mail page (/admin/mail)

# Page title and heading.
admin-mail-title = El. paštas
# When no SMTP server is configured.
admin-mail-off = El. paštas išjungtas: laiškai nededami į eilę ir nesiunčiami, nes nenustatytas GEMENSKAP_SMTP_URL.
# How to set it up.
admin-mail-help = Laiškai siunčiami per SMTP serverį, nurodytą GEMENSKAP_SMTP_URL (pavyzdžiui, smtp://mail.bank.example:25), iš adreso, nurodyto GEMENSKAP_MAIL_FROM. Žr. nustatymų lentelę README.
# Labels of the facts.
admin-mail-server = SMTP serveris
admin-mail-from = Siuntėjas
admin-mail-queued = Laukia išsiuntimo
admin-mail-sent = Išsiųsta per pastarąsias 24 valandas
admin-mail-failed = Nepavykę per pastarąsias 24 valandas
