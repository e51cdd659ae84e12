### Error messages and form field names, shown in alert boxes above form buttons and on pages.

# Not logged in, or the session ended.
error-unauthenticated = Bitte melden Sie sich an, um fortzufahren.
# Login failed: wrong e-mail or password (also for unknown or disabled accounts).
error-invalid-credentials = Die E-Mail-Adresse oder das Passwort ist falsch.
# The action is not allowed for this user.
error-forbidden = Sie sind für diese Aktion nicht berechtigt.
# A change was sent from another web site (a forged request), so it was refused.
error-cross-origin = Diese Anfrage kam von einer anderen Website und wurde abgelehnt. Bitte öffnen Sie das Intranet direkt und versuchen Sie es erneut.
# The page or item does not exist or is not visible to this user.
error-not-found = Der angeforderte Inhalt wurde nicht gefunden.
# Too many attempts. Variables: $seconds (whole seconds until trying again).
error-rate-limited = { $seconds ->
    [one] Zu viele Versuche. Bitte warten Sie { $seconds } Sekunde und versuchen Sie es dann erneut.
   *[other] Zu viele Versuche. Bitte warten Sie { $seconds } Sekunden und versuchen Sie es dann erneut.
}
# Some form fields are not valid; the list of fields follows.
error-validation-failed = Bitte korrigieren Sie Folgendes:
# One line of the list under error-validation-failed. Variables: $field (the field's name), $problem (what is wrong with it).
error-field-line = { $field }: { $problem }
# Creating an account whose e-mail address is in use.
error-email-taken = Es gibt bereits ein Konto mit dieser E-Mail-Adresse.
# Password change: the current password given was wrong.
error-wrong-password = Das aktuelle Passwort ist falsch.
# A restricted community is full. Variables: $cap.
error-member-cap-reached = { $cap ->
    [one] Diese Community ist voll: Eine eingeschränkte Community darf höchstens { $cap } Mitglied haben. Entfernen Sie zuerst jemanden, oder wenden Sie sich wegen der Höchstzahl an einen Administrator.
   *[other] Diese Community ist voll: Eine eingeschränkte Community darf höchstens { $cap } Mitglieder haben. Entfernen Sie zuerst jemanden, oder wenden Sie sich wegen der Höchstzahl an einen Administrator.
}
# The person is a member already.
error-already-member = Diese Person ist bereits Mitglied.
# The change would leave the community without an owner.
error-last-owner = Eine Community braucht mindestens einen Eigentümer. Machen Sie zuerst eine andere Person zum Eigentümer.
# The community is archived.
error-community-archived = Diese Community ist archiviert und kann nicht geändert werden. Ein Eigentümer kann sie wiederherstellen.
error-locked = Dieses Thema ist gesperrt und nimmt keine Antworten mehr an.
# The request could not be understood (a bug or an outdated page).
error-invalid-request = Die Anfrage konnte nicht verarbeitet werden. Bitte laden Sie die Seite neu und versuchen Sie es erneut.
# What was sent is larger than the server accepts. Variables: $kilobytes (the limit in KB).
error-payload-too-large = Die gesendeten Daten sind zu groß: höchstens { $kilobytes } KB. Bitte kürzen Sie sie und versuchen Sie es erneut; Ihr Text steht noch im Formular.
# What was sent is of a kind the server does not read (a bug or a forged request).
error-unsupported-media-type = Der Server kann die gesendeten Daten nicht lesen. Bitte laden Sie die Seite neu und versuchen Sie es erneut.
# The address is too long.
error-uri-too-long = Die Adresse ist zu lang. Bitte kürzen Sie die Suche oder den Filter und versuchen Sie es erneut.
# The request's headers (often cookies) are too large.
error-headers-too-large = Ihr Browser hat mit der Anfrage zu viele Daten gesendet. Meist hilft es, die Cookies dieser Website zu löschen.
# The address exists, but not for this kind of request (a bug or an outdated page).
error-method-not-allowed = Diese Adresse nimmt diese Art von Anfrage nicht an. Bitte laden Sie die Seite neu und versuchen Sie es erneut.
# A search or list address names one parameter twice. Variables: $name (the parameter).
error-duplicate-parameter = Die Adresse enthält den Parameter { $name } mehr als einmal. Bitte entfernen Sie einen davon und versuchen Sie es erneut.
# The browser could not reach the server.
error-network = Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
# A fault on the server. Variables: $reference (an id that is also in the server log).
error-internal = Bei uns ist ein Fehler aufgetreten. Wenn er erneut auftritt, nennen Sie dem Helpdesk bitte diese Referenz: { $reference }
# A required field is empty.
error-field-required = Angabe erforderlich
# A text is too long. Variables: $limit (the maximum number of characters).
error-field-too-long = { $limit ->
    [one] höchstens { $limit } Zeichen
   *[other] höchstens { $limit } Zeichen
}
# A password is too short. Variables: $limit (the minimum number of characters).
error-field-too-short = { $limit ->
    [one] mindestens { $limit } Zeichen
   *[other] mindestens { $limit } Zeichen
}
# Not an e-mail address.
error-field-invalid-email = geben Sie eine E-Mail-Adresse ein, z. B. name@example.com
# A UI language that the product does not offer.
error-field-unsupported-language = wählen Sie eine der angebotenen Sprachen
# A country that is not in the list.
error-field-unknown-country = wählen Sie ein Land aus der Liste
# A language tag that is not valid.
error-field-invalid-language = eine der Sprachen ist ungültig
# Too many items. Variables: $limit (the maximum count).
error-field-too-many = { $limit ->
    [one] höchstens { $limit } Eintrag
   *[other] höchstens { $limit } Einträge
}
# A tag with characters other than letters, digits, - _ and . or too long. Variables: $limit (the maximum number of characters).
error-field-invalid-tag = { $limit ->
    [one] verwenden Sie nur Buchstaben, Ziffern und - _ ., höchstens { $limit } Zeichen pro Schlagwort
   *[other] verwenden Sie nur Buchstaben, Ziffern und - _ ., höchstens { $limit } Zeichen pro Schlagwort
}
# Accepting an answer on a topic that is not a question.
error-field-not-a-question = dieses Thema ist keine Frage
# Commenting on something that takes no comments (a topic takes replies instead).
error-field-not-commentable = dies kann nicht kommentiert werden; antworten Sie stattdessen auf das Thema
# Translating into the language the item is already written in.
error-field-same-language = das Original ist bereits in dieser Sprache
# A translation into this language exists already.
error-field-translation-exists = es gibt bereits eine Übersetzung in diese Sprache; bearbeiten Sie stattdessen diese
# Translating something that is not translated (a comment, a draft, or a translation).
error-field-not-translatable = dies kann nicht übersetzt werden; übersetzen Sie den Beitrag, zu dem es gehört
# An expertise tag is too long. Variables: $limit (the maximum number of characters per tag).
error-field-tag-too-long = { $limit ->
    [one] jedes Schlagwort darf höchstens { $limit } Zeichen lang sein
   *[other] jedes Schlagwort darf höchstens { $limit } Zeichen lang sein
}
# An admin tried to disable their own account.
error-field-cannot-disable-self = Sie können Ihr eigenes Konto nicht deaktivieren

