## Mail: the mails the intranet sends (notices and digests), the mail settings page, the
## unsubscribe page and the admins' mail page.

# User menu: link to the mail settings page.
nav-mail = Sähköpostiasetukset
# Header link for admins to the mail status page.
nav-admin-mail = Sähköposti
# Label of the group of choices on the mail settings page.
field-mode = Miten haluan saada sähköpostia
field-kinds = Valinnat ilmoitustyypeittäin

## Mail settings page (/account/mail)

# Page title and heading.
mail-settings-title = Sähköpostiasetukset
# Where mail goes. Variables: $email (the account's address).
mail-settings-address = Sähköpostit lähetetään osoitteeseen { $email }.
# Shown when the intranet has no mail server configured.
mail-settings-off = Tämä intranet ei lähetä sähköpostia tällä hetkellä. Valintasi säilyy siihen asti, kun lähettäminen alkaa.
# Choice: a mail for each notification.
mail-mode-immediate = Jokainen ilmoitus heti
# Explanation under that choice.
mail-mode-immediate-hint = Sähköposti jokaisesta maininnasta, vastauksesta, kommentista tai muusta ilmoituksesta heti, kun se tapahtuu.
# Choice: one digest a day.
mail-mode-daily = Päivittäinen kooste
# Explanation under that choice.
mail-mode-daily-hint = Yksi sähköposti joka aamu edellisen päivän tapahtumista.
# Choice: one digest a week (the default).
mail-mode-weekly = Viikoittainen kooste
# Explanation under that choice.
mail-mode-weekly-hint = Yksi sähköposti maanantaisin edellisen viikon tapahtumista. Tämä on oletus.
# Choice: no mail.
mail-mode-never = Ei sähköpostia
# Explanation under that choice.
mail-mode-never-hint = Intranet ei lähetä sinulle mitään; näet kaiken, kun käyt intranetissä.
# Heading of the choices by kind of notification, under the main choice.
mail-kinds-legend = Joillekin ilmoituksille oma valinta
# Explanation of the choices by kind.
mail-kinds-hint = Jokaiselle ilmoitustyypille: kuten yllä, sähköposti heti riippumatta yllä valitsemastasi tai ei koskaan sähköpostia (eikä ilmoitusta silloin lasketa mukaan koosteeseesi).
# Choices by kind of notification.
mail-kind-choice-default = Kuten yllä
mail-kind-choice-immediate = Sähköposti heti
mail-kind-choice-never = Ei koskaan sähköpostia
# The kinds of notification, as labels of their choices.
mail-about-mention = Joku mainitsee minut
mail-about-reply = Vastaus aiheeseeni
mail-about-comment = Kommentti julkaisuuni
mail-about-like = Joku tykkää kirjoituksestani
mail-about-accepted = Vastaukseni hyväksytään
mail-about-join_request = Liittymispyyntö moderoimaani yhteisöön
mail-about-approved = Liittymispyyntöni hyväksytään
mail-about-added = Minut lisätään yhteisöön
mail-about-translation_outdated = Käännökseni alkuperäistä muokataan
mail-about-page_edited = Seuraamaani wikisivua muokataan
mail-about-assigned = Minulle annetaan käsiteltäväksi jaetun postilaatikon keskustelu
# Save button.
mail-settings-save = Tallenna
# Confirmation after saving.
mail-settings-saved = Sähköpostiasetuksesi on tallennettu.
# Heading of the list of mails sent.
mail-log-title = Sinulle lähetetyt sähköpostit
# When no mail was sent yet.
mail-log-empty = Sinulle ei ole vielä lähetetty sähköpostia.
# Column headings of the list of mails sent.
mail-log-when = Milloin
mail-log-what = Aihe
mail-log-status = Tila
# What a mail was, when it has no subject of its own.
mail-kind-notice = Ilmoitus
mail-kind-digest = Kooste
# Where a mail is.
mail-status-queued = Odottaa lähetystä
mail-status-sent = Lähetetty
mail-status-dropped = Ei lähetetty: et enää nähnyt, mitä se koski, tai valitsit, ettet halua sähköpostia
mail-status-failed = Ei voitu toimittaa
# How many times sending was tried. Variables: $count (tries).
mail-log-tries = { $count ->
    [one] yritetty kerran, yritetään myöhemmin uudelleen
   *[other] yritetty { $count } kertaa, yritetään myöhemmin uudelleen
}

## The mails

