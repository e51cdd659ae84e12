### Error messages and form field names, shown in alert boxes above form buttons and on pages.

# Not logged in, or the session ended.
error-unauthenticated = Jätkamiseks logige sisse.
# Login failed: wrong e-mail or password (also for unknown or disabled accounts).
error-invalid-credentials = E-posti aadress või parool on vale.
# The action is not allowed for this user.
error-forbidden = Teil ei ole selleks toiminguks õigust.
# A change was sent from another web site (a forged request), so it was refused.
error-cross-origin = See päring tuli teiselt veebisaidilt ja lükati tagasi. Avage intranet otse ja proovige uuesti.
# The page or item does not exist or is not visible to this user.
error-not-found = Soovitud sisu ei leitud.
# Too many attempts. Variables: $seconds (whole seconds until trying again).
error-rate-limited = { $seconds ->
    [one] Liiga palju katseid. Proovige uuesti { $seconds } sekundi pärast.
   *[other] Liiga palju katseid. Proovige uuesti { $seconds } sekundi pärast.
}
# Some form fields are not valid; the list of fields follows.
error-validation-failed = Palun parandage järgmised vead:
# One line of the list under error-validation-failed. Variables: $field (the field's name), $problem (what is wrong with it).
error-field-line = { $field }: { $problem }
# Creating an account whose e-mail address is in use.
error-email-taken = Selle e-posti aadressiga konto on juba olemas.
# Password change: the current password given was wrong.
error-wrong-password = Praegune parool on vale.
# A restricted community is full. Variables: $cap.
error-member-cap-reached = { $cap ->
    [one] Kogukond on täis: piiratud kogukonnas võib olla kõige rohkem { $cap } liige. Eemaldage kõigepealt keegi või küsige liikmete ülemmäära kohta administraatorilt.
   *[other] Kogukond on täis: piiratud kogukonnas võib olla kõige rohkem { $cap } liiget. Eemaldage kõigepealt keegi või küsige liikmete ülemmäära kohta administraatorilt.
}
# The person is a member already.
error-already-member = See inimene on juba liige.
# The change would leave the community without an owner.
error-last-owner = Kogukonnal peab olema vähemalt üks omanik. Määrake kõigepealt keegi teine omanikuks.
# The community is archived.
error-community-archived = See kogukond on arhiveeritud ja seda ei saa muuta. Omanik saab selle taastada.
error-locked = See teema on lukustatud ja sellele ei saa enam vastata.
# The request could not be understood (a bug or an outdated page).
error-invalid-request = Päringut ei õnnestunud töödelda. Värskendage lehte ja proovige uuesti.
# What was sent is larger than the server accepts. Variables: $kilobytes (the limit in KB).
error-payload-too-large = Saadetud sisu on liiga suur: kõige rohkem { $kilobytes } KB. Lühendage seda ja proovige uuesti; teie tekst on vormil alles.
# What was sent is of a kind the server does not read (a bug or a forged request).
error-unsupported-media-type = Server ei suuda saadetud sisu lugeda. Värskendage lehte ja proovige uuesti.
# The address is too long.
error-uri-too-long = Aadress on liiga pikk. Lühendage otsingut või filtrit ja proovige uuesti.
# The request's headers (often cookies) are too large.
error-headers-too-large = Teie brauser saatis päringuga liiga palju andmeid. Tavaliselt aitab selle saidi küpsiste kustutamine.
# The address exists, but not for this kind of request (a bug or an outdated page).
error-method-not-allowed = See aadress ei võta seda tüüpi päringuid vastu. Värskendage lehte ja proovige uuesti.
# A search or list address names one parameter twice. Variables: $name (the parameter).
error-duplicate-parameter = Aadressis on parameeter { $name } rohkem kui üks kord. Eemaldage üks neist ja proovige uuesti.
# The browser could not reach the server.
error-network = Serveriga ei saadud ühendust. Kontrollige võrguühendust ja proovige uuesti.
# A fault on the server. Variables: $reference (an id that is also in the server log).
error-internal = Meie poolel tekkis viga. Kui viga kordub, edastage kasutajatoele see viitekood: { $reference }
# A required field is empty.
error-field-required = väli on kohustuslik
# A text is too long. Variables: $limit (the maximum number of characters).
error-field-too-long = { $limit ->
    [one] kõige rohkem { $limit } märk
   *[other] kõige rohkem { $limit } märki
}
# A password is too short. Variables: $limit (the minimum number of characters).
error-field-too-short = { $limit ->
    [one] vähemalt { $limit } märk
   *[other] vähemalt { $limit } märki
}
# Not an e-mail address.
error-field-invalid-email = sisestage e-posti aadress, nt nimi@example.com
# A UI language that the product does not offer.
error-field-unsupported-language = valige üks pakutavatest keeltest
# A country that is not in the list.
error-field-unknown-country = valige riik loendist
# A language tag that is not valid.
error-field-invalid-language = üks keeltest on vigane
# Too many items. Variables: $limit (the maximum count).
error-field-too-many = { $limit ->
    [one] kõige rohkem { $limit } üksus
   *[other] kõige rohkem { $limit } üksust
}
# A tag with characters other than letters, digits, - _ and . or too long. Variables: $limit (the maximum number of characters).
error-field-invalid-tag = { $limit ->
    [one] kasutage ainult tähti, numbreid ja märke - _ ., iga märksõna kõige rohkem { $limit } märk
   *[other] kasutage ainult tähti, numbreid ja märke - _ ., iga märksõna kõige rohkem { $limit } märki
}
# Accepting an answer on a topic that is not a question.
error-field-not-a-question = see teema ei ole küsimus
# Commenting on something that takes no comments (a topic takes replies instead).
error-field-not-commentable = seda ei saa kommenteerida; vastake selle asemel teemale
# Translating into the language the item is already written in.
error-field-same-language = originaal on juba selles keeles
# A translation into this language exists already.
error-field-translation-exists = selles keeles on tõlge juba olemas; muutke selle asemel seda
# Translating something that is not translated (a comment, a draft, or a translation).
error-field-not-translatable = seda ei saa tõlkida; tõlkige postitus, mille juurde see kuulub
# An expertise tag is too long. Variables: $limit (the maximum number of characters per tag).
error-field-tag-too-long = { $limit ->
    [one] iga märksõna võib olla kõige rohkem { $limit } märgi pikkune
   *[other] iga märksõna võib olla kõige rohkem { $limit } märgi pikkune
}
# An admin tried to disable their own account.
error-field-cannot-disable-self = oma kontot ei saa deaktiveerida

