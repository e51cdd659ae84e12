### Error messages and form field names, shown in alert boxes above form buttons and on pages.

# Not logged in, or the session ended.
error-unauthenticated = Zaloguj się, aby kontynuować.
# Login failed: wrong e-mail or password (also for unknown or disabled accounts).
error-invalid-credentials = Nieprawidłowy adres e-mail lub hasło.
# The action is not allowed for this user.
error-forbidden = Nie masz uprawnień do wykonania tej operacji.
# A change was sent from another web site (a forged request), so it was refused.
error-cross-origin = To żądanie pochodziło z innej witryny i zostało odrzucone. Otwórz bezpośrednio intranet i spróbuj ponownie.
# The page or item does not exist or is not visible to this user.
error-not-found = Nie znaleziono żądanego elementu.
# Too many attempts. Variables: $seconds (whole seconds until trying again).
error-rate-limited = { $seconds ->
    [one] Zbyt wiele prób. Odczekaj { $seconds } sekundę i spróbuj ponownie.
    [few] Zbyt wiele prób. Odczekaj { $seconds } sekundy i spróbuj ponownie.
    [many] Zbyt wiele prób. Odczekaj { $seconds } sekund i spróbuj ponownie.
   *[other] Zbyt wiele prób. Odczekaj { $seconds } sekundy i spróbuj ponownie.
}
# Some form fields are not valid; the list of fields follows.
error-validation-failed = Popraw następujące błędy:
# One line of the list under error-validation-failed. Variables: $field (the field's name), $problem (what is wrong with it).
error-field-line = { $field }: { $problem }
# Creating an account whose e-mail address is in use.
error-email-taken = Konto z tym adresem e-mail już istnieje.
# Password change: the current password given was wrong.
error-wrong-password = Obecne hasło jest nieprawidłowe.
# A restricted community is full. Variables: $cap.
error-member-cap-reached = { $cap ->
    [one] Ta społeczność jest pełna: społeczność zastrzeżona może mieć maksymalnie { $cap } członka. Najpierw usuń kogoś albo zapytaj administratora o limit.
    [few] Ta społeczność jest pełna: społeczność zastrzeżona może mieć maksymalnie { $cap } członków. Najpierw usuń kogoś albo zapytaj administratora o limit.
    [many] Ta społeczność jest pełna: społeczność zastrzeżona może mieć maksymalnie { $cap } członków. Najpierw usuń kogoś albo zapytaj administratora o limit.
   *[other] Ta społeczność jest pełna: społeczność zastrzeżona może mieć maksymalnie { $cap } członka. Najpierw usuń kogoś albo zapytaj administratora o limit.
}
# The person is a member already.
error-already-member = Ta osoba jest już członkiem.
# The change would leave the community without an owner.
error-last-owner = Społeczność musi mieć co najmniej jednego właściciela. Najpierw nadaj rolę właściciela innej osobie.
# The community is archived.
error-community-archived = Ta społeczność jest zarchiwizowana i nie można jej zmieniać. Właściciel może ją przywrócić.
error-locked = Ten wątek jest zamknięty i nie można już na niego odpowiadać.
# The request could not be understood (a bug or an outdated page).
error-invalid-request = Nie udało się przetworzyć żądania. Odśwież stronę i spróbuj ponownie.
# What was sent is larger than the server accepts. Variables: $kilobytes (the limit in KB).
error-payload-too-large = Wysłana treść jest zbyt duża: maksymalnie { $kilobytes } KB. Skróć ją i spróbuj ponownie; tekst nadal jest w formularzu.
# What was sent is of a kind the server does not read (a bug or a forged request).
error-unsupported-media-type = Serwer nie może odczytać wysłanych danych. Odśwież stronę i spróbuj ponownie.
# The address is too long.
error-uri-too-long = Adres jest za długi. Skróć wyszukiwanie lub filtr i spróbuj ponownie.
# The request's headers (often cookies) are too large.
error-headers-too-large = Przeglądarka wysłała wraz z żądaniem zbyt dużo danych. Zwykle pomaga wyczyszczenie plików cookie tej witryny.
# The address exists, but not for this kind of request (a bug or an outdated page).
error-method-not-allowed = Ten adres nie przyjmuje tego rodzaju żądań. Odśwież stronę i spróbuj ponownie.
# A search or list address names one parameter twice. Variables: $name (the parameter).
error-duplicate-parameter = Adres zawiera parametr { $name } więcej niż raz. Usuń jedno z wystąpień i spróbuj ponownie.
# The browser could not reach the server.
error-network = Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.
# A fault on the server. Variables: $reference (an id that is also in the server log).
error-internal = Wystąpił błąd po naszej stronie. Jeśli się powtórzy, przekaż pomocy technicznej ten identyfikator: { $reference }
# A required field is empty.
error-field-required = to pole jest wymagane
# A text is too long. Variables: $limit (the maximum number of characters).
error-field-too-long = { $limit ->
    [one] maksymalnie { $limit } znak
    [few] maksymalnie { $limit } znaki
    [many] maksymalnie { $limit } znaków
   *[other] maksymalnie { $limit } znaku
}
# A password is too short. Variables: $limit (the minimum number of characters).
error-field-too-short = { $limit ->
    [one] co najmniej { $limit } znak
    [few] co najmniej { $limit } znaki
    [many] co najmniej { $limit } znaków
   *[other] co najmniej { $limit } znaku
}
# Not an e-mail address.
error-field-invalid-email = wpisz adres e-mail, np. jan.kowalski@example.com
# A UI language that the product does not offer.
error-field-unsupported-language = wybierz jeden z dostępnych języków
# A country that is not in the list.
error-field-unknown-country = wybierz kraj z listy
# A language tag that is not valid.
error-field-invalid-language = jeden z języków jest nieprawidłowy
# Too many items. Variables: $limit (the maximum count).
error-field-too-many = { $limit ->
    [one] maksymalnie { $limit } element
    [few] maksymalnie { $limit } elementy
    [many] maksymalnie { $limit } elementów
   *[other] maksymalnie { $limit } elementu
}
# A tag with characters other than letters, digits, - _ and . or too long. Variables: $limit (the maximum number of characters).
error-field-invalid-tag = { $limit ->
    [one] używaj tylko liter, cyfr oraz - _ ., maksymalnie { $limit } znak na tag
    [few] używaj tylko liter, cyfr oraz - _ ., maksymalnie { $limit } znaki na tag
    [many] używaj tylko liter, cyfr oraz - _ ., maksymalnie { $limit } znaków na tag
   *[other] używaj tylko liter, cyfr oraz - _ ., maksymalnie { $limit } znaku na tag
}
# Accepting an answer on a topic that is not a question.
error-field-not-a-question = ten wątek nie jest pytaniem
# Commenting on something that takes no comments (a topic takes replies instead).
error-field-not-commentable = tego nie można komentować; zamiast tego odpowiedz w wątku
# Translating into the language the item is already written in.
error-field-same-language = oryginał jest już w tym języku
# A translation into this language exists already.
error-field-translation-exists = tłumaczenie na ten język już istnieje; zamiast tego edytuj istniejące
# Translating something that is not translated (a comment, a draft, or a translation).
error-field-not-translatable = tego nie można przetłumaczyć; przetłumacz wpis, do którego to należy
# An expertise tag is too long. Variables: $limit (the maximum number of characters per tag).
error-field-tag-too-long = { $limit ->
    [one] każdy tag może mieć maksymalnie { $limit } znak
    [few] każdy tag może mieć maksymalnie { $limit } znaki
    [many] każdy tag może mieć maksymalnie { $limit } znaków
   *[other] każdy tag może mieć maksymalnie { $limit } znaku
}
# An admin tried to disable their own account.
error-field-cannot-disable-self = nie możesz dezaktywować własnego konta

