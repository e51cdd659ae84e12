### Error messages and form field names, shown in alert boxes above form buttons and on pages.

# Not logged in, or the session ended.
error-unauthenticated = Norėdami tęsti, prisijunkite.
# Login failed: wrong e-mail or password (also for unknown or disabled accounts).
error-invalid-credentials = Neteisingas el. pašto adresas arba slaptažodis.
# The action is not allowed for this user.
error-forbidden = Neturite teisių atlikti šį veiksmą.
# A change was sent from another web site (a forged request), so it was refused.
error-cross-origin = Ši užklausa atėjo iš kitos svetainės, todėl buvo atmesta. Atidarykite patį intranetą ir bandykite dar kartą.
# The page or item does not exist or is not visible to this user.
error-not-found = Nepavyko rasti to, ko ieškote.
# Too many attempts. Variables: $seconds (whole seconds until trying again).
error-rate-limited = { $seconds ->
    [one] Per daug bandymų. Palaukite { $seconds } sekundę ir bandykite dar kartą.
    [few] Per daug bandymų. Palaukite { $seconds } sekundes ir bandykite dar kartą.
    [many] Per daug bandymų. Palaukite { $seconds } sekundės ir bandykite dar kartą.
   *[other] Per daug bandymų. Palaukite { $seconds } sekundžių ir bandykite dar kartą.
}
# Some form fields are not valid; the list of fields follows.
error-validation-failed = Ištaisykite šias klaidas:
# One line of the list under error-validation-failed. Variables: $field (the field's name), $problem (what is wrong with it).
error-field-line = { $field }: { $problem }
# Creating an account whose e-mail address is in use.
error-email-taken = Paskyra su šiuo el. pašto adresu jau yra.
# Password change: the current password given was wrong.
error-wrong-password = Dabartinis slaptažodis neteisingas.
# A restricted community is full. Variables: $cap.
error-member-cap-reached = { $cap ->
    [one] Ši bendruomenė pilna: ribotoje bendruomenėje gali būti ne daugiau kaip { $cap } narys. Pirmiausia ką nors pašalinkite arba dėl didžiausio narių skaičiaus kreipkitės į administratorių.
    [few] Ši bendruomenė pilna: ribotoje bendruomenėje gali būti ne daugiau kaip { $cap } nariai. Pirmiausia ką nors pašalinkite arba dėl didžiausio narių skaičiaus kreipkitės į administratorių.
    [many] Ši bendruomenė pilna: ribotoje bendruomenėje gali būti ne daugiau kaip { $cap } nario. Pirmiausia ką nors pašalinkite arba dėl didžiausio narių skaičiaus kreipkitės į administratorių.
   *[other] Ši bendruomenė pilna: ribotoje bendruomenėje gali būti ne daugiau kaip { $cap } narių. Pirmiausia ką nors pašalinkite arba dėl didžiausio narių skaičiaus kreipkitės į administratorių.
}
# The person is a member already.
error-already-member = Šis asmuo jau yra narys.
# The change would leave the community without an owner.
error-last-owner = Bendruomenė turi turėti bent vieną savininką. Pirmiausia paskirkite savininku ką nors kitą.
# The community is archived.
error-community-archived = Ši bendruomenė archyvuota, todėl jos keisti negalima. Savininkas gali ją atkurti.
error-locked = Ši tema užrakinta – į ją nebegalima atsakyti.
# The request could not be understood (a bug or an outdated page).
error-invalid-request = Nepavyko apdoroti užklausos. Įkelkite puslapį iš naujo ir bandykite dar kartą.
# What was sent is larger than the server accepts. Variables: $kilobytes (the limit in KB).
error-payload-too-large = Siunčiami duomenys per dideli: ne daugiau kaip { $kilobytes } KB. Sutrumpinkite tekstą ir bandykite dar kartą; jis vis dar yra formoje.
# What was sent is of a kind the server does not read (a bug or a forged request).
error-unsupported-media-type = Serveris negali perskaityti išsiųstų duomenų. Įkelkite puslapį iš naujo ir bandykite dar kartą.
# The address is too long.
error-uri-too-long = Adresas per ilgas. Sutrumpinkite paiešką arba filtrą ir bandykite dar kartą.
# The request's headers (often cookies) are too large.
error-headers-too-large = Jūsų naršyklė su užklausa išsiuntė per daug duomenų. Paprastai padeda išvalyti šios svetainės slapukus.
# The address exists, but not for this kind of request (a bug or an outdated page).
error-method-not-allowed = Šis adresas nepriima tokio tipo užklausų. Įkelkite puslapį iš naujo ir bandykite dar kartą.
# A search or list address names one parameter twice. Variables: $name (the parameter).
error-duplicate-parameter = Adrese parametras { $name } nurodytas daugiau nei vieną kartą. Pašalinkite vieną iš jų ir bandykite dar kartą.
# The browser could not reach the server.
error-network = Nepavyko susisiekti su serveriu. Patikrinkite ryšį ir bandykite dar kartą.
# A fault on the server. Variables: $reference (an id that is also in the server log).
error-internal = Mūsų sistemoje įvyko klaida. Jei ji pasikartos, pagalbos tarnybai nurodykite šį kodą: { $reference }
# A required field is empty.
error-field-required = šis laukas privalomas
# A text is too long. Variables: $limit (the maximum number of characters).
error-field-too-long = { $limit ->
    [one] ne daugiau kaip { $limit } simbolis
    [few] ne daugiau kaip { $limit } simboliai
    [many] ne daugiau kaip { $limit } simbolio
   *[other] ne daugiau kaip { $limit } simbolių
}
# A password is too short. Variables: $limit (the minimum number of characters).
error-field-too-short = { $limit ->
    [one] ne mažiau kaip { $limit } simbolis
    [few] ne mažiau kaip { $limit } simboliai
    [many] ne mažiau kaip { $limit } simbolio
   *[other] ne mažiau kaip { $limit } simbolių
}
# Not an e-mail address.
error-field-invalid-email = įveskite el. pašto adresą, pvz., vardenis.pavardenis@example.com
# A UI language that the product does not offer.
error-field-unsupported-language = pasirinkite vieną iš siūlomų kalbų
# A country that is not in the list.
error-field-unknown-country = pasirinkite šalį iš sąrašo
# A language tag that is not valid.
error-field-invalid-language = viena iš kalbų neteisinga
# Too many items. Variables: $limit (the maximum count).
error-field-too-many = { $limit ->
    [one] ne daugiau kaip { $limit } elementas
    [few] ne daugiau kaip { $limit } elementai
    [many] ne daugiau kaip { $limit } elemento
   *[other] ne daugiau kaip { $limit } elementų
}
# A tag with characters other than letters, digits, - _ and . or too long. Variables: $limit (the maximum number of characters).
error-field-invalid-tag = { $limit ->
    [one] naudokite tik raides, skaitmenis ir - _ ., kiekvienoje žymoje ne daugiau kaip { $limit } simbolis
    [few] naudokite tik raides, skaitmenis ir - _ ., kiekvienoje žymoje ne daugiau kaip { $limit } simboliai
    [many] naudokite tik raides, skaitmenis ir - _ ., kiekvienoje žymoje ne daugiau kaip { $limit } simbolio
   *[other] naudokite tik raides, skaitmenis ir - _ ., kiekvienoje žymoje ne daugiau kaip { $limit } simbolių
}
# Accepting an answer on a topic that is not a question.
error-field-not-a-question = ši tema nėra klausimas
# Commenting on something that takes no comments (a topic takes replies instead).
error-field-not-commentable = to komentuoti negalima; vietoj to atsakykite temoje
# Translating into the language the item is already written in.
error-field-same-language = originalas jau yra šia kalba
# A translation into this language exists already.
error-field-translation-exists = vertimas į šią kalbą jau yra; vietoj to redaguokite jį
# Translating something that is not translated (a comment, a draft, or a translation).
error-field-not-translatable = to išversti negalima; išverskite įrašą, kuriam tai priklauso
# An expertise tag is too long. Variables: $limit (the maximum number of characters per tag).
error-field-tag-too-long = { $limit ->
    [one] kiekvienoje žymoje gali būti ne daugiau kaip { $limit } simbolis
    [few] kiekvienoje žymoje gali būti ne daugiau kaip { $limit } simboliai
    [many] kiekvienoje žymoje gali būti ne daugiau kaip { $limit } simbolio
   *[other] kiekvienoje žymoje gali būti ne daugiau kaip { $limit } simbolių
}
# An admin tried to disable their own account.
error-field-cannot-disable-self = savo paskyros išjungti negalima

