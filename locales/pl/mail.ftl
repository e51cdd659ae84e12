## Mail: the mails the intranet sends (notices and digests), the mail settings page, the
## unsubscribe page and the admins' mail page.

# User menu: link to the mail settings page.
nav-mail = Ustawienia e-mail
# Header link for admins to the mail status page.
nav-admin-mail = E-mail
# Label of the group of choices on the mail settings page.
field-mode = Co dostaję e-mailem
field-kinds = Wybór według rodzaju powiadomienia

## Mail settings page (/account/mail)

# Page title and heading.
mail-settings-title = Ustawienia e-mail
# Where mail goes. Variables: $email (the account's address).
mail-settings-address = E-maile trafiają na adres { $email }.
# Shown when the intranet has no mail server configured.
mail-settings-off = Ten intranet obecnie nie wysyła e-maili. Twój wybór zostanie zachowany na czas, gdy zacznie je wysyłać.
# Choice: a mail for each notification.
mail-mode-immediate = Każde powiadomienie od razu
# Explanation under that choice.
mail-mode-immediate-hint = E-mail o każdej wzmiance, odpowiedzi, komentarzu lub innym powiadomieniu, gdy tylko się pojawi.
# Choice: one digest a day.
mail-mode-daily = Codzienne podsumowanie
# Explanation under that choice.
mail-mode-daily-hint = Jeden e-mail każdego ranka z tym, co wydarzyło się poprzedniego dnia.
# Choice: one digest a week (the default).
mail-mode-weekly = Cotygodniowe podsumowanie
# Explanation under that choice.
mail-mode-weekly-hint = Jeden e-mail w poniedziałki z tym, co wydarzyło się w poprzednim tygodniu. To ustawienie domyślne.
# Choice: no mail.
mail-mode-never = Bez e-maili
# Explanation under that choice.
mail-mode-never-hint = Intranet nic do ciebie nie wysyła; wszystko zobaczysz, gdy go odwiedzisz.
# Heading of the choices by kind of notification, under the main choice.
mail-kinds-legend = Niektóre powiadomienia inaczej
# Explanation of the choices by kind.
mail-kinds-hint = Dla każdego rodzaju powiadomień: tak jak wyżej, e-mail od razu bez względu na wybór powyżej albo żadnych e-maili (wtedy powiadomienie nie jest też liczone w podsumowaniu).
# Choices by kind of notification.
mail-kind-choice-default = Tak jak wyżej
mail-kind-choice-immediate = E-mail od razu
mail-kind-choice-never = Nigdy e-mailem
# The kinds of notification, as labels of their choices.
mail-about-mention = Ktoś o mnie wspomina
mail-about-reply = Odpowiedź w moim wątku
mail-about-comment = Komentarz do mojego wpisu
mail-about-like = Polubienia moich wpisów
mail-about-accepted = Moja odpowiedź zaakceptowana
mail-about-join_request = Prośba o dołączenie do społeczności, którą moderuję
mail-about-approved = Moja prośba o dołączenie zatwierdzona
mail-about-added = Ktoś dodaje mnie do społeczności
mail-about-translation_outdated = Zmiana oryginału mojego tłumaczenia
mail-about-page_edited = Edycja obserwowanej strony wiki
mail-about-assigned = Przydzielenie mi rozmowy ze wspólnej skrzynki odbiorczej
# Save button.
mail-settings-save = Zapisz
# Confirmation after saving.
mail-settings-saved = Ustawienia e-mail zostały zapisane.
# Heading of the list of mails sent.
mail-log-title = E-maile wysłane do ciebie
# When no mail was sent yet.
mail-log-empty = Nie wysłano do ciebie jeszcze żadnego e-maila.
# Column headings of the list of mails sent.
mail-log-when = Kiedy
mail-log-what = Temat
mail-log-status = Status
# What a mail was, when it has no subject of its own.
mail-kind-notice = Powiadomienie
mail-kind-digest = Podsumowanie
# Where a mail is.
mail-status-queued = Czeka na wysłanie
mail-status-sent = Wysłano
mail-status-dropped = Nie wysłano: treść przestała być dla ciebie widoczna lub e-maile są wyłączone
mail-status-failed = Nie udało się dostarczyć
# How many times sending was tried. Variables: $count (tries).
mail-log-tries = { $count ->
    [one] jedna próba, kolejna później
    [few] { $count } próby, kolejna później
    [many] { $count } prób, kolejna później
   *[other] { $count } próby, kolejna później
}

## The mails

