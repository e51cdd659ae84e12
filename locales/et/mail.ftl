## Mail: the mails the intranet sends (notices and digests), the mail settings page, the
## unsubscribe page and the admins' mail page.

# User menu: link to the mail settings page.
nav-mail = E-posti seaded
# Header link for admins to the mail status page.
nav-admin-mail = E-post
# Label of the group of choices on the mail settings page.
field-mode = Kuidas soovin e-posti teel teavet saada
field-kinds = Valikud teavituse liigi järgi

## Mail settings page (/account/mail)

# Page title and heading.
mail-settings-title = E-posti seaded
# Where mail goes. Variables: $email (the account's address).
mail-settings-address = E-kirjad saadetakse aadressile { $email }.
# Shown when the intranet has no mail server configured.
mail-settings-off = See intranet ei saada praegu e-kirju. Teie valik jääb alles ajaks, mil saatmine algab.
# Choice: a mail for each notification.
mail-mode-immediate = Iga teavitus kohe
# Explanation under that choice.
mail-mode-immediate-hint = E-kiri iga mainimise, vastuse, kommentaari või muu teavituse kohta kohe, kui see juhtub.
# Choice: one digest a day.
mail-mode-daily = Igapäevane kokkuvõte
# Explanation under that choice.
mail-mode-daily-hint = Üks e-kiri igal hommikul eelmise päeva sündmustega.
# Choice: one digest a week (the default).
mail-mode-weekly = Iganädalane kokkuvõte
# Explanation under that choice.
mail-mode-weekly-hint = Üks e-kiri igal esmaspäeval eelmise nädala sündmustega. See on vaikevalik.
# Choice: no mail.
mail-mode-never = Ilma e-kirjadeta
# Explanation under that choice.
mail-mode-never-hint = Intranet ei saada teile midagi; näete kõike, kui intranetti külastate.
# Heading of the choices by kind of notification, under the main choice.
mail-kinds-legend = Mõned teavitused teisiti
# Explanation of the choices by kind.
mail-kinds-hint = Iga teavitusliigi puhul: nagu eespool valitud, e-kiri kohe olenemata eespool tehtud valikust või mitte kunagi e-kirja (siis ei arvestata seda ka teie kokkuvõttes).
# Choices by kind of notification.
mail-kind-choice-default = Nagu eespool
mail-kind-choice-immediate = E-kiri kohe
mail-kind-choice-never = Mitte kunagi e-kirja
# The kinds of notification, as labels of their choices.
mail-about-mention = Keegi mainib mind
mail-about-reply = Vastus minu teemale
mail-about-comment = Kommentaar minu postitusele
mail-about-like = Meeldimised minu postitustele
mail-about-accepted = Minu vastus kinnitatakse
mail-about-join_request = Liitumistaotlus kogukonda, mida modereerin
mail-about-approved = Minu liitumistaotlus kinnitatakse
mail-about-added = Mind lisatakse kogukonda
mail-about-translation_outdated = Minu tõlke originaali muudetakse
mail-about-page_edited = Muudetakse vikilehte, mida jälgin
mail-about-assigned = Mulle määratakse ühise postkasti vestlus
# Save button.
mail-settings-save = Salvesta
# Confirmation after saving.
mail-settings-saved = Teie e-posti seaded on salvestatud.
# Heading of the list of mails sent.
mail-log-title = Teile saadetud e-kirjad
# When no mail was sent yet.
mail-log-empty = Teile pole veel ühtegi e-kirja saadetud.
# Column headings of the list of mails sent.
mail-log-when = Millal
mail-log-what = Teema
mail-log-status = Olek
# What a mail was, when it has no subject of its own.
mail-kind-notice = Teavitus
mail-kind-digest = Kokkuvõte
# Where a mail is.
mail-status-queued = Ootab saatmist
mail-status-sent = Saadetud
mail-status-dropped = Saatmata: te ei näinud enam seda, mida see puudutas, või valisite, et e-kirju ei saadeta
mail-status-failed = Kohale toimetamine ebaõnnestus
# How many times sending was tried. Variables: $count (tries).
mail-log-tries = { $count ->
    [one] proovitud üks kord, proovitakse hiljem uuesti
   *[other] proovitud { $count } korda, proovitakse hiljem uuesti
}

## The mails