# A community's kind, template, role or tool is not one of those offered.
error-field-invalid-choice = pasirinkite vieną iš siūlomų parinkčių
# A client team was given a visibility other than restricted.
error-field-client-team-restricted = kliento komanda turi būti ribota
# A member cap was given for a community that is not restricted.
error-field-cap-only-restricted = didžiausią narių skaičių galima nustatyti tik ribotoms bendruomenėms
# A number is outside what is allowed. Variables: $limit (the highest allowed).
error-field-out-of-range = įveskite skaičių nuo 1 iki { $limit }
# No active person has the e-mail address given.
error-field-no-such-person = nė vienas aktyvus asmuo neturi šio el. pašto adreso
# A date is not written as a date.
error-field-invalid-date = įveskite datą, pvz., 2026-11-27
# The end of a range is before its start.
error-field-before-start = pabaigos data yra ankstesnė už pradžios datą
# A community's own cap is below its member count. Variables: $limit (the member count).
error-field-below-member-count = narių jau yra { $limit }; pirmiausia pašalinkite kai kuriuos arba pasirinkite bent tokį pat skaičių

## Form field names: labels of form fields, and the field names in error lists.

field-email = El. pašto adresas
field-password = Slaptažodis
field-current-password = Dabartinis slaptažodis
field-new-password = Naujas slaptažodis
field-display-name = Vardas, pavardė
field-title = Pavadinimas
field-department = Padalinys
field-country = Šalis
field-ui-language = Sąsajos kalba
field-read-languages = Kalbos, kuriomis skaitau
field-about = Apie mane
field-expertise = Kompetencijos
field-lang = Kalba
field-id = Paskyra
field-name = Pavadinimas
field-description = Aprašymas
field-visibility = Kas gali matyti
field-template = Rūšis
field-languages = Kalbos
field-member-cap = Didžiausias narių skaičius
field-tools = Įrankiai
field-forum-mode = Forumo režimas
field-reason = Priežastis
field-message = Žinutė
field-role = Vaidmuo
field-restricted-member-cap = Didžiausias ribotos bendruomenės narių skaičius
field-from = Nuo
field-to = Iki
field-body = Tekstas
field-text = Tekstas
field-tags = Žymos
field-target-id = Įrašas
field-topic-id = Tema
field-community-slug = Bendruomenė
# Text with a control character (such as NUL), often pasted from another program.
error-field-control-character = pašalinkite nematomus valdymo simbolius (jie dažnai patenka įklijavus tekstą iš kitos programos)
# A one-line field (name, title, tag) with zero-width, direction-changing or other invisible characters.
error-field-invisible-character = pašalinkite nematomus simbolius (nulinio pločio simbolius arba krypties žymes)
# A display name that looks the same as a colleague's.
error-field-confusable-name = kolega jau turi taip pat atrodantį vardą; pridėkite ką nors, kas jus skirtų, pvz., antrojo vardo pirmąją raidę
# A text whose quotes or lists are nested too deeply. Variables: $limit (the deepest nesting allowed).
error-field-too-deep = { $limit ->
    [one] citatų ir sąrašų įdėjimo gylis – ne daugiau kaip { $limit } lygis
    [few] citatų ir sąrašų įdėjimo gylis – ne daugiau kaip { $limit } lygiai
    [many] citatų ir sąrašų įdėjimo gylis – ne daugiau kaip { $limit } lygio
   *[other] citatų ir sąrašų įdėjimo gylis – ne daugiau kaip { $limit } lygių
}
# A text whose formatting took too long to render (deeply nested or unusual Markdown).
error-field-too-complex = formatavimas per sudėtingas, kad būtų parodytas; supaprastinkite citatas, sąrašus arba nuorodas
