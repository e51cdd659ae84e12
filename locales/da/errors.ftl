### Error messages and form field names, shown in alert boxes above form buttons and on pages.

# Not logged in, or the session ended.
error-unauthenticated = Log ind for at fortsætte.
# Login failed: wrong e-mail or password (also for unknown or disabled accounts).
error-invalid-credentials = E-mailadressen eller adgangskoden er forkert.
# The action is not allowed for this user.
error-forbidden = Du har ikke tilladelse til at gøre dette.
# A change was sent from another web site (a forged request), so it was refused.
error-cross-origin = Anmodningen kom fra et andet websted og blev afvist. Åbn selve intranettet, og prøv igen.
# The page or item does not exist or is not visible to this user.
error-not-found = Det, du leder efter, blev ikke fundet.
# Too many attempts. Variables: $seconds (whole seconds until trying again).
error-rate-limited = { $seconds ->
    [one] For mange forsøg. Vent { $seconds } sekund, og prøv igen.
   *[other] For mange forsøg. Vent { $seconds } sekunder, og prøv igen.
}
# Some form fields are not valid; the list of fields follows.
error-validation-failed = Ret følgende:
# One line of the list under error-validation-failed. Variables: $field (the field's name), $problem (what is wrong with it).
error-field-line = { $field }: { $problem }
# Creating an account whose e-mail address is in use.
error-email-taken = Der findes allerede en konto med denne e-mailadresse.
# Password change: the current password given was wrong.
error-wrong-password = Den nuværende adgangskode er forkert.
# A restricted community is full. Variables: $cap.
error-member-cap-reached = { $cap ->
    [one] Gruppen er fuld: en begrænset gruppe må højst have { $cap } medlem. Fjern først nogen, eller spørg en administrator om medlemsgrænsen.
   *[other] Gruppen er fuld: en begrænset gruppe må højst have { $cap } medlemmer. Fjern først nogen, eller spørg en administrator om medlemsgrænsen.
}
# The person is a member already.
error-already-member = Personen er allerede medlem.
# The change would leave the community without an owner.
error-last-owner = En gruppe skal have mindst én ejer. Gør først en anden til ejer.
# The community is archived.
error-community-archived = Gruppen er arkiveret og kan ikke ændres. En ejer kan gendanne den.
error-locked = Emnet er låst og modtager ikke flere svar.
# The request could not be understood (a bug or an outdated page).
error-invalid-request = Anmodningen kunne ikke forstås. Genindlæs siden, og prøv igen.
# What was sent is larger than the server accepts. Variables: $kilobytes (the limit in KB).
error-payload-too-large = Det, du sendte, er for stort: højst { $kilobytes } KB. Forkort det, og prøv igen; din tekst står stadig i formularen.
# What was sent is of a kind the server does not read (a bug or a forged request).
error-unsupported-media-type = Serveren kan ikke læse det, der blev sendt. Genindlæs siden, og prøv igen.
# The address is too long.
error-uri-too-long = Adressen er for lang. Forkort søgningen eller filteret, og prøv igen.
# The request's headers (often cookies) are too large.
error-headers-too-large = Din browser sendte for mange data med anmodningen. Det hjælper som regel at rydde dette websteds cookies.
# The address exists, but not for this kind of request (a bug or an outdated page).
error-method-not-allowed = Denne adresse modtager ikke denne type anmodning. Genindlæs siden, og prøv igen.
# A search or list address names one parameter twice. Variables: $name (the parameter).
error-duplicate-parameter = Adressen angiver { $name } mere end én gang. Fjern den ene, og prøv igen.
# The browser could not reach the server.
error-network = Serveren kunne ikke nås. Tjek din forbindelse, og prøv igen.
# A fault on the server. Variables: $reference (an id that is also in the server log).
error-internal = Noget gik galt hos os. Hvis det sker igen, så giv IT-supporten denne reference: { $reference }
# A required field is empty.
error-field-required = feltet skal udfyldes
# A text is too long. Variables: $limit (the maximum number of characters).
error-field-too-long = { $limit ->
    [one] højst { $limit } tegn
   *[other] højst { $limit } tegn
}
# A password is too short. Variables: $limit (the minimum number of characters).
error-field-too-short = { $limit ->
    [one] mindst { $limit } tegn
   *[other] mindst { $limit } tegn
}
# Not an e-mail address.
error-field-invalid-email = angiv en e-mailadresse, for eksempel navn@example.com
# A UI language that the product does not offer.
error-field-unsupported-language = vælg et af de tilgængelige sprog
# A country that is not in the list.
error-field-unknown-country = vælg et land på listen
# A language tag that is not valid.
error-field-invalid-language = et af sprogene er ugyldigt
# Too many items. Variables: $limit (the maximum count).
error-field-too-many = { $limit ->
    [one] højst { $limit } element
   *[other] højst { $limit } elementer
}
# A tag with characters other than letters, digits, - _ and . or too long. Variables: $limit (the maximum number of characters).
error-field-invalid-tag = { $limit ->
    [one] brug kun bogstaver, tal og - _ ., højst { $limit } tegn pr. tag
   *[other] brug kun bogstaver, tal og - _ ., højst { $limit } tegn pr. tag
}
# Accepting an answer on a topic that is not a question.
error-field-not-a-question = emnet er ikke et spørgsmål
# Commenting on something that takes no comments (a topic takes replies instead).
error-field-not-commentable = dette kan ikke kommenteres; svar på emnet i stedet
# Translating into the language the item is already written in.
error-field-same-language = originalen er allerede på dette sprog
# A translation into this language exists already.
error-field-translation-exists = der findes allerede en oversættelse til dette sprog; rediger den i stedet
# Translating something that is not translated (a comment, a draft, or a translation).
error-field-not-translatable = dette kan ikke oversættes; oversæt det opslag, det hører til
# An expertise tag is too long. Variables: $limit (the maximum number of characters per tag).
error-field-tag-too-long = { $limit ->
    [one] hvert emne må højst have { $limit } tegn
   *[other] hvert emne må højst have { $limit } tegn
}
# An admin tried to disable their own account.
error-field-cannot-disable-self = du kan ikke deaktivere din egen konto