# A community's kind, template, role or tool is not one of those offered.
error-field-invalid-choice = wählen Sie eine der angebotenen Optionen
# A client team was given a visibility other than restricted.
error-field-client-team-restricted = ein Kundenteam muss eingeschränkt sein
# A member cap was given for a community that is not restricted.
error-field-cap-only-restricted = nur eingeschränkte Communities haben eine Mitgliederhöchstzahl
# A number is outside what is allowed. Variables: $limit (the highest allowed).
error-field-out-of-range = geben Sie eine Zahl von 1 bis { $limit } ein
# No active person has the e-mail address given.
error-field-no-such-person = keine aktive Person hat diese E-Mail-Adresse
# A date is not written as a date.
error-field-invalid-date = geben Sie ein Datum ein, z. B. 2026-11-27
# The end of a range is before its start.
error-field-before-start = das Enddatum liegt vor dem Startdatum
# A community's own cap is below its member count. Variables: $limit (the member count).
error-field-below-member-count = { $limit ->
    [one] es gibt bereits { $limit } Mitglied; entfernen Sie zuerst dieses Mitglied oder wählen Sie eine mindestens so hohe Zahl
   *[other] es gibt bereits { $limit } Mitglieder; entfernen Sie zuerst einige oder wählen Sie eine mindestens so hohe Zahl
}

## Form field names: labels of form fields, and the field names in error lists.

field-email = E-Mail-Adresse
field-password = Passwort
field-current-password = Aktuelles Passwort
field-new-password = Neues Passwort
field-display-name = Name
field-title = Titel
field-department = Abteilung
field-country = Land
field-ui-language = Sprache der Benutzeroberfläche
field-read-languages = Sprachen, die ich lese
field-about = Über mich
field-expertise = Fachgebiete
field-lang = Sprache
field-id = Konto
field-name = Name
field-description = Beschreibung
field-visibility = Wer sie sehen kann
field-template = Art
field-languages = Sprachen
field-member-cap = Mitgliederhöchstzahl
field-tools = Werkzeuge
field-forum-mode = Forenmodus
field-reason = Grund
field-message = Nachricht
field-role = Rolle
field-restricted-member-cap = Höchstzahl der Mitglieder einer eingeschränkten Community
field-from = Von
field-to = Bis
field-body = Text
field-text = Text
field-tags = Schlagwörter
field-target-id = Beitrag
field-topic-id = Thema
field-community-slug = Community
# Text with a control character (such as NUL), often pasted from another program.
error-field-control-character = entfernen Sie die unsichtbaren Steuerzeichen (sie stammen oft aus Text, der aus einem anderen Programm eingefügt wurde)
# A one-line field (name, title, tag) with zero-width, direction-changing or other invisible characters.
error-field-invisible-character = entfernen Sie die unsichtbaren Zeichen (Zeichen ohne Breite oder Richtungsmarkierungen)
# A display name that looks the same as a colleague's.
error-field-confusable-name = eine Kollegin oder ein Kollege hat bereits einen Namen, der gleich aussieht; ergänzen Sie etwas, das Sie unterscheidet, z. B. den Anfangsbuchstaben eines zweiten Vornamens
# A text whose quotes or lists are nested too deeply. Variables: $limit (the deepest nesting allowed).
error-field-too-deep = { $limit ->
    [one] Zitate und Listen dürfen höchstens { $limit } Ebene tief verschachtelt sein
   *[other] Zitate und Listen dürfen höchstens { $limit } Ebenen tief verschachtelt sein
}
# A text whose formatting took too long to render (deeply nested or unusual Markdown).
error-field-too-complex = die Formatierung ist zu komplex, um angezeigt zu werden; vereinfachen Sie Zitate, Listen oder Links