# Subject and text of a mail about something in a restricted community: no title, no name.
mail-restricted-subject = Ühes teie kogukonnas ootab midagi uut
mail-restricted-body = Ühes kogukonnas, mille liige te olete, ootab teid midagi uut. Selle nägemiseks avage intranet.
# Link text in a notice mail.
mail-open = Ava intranetis
# Subject of a daily digest. Variables: $count (new items).
mail-digest-subject-daily = { $count ->
    [0] Teie päeva kokkuvõte
    [one] Teie päeva kokkuvõte: üks uus postitus
   *[other] Teie päeva kokkuvõte: { $count } uut postitust
}
# Subject of a weekly digest. Variables: $count (new items).
mail-digest-subject-weekly = { $count ->
    [0] Teie nädala kokkuvõte
    [one] Teie nädala kokkuvõte: üks uus postitus
   *[other] Teie nädala kokkuvõte: { $count } uut postitust
}
# First line of a digest. Variables: $name (the reader's name).
mail-digest-greeting = Tere, { $name }!
# Heading of a daily digest.
mail-digest-heading-daily = Mis juhtus eile
# Heading of a weekly digest.
mail-digest-heading-weekly = Mis juhtus eelmisel nädalal
# Heading of the list of new items.
mail-digest-items = Teie kogukondadest ja sellest, mida jälgite
# One new item in a community. Variables: $title, $name (author), $community.
mail-digest-item = „{ $title }“ (autor: { $name }, kogukond: { $community })
# One new item outside communities (a status update, a personal blog). Variables: $title, $name.
mail-digest-item-personal = „{ $title }“ (autor: { $name })
# Link to the home stream when more items were found than listed. Variables: $count.
mail-digest-more = { $count ->
    [one] ja veel üks postitus teie voos
   *[other] ja veel { $count } postitust teie voos
}
# New items in restricted communities: counted, never named. Variables: $count.
mail-digest-restricted = { $count ->
    [one] Ühes teie kogukonnas ootab üks uus postitus.
   *[other] Teie kogukondades ootab { $count } uut postitust.
}
# Heading of the unanswered questions of the reader's helpdesks.
mail-digest-questions = Vastamata küsimused teie kasutajatoe kogukondades
# One unanswered question. Variables: $title, $name (asker), $community.
mail-digest-question = „{ $title }“ (küsija: { $name }, kogukond: { $community })
# Unread notifications. Variables: $count.
mail-digest-unread = { $count ->
    [one] Teil on üks lugemata teavitus.
   *[other] Teil on { $count } lugemata teavitust.
}
# Foot of every mail: why it came.
mail-footer-why = Saite selle e-kirja, kuna teil on intranetis konto.
# Foot of every mail: link to the mail settings.
mail-footer-settings = Vali, mida e-posti teel saada
# Foot of every mail: the one-click unsubscribe.
mail-footer-unsubscribe = Loobu kõigist e-kirjadest

## Unsubscribe page (/mail/unsubscribe/…)

# Page title and heading.
unsubscribe-title = E-kirjadest loobumine
# Whose mail. Variables: $email (the address, partly hidden).
unsubscribe-address = E-kirjad aadressile { $email }
# The question before unsubscribing.
unsubscribe-question = Kas lõpetada kõigi intraneti e-kirjade saatmine? Näete endiselt kõike, kui intranetti külastate.
# Button.
unsubscribe-confirm = Lõpeta kõigi e-kirjade saatmine
# After unsubscribing.
unsubscribe-done = Te ei saa intranetist enam e-kirju.
# Link to the mail settings.
unsubscribe-settings = Vali hoopis, mida e-posti teel saada

## Admins' mail page (/admin/mail)

# Page title and heading.
admin-mail-title = E-post
# When no SMTP server is configured.
admin-mail-off = E-post on välja lülitatud: e-kirju ei panda järjekorda ega saadeta, sest GEMENSKAP_SMTP_URL pole määratud.
# How to set it up.
admin-mail-help = E-kirjad saadetakse GEMENSKAP_SMTP_URL-is määratud SMTP-serverisse (näiteks smtp://mail.bank.example:25) GEMENSKAP_MAIL_FROM-is määratud aadressilt. Vaadake README seadete tabelit.
# Labels of the facts.
admin-mail-server = SMTP-server
admin-mail-from = Saatja
admin-mail-queued = Ootab saatmist
admin-mail-sent = Saadetud viimase 24 tunni jooksul
admin-mail-failed = Loobutud viimase 24 tunni jooksul
