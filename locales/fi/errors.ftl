### Error messages and form field names, shown in alert boxes above form buttons and on pages.

# Not logged in, or the session ended.
error-unauthenticated = Jatka kirjautumalla sisään.
# Login failed: wrong e-mail or password (also for unknown or disabled accounts).
error-invalid-credentials = Sähköpostiosoite tai salasana on väärä.
# The action is not allowed for this user.
error-forbidden = Sinulla ei ole oikeutta tähän toimintoon.
# A change was sent from another web site (a forged request), so it was refused.
error-cross-origin = Pyyntö tuli toiselta verkkosivustolta, ja se hylättiin. Avaa intranet suoraan ja yritä uudelleen.
# The page or item does not exist or is not visible to this user.
error-not-found = Kohdetta ei löytynyt.
# Too many attempts. Variables: $seconds (whole seconds until trying again).
error-rate-limited = { $seconds ->
    [one] Liian monta yritystä. Yritä uudelleen { $seconds } sekunnin kuluttua.
   *[other] Liian monta yritystä. Yritä uudelleen { $seconds } sekunnin kuluttua.
}
# Some form fields are not valid; the list of fields follows.
error-validation-failed = Korjaa seuraavat kohdat:
# One line of the list under error-validation-failed. Variables: $field (the field's name), $problem (what is wrong with it).
error-field-line = { $field }: { $problem }
# Creating an account whose e-mail address is in use.
error-email-taken = Tällä sähköpostiosoitteella on jo käyttäjätili.
# Password change: the current password given was wrong.
error-wrong-password = Nykyinen salasana on väärä.
# A restricted community is full. Variables: $cap.
error-member-cap-reached = { $cap ->
    [one] Yhteisö on täynnä: rajatussa yhteisössä voi olla enintään { $cap } jäsen. Poista ensin joku jäsen tai kysy ylläpitäjältä jäsenmäärän ylärajasta.
   *[other] Yhteisö on täynnä: rajatussa yhteisössä voi olla enintään { $cap } jäsentä. Poista ensin joku jäsen tai kysy ylläpitäjältä jäsenmäärän ylärajasta.
}
# The person is a member already.
error-already-member = Henkilö on jo jäsen.
# The change would leave the community without an owner.
error-last-owner = Yhteisöllä on oltava vähintään yksi omistaja. Tee ensin joku toinen omistajaksi.
# The community is archived.
error-community-archived = Yhteisö on arkistoitu, eikä sitä voi muuttaa. Omistaja voi palauttaa sen.
error-locked = Aihe on lukittu, eikä siihen voi enää vastata.
# The request could not be understood (a bug or an outdated page).
error-invalid-request = Pyyntöä ei voitu käsitellä. Päivitä sivu ja yritä uudelleen.
# What was sent is larger than the server accepts. Variables: $kilobytes (the limit in KB).
error-payload-too-large = Lähettämäsi sisältö on liian suuri: enintään { $kilobytes } kt. Lyhennä sitä ja yritä uudelleen; tekstisi on yhä lomakkeessa.
# What was sent is of a kind the server does not read (a bug or a forged request).
error-unsupported-media-type = Palvelin ei pysty lukemaan lähetettyä sisältöä. Päivitä sivu ja yritä uudelleen.
# The address is too long.
error-uri-too-long = Osoite on liian pitkä. Lyhennä hakua tai suodatusta ja yritä uudelleen.
# The request's headers (often cookies) are too large.
error-headers-too-large = Selaimesi lähetti pyynnön mukana liikaa tietoa. Tämän sivuston evästeiden tyhjentäminen auttaa yleensä.
# The address exists, but not for this kind of request (a bug or an outdated page).
error-method-not-allowed = Tämä osoite ei hyväksy tämäntyyppistä pyyntöä. Päivitä sivu ja yritä uudelleen.
# A search or list address names one parameter twice. Variables: $name (the parameter).
error-duplicate-parameter = Osoitteessa on parametri { $name } useammin kuin kerran. Poista ylimääräinen ja yritä uudelleen.
# The browser could not reach the server.
error-network = Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteytesi ja yritä uudelleen.
# A fault on the server. Variables: $reference (an id that is also in the server log).
error-internal = Palvelussa tapahtui virhe. Jos virhe toistuu, anna käyttäjätuelle tämä viitetunnus: { $reference }
# A required field is empty.
error-field-required = pakollinen tieto
# A text is too long. Variables: $limit (the maximum number of characters).
error-field-too-long = { $limit ->
    [one] enintään { $limit } merkki
   *[other] enintään { $limit } merkkiä
}
# A password is too short. Variables: $limit (the minimum number of characters).
error-field-too-short = { $limit ->
    [one] vähintään { $limit } merkki
   *[other] vähintään { $limit } merkkiä
}
# Not an e-mail address.
error-field-invalid-email = anna sähköpostiosoite muodossa nimi@example.com
# A UI language that the product does not offer.
error-field-unsupported-language = valitse jokin tarjolla olevista kielistä
# A country that is not in the list.
error-field-unknown-country = valitse maa luettelosta
# A language tag that is not valid.
error-field-invalid-language = jokin kielistä on virheellinen
# Too many items. Variables: $limit (the maximum count).
error-field-too-many = { $limit ->
    [one] enintään { $limit } kohde
   *[other] enintään { $limit } kohdetta
}
# A tag with characters other than letters, digits, - _ and . or too long. Variables: $limit (the maximum number of characters).
error-field-invalid-tag = { $limit ->
    [one] käytä vain kirjaimia, numeroita ja merkkejä - _ ., enintään { $limit } merkki tunnistetta kohden
   *[other] käytä vain kirjaimia, numeroita ja merkkejä - _ ., enintään { $limit } merkkiä tunnistetta kohden
}
# Accepting an answer on a topic that is not a question.
error-field-not-a-question = aihe ei ole kysymys
# Commenting on something that takes no comments (a topic takes replies instead).
error-field-not-commentable = tätä ei voi kommentoida; vastaa sen sijaan aiheeseen
# Translating into the language the item is already written in.
error-field-same-language = alkuperäinen on jo tällä kielellä
# A translation into this language exists already.
error-field-translation-exists = tälle kielelle on jo käännös; muokkaa sitä
# Translating something that is not translated (a comment, a draft, or a translation).
error-field-not-translatable = tätä ei voi kääntää; käännä julkaisu, johon se kuuluu
# An expertise tag is too long. Variables: $limit (the maximum number of characters per tag).
error-field-tag-too-long = { $limit ->
    [one] kussakin aiheessa saa olla enintään { $limit } merkki
   *[other] kussakin aiheessa saa olla enintään { $limit } merkkiä
}
# An admin tried to disable their own account.
error-field-cannot-disable-self = et voi poistaa omaa tiliäsi käytöstä