# A community's kind, template, role or tool is not one of those offered.
error-field-invalid-choice = vælg en af de tilgængelige muligheder
# A client team was given a visibility other than restricted.
error-field-client-team-restricted = et kundeteam skal være begrænset
# A member cap was given for a community that is not restricted.
error-field-cap-only-restricted = kun begrænsede grupper har en medlemsgrænse
# A number is outside what is allowed. Variables: $limit (the highest allowed).
error-field-out-of-range = angiv et tal fra 1 til { $limit }
# No active person has the e-mail address given.
error-field-no-such-person = ingen aktiv person har denne e-mailadresse
# A date is not written as a date.
error-field-invalid-date = angiv en dato, for eksempel 2026-11-27
# The end of a range is before its start.
error-field-before-start = slutdatoen ligger før startdatoen
# A community's own cap is below its member count. Variables: $limit (the member count).
error-field-below-member-count = { $limit ->
    [one] gruppen har allerede { $limit } medlem; fjern medlemmet først, eller vælg et mindst lige så højt tal
   *[other] gruppen har allerede { $limit } medlemmer; fjern nogle først, eller vælg et mindst lige så højt tal
}

## Form field names: labels of form fields, and the field names in error lists.

field-email = E-mailadresse
field-password = Adgangskode
field-current-password = Nuværende adgangskode
field-new-password = Ny adgangskode
field-display-name = Navn
field-title = Titel
field-department = Afdeling
field-country = Land
field-ui-language = Sprog i brugerfladen
field-read-languages = Sprog, jeg læser
field-about = Om mig
field-expertise = Ekspertise
field-lang = Sprog
field-id = Konto
field-name = Navn
field-description = Beskrivelse
field-visibility = Hvem kan se den
field-template = Type
field-languages = Sprog
field-member-cap = Medlemsgrænse
field-tools = Værktøjer
field-forum-mode = Forumtilstand
field-reason = Begrundelse
field-message = Besked
field-role = Rolle
field-restricted-member-cap = Højeste antal medlemmer i en begrænset gruppe
field-from = Fra
field-to = Til
field-body = Tekst
field-text = Tekst
field-tags = Tags
field-target-id = Opslag
field-topic-id = Emne
field-community-slug = Gruppe
# Text with a control character (such as NUL), often pasted from another program.
error-field-control-character = fjern de usynlige kontroltegn (de kommer ofte med, når man indsætter tekst fra et andet program)
# A one-line field (name, title, tag) with zero-width, direction-changing or other invisible characters.
error-field-invisible-character = fjern de usynlige tegn (tegn med nul bredde eller retningsmarkeringer)
# A display name that looks the same as a colleague's.
error-field-confusable-name = en kollega har allerede et navn, der ser ens ud; tilføj noget, der adskiller jer, for eksempel forbogstavet i et mellemnavn
# A text whose quotes or lists are nested too deeply. Variables: $limit (the deepest nesting allowed).
error-field-too-deep = { $limit ->
    [one] citater og lister må højst være indlejret i { $limit } niveau
   *[other] citater og lister må højst være indlejret i { $limit } niveauer
}
# A text whose formatting took too long to render (deeply nested or unusual Markdown).
error-field-too-complex = formateringen er for kompliceret til at blive vist; forenkl citaterne, listerne eller linkene