# Subject and text of a mail about something in a restricted community: no title, no name.
mail-restricted-subject = W jednej z twoich społeczności czeka coś nowego
mail-restricted-body = W jednej ze społeczności, do których należysz, czeka na ciebie coś nowego. Otwórz intranet, aby to zobaczyć.
# Link text in a notice mail.
mail-open = Otwórz w intranecie
# Subject of a daily digest. Variables: $count (new items).
mail-digest-subject-daily = { $count ->
    [0] Twoje codzienne podsumowanie
    [one] Twoje codzienne podsumowanie: jeden nowy wpis
    [few] Twoje codzienne podsumowanie: { $count } nowe wpisy
    [many] Twoje codzienne podsumowanie: { $count } nowych wpisów
   *[other] Twoje codzienne podsumowanie: { $count } nowego wpisu
}
# Subject of a weekly digest. Variables: $count (new items).
mail-digest-subject-weekly = { $count ->
    [0] Twoje cotygodniowe podsumowanie
    [one] Twoje cotygodniowe podsumowanie: jeden nowy wpis
    [few] Twoje cotygodniowe podsumowanie: { $count } nowe wpisy
    [many] Twoje cotygodniowe podsumowanie: { $count } nowych wpisów
   *[other] Twoje cotygodniowe podsumowanie: { $count } nowego wpisu
}
# First line of a digest. Variables: $name (the reader's name).
mail-digest-greeting = Witaj, { $name }!
# Heading of a daily digest.
mail-digest-heading-daily = Co wydarzyło się wczoraj
# Heading of a weekly digest.
mail-digest-heading-weekly = Co wydarzyło się w zeszłym tygodniu
# Heading of the list of new items.
mail-digest-items = W twoich społecznościach i z tego, co obserwujesz
# One new item in a community. Variables: $title, $name (author), $community.
mail-digest-item = „{ $title }” (autor: { $name }, społeczność: { $community })
# One new item outside communities (a status update, a personal blog). Variables: $title, $name.
mail-digest-item-personal = „{ $title }” (autor: { $name })
# Link to the home stream when more items were found than listed. Variables: $count.
mail-digest-more = { $count ->
    [one] i jeszcze jeden wpis w twoim strumieniu
    [few] i jeszcze { $count } wpisy w twoim strumieniu
    [many] i jeszcze { $count } wpisów w twoim strumieniu
   *[other] i jeszcze { $count } wpisu w twoim strumieniu
}
# New items in restricted communities: counted, never named. Variables: $count.
mail-digest-restricted = { $count ->
    [one] W jednej z twoich społeczności czeka nowy wpis.
    [few] W twoich społecznościach czekają { $count } nowe wpisy.
    [many] W twoich społecznościach czeka { $count } nowych wpisów.
   *[other] W twoich społecznościach czeka { $count } nowego wpisu.
}
# Heading of the unanswered questions of the reader's helpdesks.
mail-digest-questions = Pytania bez odpowiedzi w twoich społecznościach typu Helpdesk
# One unanswered question. Variables: $title, $name (asker), $community.
mail-digest-question = „{ $title }” (pyta: { $name }, społeczność: { $community })
# Unread notifications. Variables: $count.
mail-digest-unread = { $count ->
    [one] Masz jedno nieprzeczytane powiadomienie.
    [few] Masz { $count } nieprzeczytane powiadomienia.
    [many] Masz { $count } nieprzeczytanych powiadomień.
   *[other] Masz { $count } nieprzeczytanego powiadomienia.
}
# Foot of every mail: why it came.
mail-footer-why = Dostajesz tę wiadomość, ponieważ masz konto w intranecie.
# Foot of every mail: link to the mail settings.
mail-footer-settings = Wybierz, co ma przychodzić e-mailem
# Foot of every mail: the one-click unsubscribe.
mail-footer-unsubscribe = Wypisz się ze wszystkich e-maili

## Unsubscribe page (/mail/unsubscribe/…)

# Page title and heading.
unsubscribe-title = Wypisz się
# Whose mail. Variables: $email (the address, partly hidden).
unsubscribe-address = E-maile na adres { $email }
# The question before unsubscribing.
unsubscribe-question = Wyłączyć wszystkie e-maile z intranetu? Nadal zobaczysz wszystko, gdy go odwiedzisz.
# Button.
unsubscribe-confirm = Wyłącz wszystkie e-maile
# After unsubscribing.
unsubscribe-done = Nie będziesz już dostawać e-maili z intranetu.
# Link to the mail settings.
unsubscribe-settings = Zamiast tego wybierz, co ma przychodzić e-mailem

## Admins' mail page (/admin/mail)

# Page title and heading.
admin-mail-title = E-mail
# When no SMTP server is configured.
admin-mail-off = E-mail jest wyłączony: żadne wiadomości nie są kolejkowane ani wysyłane, ponieważ nie ustawiono GEMENSKAP_SMTP_URL.
# How to set it up.
admin-mail-help = E-maile trafiają do serwera SMTP z GEMENSKAP_SMTP_URL (na przykład smtp://mail.bank.example:25) i są wysyłane z adresu z GEMENSKAP_MAIL_FROM. Zobacz tabelę ustawień w README.
# Labels of the facts.
admin-mail-server = Serwer SMTP
admin-mail-from = Nadawca
admin-mail-queued = Czeka na wysłanie
admin-mail-sent = Wysłane w ciągu ostatnich 24 godzin
admin-mail-failed = Porzucone w ciągu ostatnich 24 godzin