# A community's kind, template, role or tool is not one of those offered.
error-field-invalid-choice = valitse jokin tarjolla olevista vaihtoehdoista
# A client team was given a visibility other than restricted.
error-field-client-team-restricted = asiakastiimin on oltava rajattu
# A member cap was given for a community that is not restricted.
error-field-cap-only-restricted = jäsenmäärän yläraja on vain rajatuilla yhteisöillä
# A number is outside what is allowed. Variables: $limit (the highest allowed).
error-field-out-of-range = anna luku väliltä 1–{ $limit }
# No active person has the e-mail address given.
error-field-no-such-person = tällä sähköpostiosoitteella ei löydy aktiivista henkilöä
# A date is not written as a date.
error-field-invalid-date = anna päivämäärä muodossa 2026-11-27
# The end of a range is before its start.
error-field-before-start = loppupäivä on ennen alkupäivää
# A community's own cap is below its member count. Variables: $limit (the member count).
error-field-below-member-count = jäseniä on jo { $limit }; poista ensin joitakin tai valitse vähintään yhtä suuri luku

## Form field names: labels of form fields, and the field names in error lists.

field-email = Sähköpostiosoite
field-password = Salasana
field-current-password = Nykyinen salasana
field-new-password = Uusi salasana
field-display-name = Nimi
field-title = Nimike
field-department = Osasto
field-country = Maa
field-ui-language = Käyttöliittymän kieli
field-read-languages = Kielet, joita luen
field-about = Tietoja minusta
field-expertise = Osaaminen
field-lang = Kieli
field-id = Käyttäjätili
field-name = Nimi
field-description = Kuvaus
field-visibility = Kuka näkee
field-template = Tyyppi
field-languages = Kielet
field-member-cap = Jäsenmäärän yläraja
field-tools = Työkalut
field-forum-mode = Keskustelupalstan tila
field-reason = Perustelu
field-message = Viesti
field-role = Rooli
field-restricted-member-cap = Rajatun yhteisön jäsenmäärän yläraja
field-from = Alkupäivä
field-to = Loppupäivä
field-body = Teksti
field-text = Teksti
field-tags = Tunnisteet
field-target-id = Kohde
field-topic-id = Aihe
field-community-slug = Yhteisö
# Text with a control character (such as NUL), often pasted from another program.
error-field-control-character = poista näkymättömät ohjausmerkit (niitä tulee usein mukaan, kun tekstiä liitetään toisesta ohjelmasta)
# A one-line field (name, title, tag) with zero-width, direction-changing or other invisible characters.
error-field-invisible-character = poista näkymättömät merkit (nollalevyiset merkit tai suuntamerkit)
# A display name that looks the same as a colleague's.
error-field-confusable-name = kollegalla on jo samalta näyttävä nimi; lisää jotain, mikä erottaa teidät, esimerkiksi toisen etunimen alkukirjain
# A text whose quotes or lists are nested too deeply. Variables: $limit (the deepest nesting allowed).
error-field-too-deep = { $limit ->
    [one] lainauksia ja luetteloita voi olla sisäkkäin enintään { $limit } taso
   *[other] lainauksia ja luetteloita voi olla sisäkkäin enintään { $limit } tasoa
}
# A text whose formatting took too long to render (deeply nested or unusual Markdown).
error-field-too-complex = muotoilu on liian monimutkainen näytettäväksi; yksinkertaista lainauksia, luetteloita tai linkkejä
