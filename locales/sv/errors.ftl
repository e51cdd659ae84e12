### Error messages and form field names, shown in alert boxes above form buttons and on pages.

# Not logged in, or the session ended.
error-unauthenticated = Logga in för att fortsätta.
# Login failed: wrong e-mail or password (also for unknown or disabled accounts).
error-invalid-credentials = E-postadressen eller lösenordet är fel.
# The action is not allowed for this user.
error-forbidden = Du har inte behörighet att göra det här.
# A change was sent from another web site (a forged request), so it was refused.
error-cross-origin = Begäran kom från en annan webbplats och avvisades. Öppna själva intranätet och försök igen.
# The page or item does not exist or is not visible to this user.
error-not-found = Det du letar efter hittades inte.
# Too many attempts. Variables: $seconds (whole seconds until trying again).
error-rate-limited = { $seconds ->
    [one] För många försök. Vänta { $seconds } sekund och försök igen.
   *[other] För många försök. Vänta { $seconds } sekunder och försök igen.
}
# Some form fields are not valid; the list of fields follows.
error-validation-failed = Rätta följande:
# One line of the list under error-validation-failed. Variables: $field (the field's name), $problem (what is wrong with it).
error-field-line = { $field }: { $problem }
# Creating an account whose e-mail address is in use.
error-email-taken = Det finns redan ett konto med den här e-postadressen.
# Password change: the current password given was wrong.
error-wrong-password = Det nuvarande lösenordet är fel.
# A restricted community is full. Variables: $cap.
error-member-cap-reached = { $cap ->
    [one] Gruppen är full: en begränsad grupp får ha högst { $cap } medlem. Ta bort någon först, eller fråga en administratör om medlemsgränsen.
   *[other] Gruppen är full: en begränsad grupp får ha högst { $cap } medlemmar. Ta bort någon först, eller fråga en administratör om medlemsgränsen.
}
# The person is a member already.
error-already-member = Personen är redan medlem.
# The change would leave the community without an owner.
error-last-owner = En grupp måste ha minst en ägare. Gör någon annan till ägare först.
# The community is archived.
error-community-archived = Gruppen är arkiverad och kan inte ändras. En ägare kan återställa den.
error-locked = Ämnet är låst och tar inte emot fler svar.
# The request could not be understood (a bug or an outdated page).
error-invalid-request = Begäran kunde inte tolkas. Ladda om sidan och försök igen.
# What was sent is larger than the server accepts. Variables: $kilobytes (the limit in KB).
error-payload-too-large = Det du skickade är för stort: högst { $kilobytes } KB. Korta ner det och försök igen; texten finns kvar i formuläret.
# What was sent is of a kind the server does not read (a bug or a forged request).
error-unsupported-media-type = Servern kan inte läsa det som skickades. Ladda om sidan och försök igen.
# The address is too long.
error-uri-too-long = Adressen är för lång. Korta ner sökningen eller filtret och försök igen.
# The request's headers (often cookies) are too large.
error-headers-too-large = Webbläsaren skickade för mycket data med begäran. Det brukar hjälpa att rensa den här webbplatsens cookies.
# The address exists, but not for this kind of request (a bug or an outdated page).
error-method-not-allowed = Den här adressen tar inte emot den här typen av begäran. Ladda om sidan och försök igen.
# A search or list address names one parameter twice. Variables: $name (the parameter).
error-duplicate-parameter = Adressen anger { $name } mer än en gång. Ta bort en av dem och försök igen.
# The browser could not reach the server.
error-network = Det gick inte att nå servern. Kontrollera anslutningen och försök igen.
# A fault on the server. Variables: $reference (an id that is also in the server log).
error-internal = Något gick fel hos oss. Om det händer igen, uppge den här referensen för IT-supporten: { $reference }
# A required field is empty.
error-field-required = fältet måste fyllas i
# A text is too long. Variables: $limit (the maximum number of characters).
error-field-too-long = { $limit ->
    [one] högst { $limit } tecken
   *[other] högst { $limit } tecken
}
# A password is too short. Variables: $limit (the minimum number of characters).
error-field-too-short = { $limit ->
    [one] minst { $limit } tecken
   *[other] minst { $limit } tecken
}
# Not an e-mail address.
error-field-invalid-email = ange en e-postadress, till exempel namn@example.com
# A UI language that the product does not offer.
error-field-unsupported-language = välj ett av de tillgängliga språken
# A country that is not in the list.
error-field-unknown-country = välj ett land i listan
# A language tag that is not valid.
error-field-invalid-language = ett av språken är ogiltigt
# Too many items. Variables: $limit (the maximum count).
error-field-too-many = { $limit ->
    [one] högst { $limit } objekt
   *[other] högst { $limit } objekt
}
# A tag with characters other than letters, digits, - _ and . or too long. Variables: $limit (the maximum number of characters).
error-field-invalid-tag = { $limit ->
    [one] bara bokstäver, siffror och - _ . är tillåtna, högst { $limit } tecken per tagg
   *[other] bara bokstäver, siffror och - _ . är tillåtna, högst { $limit } tecken per tagg
}
# Accepting an answer on a topic that is not a question.
error-field-not-a-question = ämnet är inte en fråga
# Commenting on something that takes no comments (a topic takes replies instead).
error-field-not-commentable = det här går inte att kommentera; svara på ämnet i stället
# Translating into the language the item is already written in.
error-field-same-language = originalet är redan på det här språket
# A translation into this language exists already.
error-field-translation-exists = det finns redan en översättning till det här språket; redigera den i stället
# Translating something that is not translated (a comment, a draft, or a translation).
error-field-not-translatable = det här går inte att översätta; översätt inlägget som det hör till
# An expertise tag is too long. Variables: $limit (the maximum number of characters per tag).
error-field-tag-too-long = { $limit ->
    [one] varje ämne får ha högst { $limit } tecken
   *[other] varje ämne får ha högst { $limit } tecken
}
# An admin tried to disable their own account.
error-field-cannot-disable-self = du kan inte inaktivera ditt eget konto

