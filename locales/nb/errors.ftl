### Error messages and form field names, shown in alert boxes above form buttons and on pages.

# Not logged in, or the session ended.
error-unauthenticated = Logg inn for å fortsette.
# Login failed: wrong e-mail or password (also for unknown or disabled accounts).
error-invalid-credentials = E-postadressen eller passordet er feil.
# The action is not allowed for this user.
error-forbidden = Du har ikke tilgang til å gjøre dette.
# A change was sent from another web site (a forged request), so it was refused.
error-cross-origin = Forespørselen kom fra et annet nettsted og ble avvist. Åpne selve intranettet og prøv igjen.
# The page or item does not exist or is not visible to this user.
error-not-found = Fant ikke det du lette etter.
# Too many attempts. Variables: $seconds (whole seconds until trying again).
error-rate-limited = { $seconds ->
    [one] For mange forsøk. Vent { $seconds } sekund og prøv igjen.
   *[other] For mange forsøk. Vent { $seconds } sekunder og prøv igjen.
}
# Some form fields are not valid; the list of fields follows.
error-validation-failed = Rett opp følgende:
# One line of the list under error-validation-failed. Variables: $field (the field's name), $problem (what is wrong with it).
error-field-line = { $field }: { $problem }
# Creating an account whose e-mail address is in use.
error-email-taken = Det finnes allerede en konto med denne e-postadressen.
# Password change: the current password given was wrong.
error-wrong-password = Det nåværende passordet er feil.
# A restricted community is full. Variables: $cap.
error-member-cap-reached = { $cap ->
    [one] Gruppen er full: en begrenset gruppe kan ha høyst { $cap } medlem. Fjern noen først, eller spør en administrator om medlemsgrensen.
   *[other] Gruppen er full: en begrenset gruppe kan ha høyst { $cap } medlemmer. Fjern noen først, eller spør en administrator om medlemsgrensen.
}
# The person is a member already.
error-already-member = Personen er allerede medlem.
# The change would leave the community without an owner.
error-last-owner = En gruppe må ha minst én eier. Gjør noen andre til eier først.
# The community is archived.
error-community-archived = Gruppen er arkivert og kan ikke endres. En eier kan gjenopprette den.
error-locked = Emnet er låst og tar ikke imot flere svar.
# The request could not be understood (a bug or an outdated page).
error-invalid-request = Forespørselen kunne ikke tolkes. Last inn siden på nytt og prøv igjen.
# What was sent is larger than the server accepts. Variables: $kilobytes (the limit in KB).
error-payload-too-large = Det du sendte, er for stort: høyst { $kilobytes } KB. Forkort det og prøv igjen; teksten står fortsatt i skjemaet.
# What was sent is of a kind the server does not read (a bug or a forged request).
error-unsupported-media-type = Serveren kan ikke lese det som ble sendt. Last inn siden på nytt og prøv igjen.
# The address is too long.
error-uri-too-long = Adressen er for lang. Forkort søket eller filteret og prøv igjen.
# The request's headers (often cookies) are too large.
error-headers-too-large = Nettleseren sendte for mye data med forespørselen. Det hjelper vanligvis å slette informasjonskapslene for dette nettstedet.
# The address exists, but not for this kind of request (a bug or an outdated page).
error-method-not-allowed = Denne adressen tar ikke imot denne typen forespørsel. Last inn siden på nytt og prøv igjen.
# A search or list address names one parameter twice. Variables: $name (the parameter).
error-duplicate-parameter = Adressen oppgir { $name } mer enn én gang. Fjern én av dem og prøv igjen.
# The browser could not reach the server.
error-network = Fikk ikke kontakt med serveren. Sjekk tilkoblingen og prøv igjen.
# A fault on the server. Variables: $reference (an id that is also in the server log).
error-internal = Noe gikk galt hos oss. Hvis det skjer igjen, oppgi denne referansen til IT-brukerstøtten: { $reference }
# A required field is empty.
error-field-required = feltet må fylles ut
# A text is too long. Variables: $limit (the maximum number of characters).
error-field-too-long = { $limit ->
    [one] høyst { $limit } tegn
   *[other] høyst { $limit } tegn
}
# A password is too short. Variables: $limit (the minimum number of characters).
error-field-too-short = { $limit ->
    [one] minst { $limit } tegn
   *[other] minst { $limit } tegn
}
# Not an e-mail address.
error-field-invalid-email = skriv inn en e-postadresse, for eksempel navn@example.com
# A UI language that the product does not offer.
error-field-unsupported-language = velg et av de tilgjengelige språkene
# A country that is not in the list.
error-field-unknown-country = velg et land fra listen
# A language tag that is not valid.
error-field-invalid-language = ett av språkene er ugyldig
# Too many items. Variables: $limit (the maximum count).
error-field-too-many = { $limit ->
    [one] høyst { $limit } element
   *[other] høyst { $limit } elementer
}
# A tag with characters other than letters, digits, - _ and . or too long. Variables: $limit (the maximum number of characters).
error-field-invalid-tag = { $limit ->
    [one] bruk bare bokstaver, sifre og - _ ., høyst { $limit } tegn per stikkord
   *[other] bruk bare bokstaver, sifre og - _ ., høyst { $limit } tegn per stikkord
}
# Accepting an answer on a topic that is not a question.
error-field-not-a-question = emnet er ikke et spørsmål
# Commenting on something that takes no comments (a topic takes replies instead).
error-field-not-commentable = dette kan ikke kommenteres; svar på emnet i stedet
# Translating into the language the item is already written in.
error-field-same-language = originalen er allerede på dette språket
# A translation into this language exists already.
error-field-translation-exists = det finnes allerede en oversettelse til dette språket; rediger den i stedet
# Translating something that is not translated (a comment, a draft, or a translation).
error-field-not-translatable = dette kan ikke oversettes; oversett innlegget det hører til
# An expertise tag is too long. Variables: $limit (the maximum number of characters per tag).
error-field-tag-too-long = { $limit ->
    [one] hvert emne kan ha høyst { $limit } tegn
   *[other] hvert emne kan ha høyst { $limit } tegn
}
# An admin tried to disable their own account.
error-field-cannot-disable-self = du kan ikke deaktivere din egen konto