# A community's kind, template, role or tool is not one of those offered.
error-field-invalid-choice = wybierz jedną z dostępnych opcji
# A client team was given a visibility other than restricted.
error-field-client-team-restricted = zespół ds. klienta musi być społecznością zastrzeżoną
# A member cap was given for a community that is not restricted.
error-field-cap-only-restricted = limit członków mają tylko społeczności zastrzeżone
# A number is outside what is allowed. Variables: $limit (the highest allowed).
error-field-out-of-range = wpisz liczbę od 1 do { $limit }
# No active person has the e-mail address given.
error-field-no-such-person = żadna aktywna osoba nie ma tego adresu e-mail
# A date is not written as a date.
error-field-invalid-date = wpisz datę, np. 2026-11-27
# The end of a range is before its start.
error-field-before-start = data końcowa jest wcześniejsza niż data początkowa
# A community's own cap is below its member count. Variables: $limit (the member count).
error-field-below-member-count = członków jest już { $limit }; najpierw usuń część z nich albo wybierz co najmniej taką liczbę

## Form field names: labels of form fields, and the field names in error lists.

field-email = Adres e-mail
field-password = Hasło
field-current-password = Obecne hasło
field-new-password = Nowe hasło
field-display-name = Imię i nazwisko
field-title = Tytuł
field-department = Dział
field-country = Kraj
field-ui-language = Język interfejsu
field-read-languages = Języki, w których czytam
field-about = O mnie
field-expertise = Kompetencje
field-lang = Język
field-id = Konto
field-name = Nazwa
field-description = Opis
field-visibility = Kto ją widzi
field-template = Rodzaj
field-languages = Języki
field-member-cap = Limit członków
field-tools = Narzędzia
field-forum-mode = Tryb forum
field-reason = Powód
field-message = Wiadomość
field-role = Rola
field-restricted-member-cap = Maksymalna liczba członków społeczności zastrzeżonej
field-from = Od
field-to = Do
field-body = Treść
field-text = Treść
field-tags = Tagi
field-target-id = Wpis
field-topic-id = Wątek
field-community-slug = Społeczność
# Text with a control character (such as NUL), often pasted from another program.
error-field-control-character = usuń niewidoczne znaki sterujące (często trafiają do tekstu wklejonego z innego programu)
# A one-line field (name, title, tag) with zero-width, direction-changing or other invisible characters.
error-field-invisible-character = usuń niewidoczne znaki (znaki o zerowej szerokości lub znaczniki kierunku tekstu)
# A display name that looks the same as a colleague's.
error-field-confusable-name = ktoś ze współpracowników ma już imię i nazwisko, które wygląda tak samo; dodaj coś, co was odróżni, np. inicjał drugiego imienia
# A text whose quotes or lists are nested too deeply. Variables: $limit (the deepest nesting allowed).
error-field-too-deep = { $limit ->
    [one] maksymalnie { $limit } poziom zagnieżdżenia cytatów i list
    [few] maksymalnie { $limit } poziomy zagnieżdżenia cytatów i list
    [many] maksymalnie { $limit } poziomów zagnieżdżenia cytatów i list
   *[other] maksymalnie { $limit } poziomu zagnieżdżenia cytatów i list
}
# A text whose formatting took too long to render (deeply nested or unusual Markdown).
error-field-too-complex = formatowanie jest zbyt złożone, by je wyświetlić; uprość cytaty, listy lub linki