# Subject and text of a mail about something in a restricted community: no title, no name.
mail-restricted-subject = Jotain uutta odottaa yhteisössä, johon kuulut
mail-restricted-body = Sinua odottaa jotain uutta yhteisössä, johon kuulut. Avaa intranet nähdäksesi sen.
# Link text in a notice mail.
mail-open = Avaa intranetissä
# Subject of a daily digest. Variables: $count (new items).
mail-digest-subject-daily = { $count ->
    [0] Päivän kooste
    [one] Päivän kooste: yksi uusi julkaisu
   *[other] Päivän kooste: { $count } uutta julkaisua
}
# Subject of a weekly digest. Variables: $count (new items).
mail-digest-subject-weekly = { $count ->
    [0] Viikon kooste
    [one] Viikon kooste: yksi uusi julkaisu
   *[other] Viikon kooste: { $count } uutta julkaisua
}
# First line of a digest. Variables: $name (the reader's name).
mail-digest-greeting = Hei { $name }!
# Heading of a daily digest.
mail-digest-heading-daily = Eilen tapahtunutta
# Heading of a weekly digest.
mail-digest-heading-weekly = Viime viikolla tapahtunutta
# Heading of the list of new items.
mail-digest-items = Yhteisöistäsi ja seuraamistasi kohteista
# One new item in a community. Variables: $title, $name (author), $community.
mail-digest-item = ”{ $title }” (kirjoittaja: { $name }, yhteisö: { $community })
# One new item outside communities (a status update, a personal blog). Variables: $title, $name.
mail-digest-item-personal = ”{ $title }” (kirjoittaja: { $name })
# Link to the home stream when more items were found than listed. Variables: $count.
mail-digest-more = { $count ->
    [one] ja yksi julkaisu lisää syötteessäsi
   *[other] ja { $count } julkaisua lisää syötteessäsi
}
# New items in restricted communities: counted, never named. Variables: $count.
mail-digest-restricted = { $count ->
    [one] Yksi uusi julkaisu odottaa yhteisössä, johon kuulut.
   *[other] { $count } uutta julkaisua odottaa yhteisöissä, joihin kuulut.
}
# Heading of the unanswered questions of the reader's helpdesks.
mail-digest-questions = Vastaamattomat kysymykset neuvontayhteisöissäsi
# One unanswered question. Variables: $title, $name (asker), $community.
mail-digest-question = ”{ $title }” (kysyjä: { $name }, yhteisö: { $community })
# Unread notifications. Variables: $count.
mail-digest-unread = { $count ->
    [one] Sinulla on yksi lukematon ilmoitus.
   *[other] Sinulla on { $count } lukematonta ilmoitusta.
}
# Foot of every mail: why it came.
mail-footer-why = Saat tämän sähköpostin, koska sinulla on tili intranetissä.
# Foot of every mail: link to the mail settings.
mail-footer-settings = Valitse, mitä saat sähköpostiin
# Foot of every mail: the one-click unsubscribe.
mail-footer-unsubscribe = Peru kaikki sähköpostit

## Unsubscribe page (/mail/unsubscribe/…)

# Page title and heading.
unsubscribe-title = Sähköpostien peruminen
# Whose mail. Variables: $email (the address, partly hidden).
unsubscribe-address = Sähköpostit osoitteeseen { $email }
# The question before unsubscribing.
unsubscribe-question = Lopetetaanko kaikki intranetin sähköpostit? Näet edelleen kaiken, kun käyt intranetissä.
# Button.
unsubscribe-confirm = Lopeta kaikki sähköpostit
# After unsubscribing.
unsubscribe-done = Et saa enää sähköpostia intranetistä.
# Link to the mail settings.
unsubscribe-settings = Valitse sen sijaan, mitä saat sähköpostiin

## Admins' mail page (/admin/mail)

# Page title and heading.
admin-mail-title = Sähköposti
# When no SMTP server is configured.
admin-mail-off = Sähköposti on pois käytöstä: sähköposteja ei lisätä jonoon eikä lähetetä, koska GEMENSKAP_SMTP_URL-asetusta ei ole määritetty.
# How to set it up.
admin-mail-help = Sähköpostit lähetetään GEMENSKAP_SMTP_URL-asetuksessa määritetylle SMTP-palvelimelle (esimerkiksi smtp://mail.bank.example:25) GEMENSKAP_MAIL_FROM-asetuksen osoitteesta. Katso asetustaulukko README-tiedostosta.
# Labels of the facts.
admin-mail-server = SMTP-palvelin
admin-mail-from = Lähettäjä
admin-mail-queued = Odottaa lähetystä
admin-mail-sent = Lähetetyt viimeisen 24 tunnin aikana
admin-mail-failed = Lopullisesti epäonnistuneet viimeisen 24 tunnin aikana