# A community's kind, template, role or tool is not one of those offered.
error-field-invalid-choice = velg et av de tilgjengelige alternativene
# A client team was given a visibility other than restricted.
error-field-client-team-restricted = et kundeteam må være begrenset
# A member cap was given for a community that is not restricted.
error-field-cap-only-restricted = bare begrensede grupper har en medlemsgrense
# A number is outside what is allowed. Variables: $limit (the highest allowed).
error-field-out-of-range = skriv inn et tall fra 1 til { $limit }
# No active person has the e-mail address given.
error-field-no-such-person = ingen aktiv person har denne e-postadressen
# A date is not written as a date.
error-field-invalid-date = skriv inn en dato, for eksempel 2026-11-27
# The end of a range is before its start.
error-field-before-start = sluttdatoen er før startdatoen
# A community's own cap is below its member count. Variables: $limit (the member count).
error-field-below-member-count = { $limit ->
    [one] gruppen har allerede { $limit } medlem; fjern medlemmet først eller velg et minst like høyt tall
   *[other] gruppen har allerede { $limit } medlemmer; fjern noen først eller velg et minst like høyt tall
}

## Form field names: labels of form fields, and the field names in error lists.

field-email = E-postadresse
field-password = Passord
field-current-password = Nåværende passord
field-new-password = Nytt passord
field-display-name = Navn
field-title = Tittel
field-department = Avdeling
field-country = Land
field-ui-language = Språk i grensesnittet
field-read-languages = Språk jeg leser
field-about = Om meg
field-expertise = Ekspertise
field-lang = Språk
field-id = Konto
field-name = Navn
field-description = Beskrivelse
field-visibility = Hvem kan se den
field-template = Type
field-languages = Språk
field-member-cap = Medlemsgrense
field-tools = Verktøy
field-forum-mode = Forummodus
field-reason = Begrunnelse
field-message = Melding
field-role = Rolle
field-restricted-member-cap = Høyeste antall medlemmer i en begrenset gruppe
field-from = Fra
field-to = Til
field-body = Tekst
field-text = Tekst
field-tags = Stikkord
field-target-id = Innlegg
field-topic-id = Emne
field-community-slug = Gruppe
# Text with a control character (such as NUL), often pasted from another program.
error-field-control-character = fjern de usynlige kontrolltegnene (de følger ofte med når du limer inn fra et annet program)
# A one-line field (name, title, tag) with zero-width, direction-changing or other invisible characters.
error-field-invisible-character = fjern de usynlige tegnene (nullbreddetegn eller retningsmerker)
# A display name that looks the same as a colleague's.
error-field-confusable-name = en kollega har allerede et navn som ser likt ut; legg til noe som skiller dere fra hverandre, for eksempel forbokstaven i et mellomnavn
# A text whose quotes or lists are nested too deeply. Variables: $limit (the deepest nesting allowed).
error-field-too-deep = { $limit ->
    [one] sitater og lister kan være nestet i høyst { $limit } nivå
   *[other] sitater og lister kan være nestet i høyst { $limit } nivåer
}
# A text whose formatting took too long to render (deeply nested or unusual Markdown).
error-field-too-complex = formateringen er for komplisert til å vises; forenkle sitatene, listene eller lenkene