# A community's kind, template, role or tool is not one of those offered.
error-field-invalid-choice = välj ett av de tillgängliga alternativen
# A client team was given a visibility other than restricted.
error-field-client-team-restricted = ett kundteam måste vara begränsat
# A member cap was given for a community that is not restricted.
error-field-cap-only-restricted = bara begränsade grupper har en medlemsgräns
# A number is outside what is allowed. Variables: $limit (the highest allowed).
error-field-out-of-range = ange ett tal från 1 till { $limit }
# No active person has the e-mail address given.
error-field-no-such-person = ingen aktiv person har den här e-postadressen
# A date is not written as a date.
error-field-invalid-date = ange ett datum, till exempel 2026-11-27
# The end of a range is before its start.
error-field-before-start = slutdatumet ligger före startdatumet
# A community's own cap is below its member count. Variables: $limit (the member count).
error-field-below-member-count = { $limit ->
    [one] gruppen har redan { $limit } medlem; ta bort medlemmen först eller välj ett minst lika högt tal
   *[other] gruppen har redan { $limit } medlemmar; ta bort några först eller välj ett minst lika högt tal
}

## Form field names: labels of form fields, and the field names in error lists.

field-email = E-postadress
field-password = Lösenord
field-current-password = Nuvarande lösenord
field-new-password = Nytt lösenord
field-display-name = Namn
field-title = Titel
field-department = Avdelning
field-country = Land
field-ui-language = Språk i gränssnittet
field-read-languages = Språk jag läser
field-about = Om mig
field-expertise = Expertis
field-lang = Språk
field-id = Konto
field-name = Namn
field-description = Beskrivning
field-visibility = Vem kan se den
field-template = Typ
field-languages = Språk
field-member-cap = Medlemsgräns
field-tools = Verktyg
field-forum-mode = Forumläge
field-reason = Skäl
field-message = Meddelande
field-role = Roll
field-restricted-member-cap = Högsta antal medlemmar i en begränsad grupp
field-from = Från
field-to = Till
field-body = Text
field-text = Text
field-tags = Taggar
field-target-id = Inlägg
field-topic-id = Ämne
field-community-slug = Grupp
# Text with a control character (such as NUL), often pasted from another program.
error-field-control-character = ta bort de osynliga styrtecknen (de kommer ofta med när man klistrar in från ett annat program)
# A one-line field (name, title, tag) with zero-width, direction-changing or other invisible characters.
error-field-invisible-character = ta bort de osynliga tecknen (nollbreddstecken eller riktningsmarkeringar)
# A display name that looks the same as a colleague's.
error-field-confusable-name = en kollega har redan ett namn som ser likadant ut; lägg till något som skiljer er åt, till exempel initialen i ett mellannamn
# A text whose quotes or lists are nested too deeply. Variables: $limit (the deepest nesting allowed).
error-field-too-deep = { $limit ->
    [one] citat och listor får vara nästlade i högst { $limit } nivå
   *[other] citat och listor får vara nästlade i högst { $limit } nivåer
}
# A text whose formatting took too long to render (deeply nested or unusual Markdown).
error-field-too-complex = formateringen är för komplicerad för att visas; förenkla citaten, listorna eller länkarna