# A community's kind, template, role or tool is not one of those offered.
error-field-invalid-choice = valige üks pakutud valikutest
# A client team was given a visibility other than restricted.
error-field-client-team-restricted = kliendimeeskond peab olema piiratud
# A member cap was given for a community that is not restricted.
error-field-cap-only-restricted = liikmete ülemmäär on ainult piiratud kogukondadel
# A number is outside what is allowed. Variables: $limit (the highest allowed).
error-field-out-of-range = sisestage arv vahemikus 1 kuni { $limit }
# No active person has the e-mail address given.
error-field-no-such-person = selle e-posti aadressiga aktiivset inimest ei ole
# A date is not written as a date.
error-field-invalid-date = sisestage kuupäev, nt 2026-11-27
# The end of a range is before its start.
error-field-before-start = lõppkuupäev on enne alguskuupäeva
# A community's own cap is below its member count. Variables: $limit (the member count).
error-field-below-member-count = liikmeid on juba { $limit }; eemaldage kõigepealt mõni või valige vähemalt sama suur arv

## Form field names: labels of form fields, and the field names in error lists.

field-email = E-posti aadress
field-password = Parool
field-current-password = Praegune parool
field-new-password = Uus parool
field-display-name = Nimi
field-title = Tiitel
field-department = Osakond
field-country = Riik
field-ui-language = Kasutajaliidese keel
field-read-languages = Keeled, mida loen
field-about = Minust
field-expertise = Pädevused
field-lang = Keel
field-id = Konto
field-name = Nimi
field-description = Kirjeldus
field-visibility = Kes näeb
field-template = Tüüp
field-languages = Keeled
field-member-cap = Liikmete ülemmäär
field-tools = Tööriistad
field-forum-mode = Foorumi režiim
field-reason = Põhjus
field-message = Sõnum
field-role = Roll
field-restricted-member-cap = Piiratud kogukonna liikmete ülemmäär
field-from = Alguskuupäev
field-to = Lõppkuupäev
field-body = Tekst
field-text = Tekst
field-tags = Märksõnad
field-target-id = Postitus
field-topic-id = Teema
field-community-slug = Kogukond
# Text with a control character (such as NUL), often pasted from another program.
error-field-control-character = eemaldage nähtamatud juhtmärgid (need satuvad teksti sageli siis, kui see on kleebitud teisest programmist)
# A one-line field (name, title, tag) with zero-width, direction-changing or other invisible characters.
error-field-invisible-character = eemaldage nähtamatud märgid (nullilaiusega märgid või suunamärgid)
# A display name that looks the same as a colleague's.
error-field-confusable-name = kolleegil on juba nimi, mis näeb välja samasugune; lisage midagi, mis teid eristab, nt teise eesnime algustäht
# A text whose quotes or lists are nested too deeply. Variables: $limit (the deepest nesting allowed).
error-field-too-deep = { $limit ->
    [one] tsitaate ja loendeid võib olla üksteise sees kõige rohkem { $limit } tase
   *[other] tsitaate ja loendeid võib olla üksteise sees kõige rohkem { $limit } taset
}
# A text whose formatting took too long to render (deeply nested or unusual Markdown).
error-field-too-complex = vormindus on kuvamiseks liiga keeruline; lihtsustage tsitaate, loendeid või linke
