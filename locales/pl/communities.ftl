### Communities: the directory, creating one, a community's pages, and the insider-list export.

## The directory (/communities)

# Directory page title and heading.
communities-title = Społeczności
# Button on the directory to the create form.
communities-create = Utwórz społeczność
# Accessible name of the directory search form.
communities-search-label = Szukaj społeczności
# Directory filter: label of the name search field.
communities-filter-name = Nazwa
# Directory filter: label of the language list.
communities-filter-language = Język
# Directory filter: first option of the language list (no filter).
communities-filter-any-language = Dowolny język
# Directory filter: label of the template list.
communities-filter-template = Rodzaj
# Directory filter: first option of the template list (no filter).
communities-filter-any-template = Dowolny rodzaj
# Directory filter: checkbox to show only communities the reader belongs to.
communities-filter-mine = Tylko moje społeczności
# Search button of the directory and of the member list.
communities-search-submit = Szukaj
# Directory: nothing matches the filters.
communities-none-found = Żadna społeczność nie pasuje do wyszukiwania.
# Link to the next page of a list (directory, members, admin list).
communities-next-page = Następna strona
# Number of members, in the directory and on a community page. Variables: $count.
communities-member-count = { $count ->
    [one] { $count } członek
    [few] { $count } członków
    [many] { $count } członków
   *[other] { $count } członka
}

## Kinds, templates, roles, tools

# Visibility of a community: badge and choice in the create form.
community-visibility-public = Publiczna
community-visibility-moderated = Moderowana
community-visibility-restricted = Zastrzeżona
# Create form: what each visibility means.
community-visibility-public-help = każdy może ją czytać i dołączyć jednym kliknięciem.
community-visibility-moderated-help = każdy może ją czytać; właściciele lub moderatorzy zatwierdzają, kto dołącza.
community-visibility-restricted-help = niewidoczna dla nikogo spoza niej; właściciele dodają członków, podając powód, do ustalonego limitu. Do pracy z klientami.
# Templates: the starting tools and layout of a community.
community-template-helpdesk = Helpdesk
community-template-project = Projekt
community-template-client-team = Zespół ds. klienta
# Roles in a community.
community-role-member = Członek
community-role-moderator = Moderator
community-role-owner = Właściciel
# Tools a community can switch on.
community-tool-blog = Blog
community-tool-forum = Forum
community-tool-wiki = Wiki
community-tool-files = Pliki
# A forum in question-and-answer mode, in the list of tools. Variables: $tool (the forum's name).
community-tool-forum-questions = { $tool } (pytania i odpowiedzi)
# Forum modes in the settings form.
community-forum-mode-discussion = Dyskusje
community-forum-mode-questions = Pytania i odpowiedzi

## Creating a community (/communities/new)

# Create page title and heading.
community-create-title = Utwórz społeczność
# Create form: help under the template list.
community-template-help = Helpdesk: forum pytań i odpowiedzi oraz wiki. Projekt: blog, forum, wiki i pliki. Zespół ds. klienta: zastrzeżona przestrzeń z forum, wiki i plikami. Narzędzia można później włączać i wyłączać.
# Create form: shown to people who may not create restricted communities.
community-restricted-not-allowed = Zastrzeżone społeczności do pracy z klientami tworzą administratorzy oraz osoby, którym na to pozwolili.
# Create form: help under the member cap field. Variables: $cap (the organisation's cap).
community-cap-help = Pozostaw puste, aby zastosować limit organizacji ({ $cap }), lub ustaw niższy.
# Create form: submit button.
community-create-submit = Utwórz społeczność

## A community's frame: heading, badges, tabs

# Shown instead of a community that does not exist or that the reader may not see.
community-not-found = Pod tym adresem nie ma społeczności albo nie masz do niej dostępu.
# Link back to the directory from the not-found text.
community-back-to-directory = Przejdź do społeczności
# Accessible name of the badges under a community's name.
community-kind-label = Rodzaj społeczności
# Badge of an archived community.
community-archived-badge = Zarchiwizowana
# Notice on every page of a restricted community.
community-restricted-notice = Społeczność zastrzeżona: widzą ją tylko jej członkowie. Nie udostępniaj jej treści poza nią.
# Notice on every page of an archived community.
community-archived-notice = Ta społeczność jest zarchiwizowana: można ją czytać, ale nie można jej zmieniać.
# Accessible name of a community's tabs.
community-tabs-label = Strony społeczności
# Tabs of a community.
community-tab-home = Przegląd
community-tab-members = Członkowie
community-tab-requests = Prośby o dołączenie
community-tab-settings = Ustawienia
community-tab-history = Historia
# Tab with the number of waiting join requests. Variables: $count.
community-tab-requests-count = { $count ->
    [0] Prośby o dołączenie
    [one] Prośby o dołączenie ({ $count })
    [few] Prośby o dołączenie ({ $count })
    [many] Prośby o dołączenie ({ $count })
   *[other] Prośby o dołączenie ({ $count })
}

## Community home

# Home: the community has no description.
community-no-description = Brak opisu.
# Home: shown to an admin outside a restricted community instead of its description.
community-content-hidden = Widzisz tę zastrzeżoną społeczność jako administrator: jej opis i treści widzą tylko członkowie.
# Home: labels of the facts list.
community-members-label = Członkowie
community-tools-label = Narzędzia
community-created-label = Utworzono
community-my-role-label = Twoja rola
# Home: the community has no tools switched on.
community-no-tools = Na razie brak
# Members and the cap of a restricted community. Variables: $count, $cap.
community-members-of-cap = { $count ->
    [one] { $count } członek (maksymalnie { $cap })
    [few] { $count } członków (maksymalnie { $cap })
    [many] { $count } członków (maksymalnie { $cap })
   *[other] { $count } członka (maksymalnie { $cap })
}
# Home: heading of the owners list.
community-owners-heading = Właściciele
# Home: heading of the joining/leaving section.
community-membership-heading = Członkostwo
# Home: join button of a public community.
community-join = Dołącz
# Home: label of the message with a join request.
community-request-message = Dlaczego chcesz dołączyć? (opcjonalnie)
# Home: button that sends a join request.
community-request-submit = Poproś o dołączenie
# Home: the reader's request is waiting for approval.
community-request-pending = Twoja prośba o dołączenie czeka na decyzję właściciela lub moderatora.
# Home: help above the leave button.
community-leave-help = Później możesz dołączyć ponownie, jeśli społeczność na to pozwala.
# Home: leave button.
community-leave = Opuść społeczność
# Home: the reader can neither join, ask nor leave (e.g. an archived community).
community-membership-none = Obecnie nie ma tu nic do zrobienia.

## Members

# Members page: heading of the form that adds a person.
community-invite-heading = Dodaj członka
# Members page: help under the e-mail field of the add form.
community-invite-email-help = Wpisz imię i nazwisko, aby wybrać współpracownika, albo podaj adres e-mail.
# Members page: label of the reason field (optional).
community-invite-reason = Powód (opcjonalnie)
# Members page: label of the reason field in a restricted community (required).
community-invite-reason-required = Powód dostępu (wymagany; trafia na listę insiderów)
# Members page: add button.
community-invite-submit = Dodaj członka
# Members page: a person was added.
community-invite-done = Osoba została dodana.
# Members page: accessible name of the member search.
community-members-search-label = Szukaj członków
# Members page: label of the member search field.
community-members-search = Znajdź członka po imieniu lub nazwisku
# Members page: no member matches.
community-members-none = Brak pasujących członków.
# Members page: when a member joined. Variables: $date.
community-member-since = członek od { $date }
# Members page: hidden label of a member's role list. Variables: $name.
community-role-of = Rola: { $name }
# Members page: button next to the role list.
community-set-role = Zmień rolę
# Members page: remove button (visible text).
community-remove = Usuń
# Members page: accessible name of the remove button. Variables: $name.
community-remove-member = Usuń ze społeczności: { $name }

## Join requests

# Requests page: heading.
community-requests-heading = Prośby o dołączenie
# Requests page: nobody is waiting.
community-requests-none = Nikt nie czeka na dołączenie.
# Requests page: when someone asked. Variables: $date.
community-request-asked = prośba z { $date }
# Requests page: label of the optional reason for a decision.
community-decision-reason = Powód (opcjonalnie, zapisywany w historii)
# Requests page: approve button.
community-approve = Zatwierdź
# Requests page: turn-down button.
community-reject = Odrzuć

## Settings

# Settings page: heading of the main form.
community-settings-heading = Ustawienia społeczności
# Settings page: the community is archived.
community-settings-archived = Przywróć społeczność, aby zmienić jej ustawienia.
# Settings page: help on the tools.
community-tools-help = Wyłączone narzędzia są ukryte; ich zawartość nie jest usuwana.
# Settings page: help under the member cap. Variables: $cap (the cap in force now).
community-cap-settings-help = Obowiązujący limit to { $cap }. Wpisz niższą liczbę dla tej społeczności lub 0, aby stosować limit organizacji.
# Settings page: save button.
community-settings-save = Zapisz ustawienia
# Settings page: saved.
community-settings-saved = Ustawienia zostały zapisane.
# Settings page: heading of the archive section.
community-archive-heading = Archiwizacja
# Settings page: what archiving does.
community-archive-help = Zarchiwizowana społeczność pozostaje dostępna do odczytu, ale dopóki nie zostanie przywrócona, nikt nie może do niej dołączyć, jej opuścić, publikować ani niczego zmieniać.
# Settings page: confirmation checkbox before archiving. Variables: $name (the community's name).
community-archive-confirm = Tak, zarchiwizuj: { $name }
# Settings page: what restoring does.
community-unarchive-help = Po przywróceniu społeczność znów jest aktywna.
# Settings page: archive button.
community-archive = Zarchiwizuj społeczność
# Settings page: restore button.
community-unarchive = Przywróć społeczność
# Settings page: heading of the delete section.
community-delete-heading = Usuwanie
# Settings page: what deleting does.
community-delete-help = Usunięcie społeczności usuwa ją dla wszystkich. Historia członkostwa zostaje zachowana na potrzeby dokumentacji.
# Settings page: confirmation checkbox. Variables: $name (the community's name).
community-delete-confirm = Tak, usuń { $name }
# Settings page: delete button.
community-delete = Usuń społeczność

## History and the insider list

# History page: heading of the export section.
community-export-heading = Lista osób mających dostęp do informacji poufnych
# History page: what the export contains.
community-export-help = Pobierz plik CSV z informacją, kto miał dostęp, w jakiej roli, z jakiego powodu oraz od kiedy do kiedy. Czas jest podany w UTC. Pozostaw daty puste, aby pobrać całą historię.
# History page: labels of the date fields.
community-export-from = Od
community-export-to = Do
# History page: download button.
community-export-submit = Pobierz CSV
# History page: heading of the event table.
community-history-heading = Historia członkostwa
# History page: columns of the event table.
community-history-when = Kiedy
community-history-what = Co
community-history-who = Osoba
community-history-by = Kto wykonał
community-history-reason = Powód
# History page: link to older events.
community-history-older = Starsze zdarzenia
# History events.
community-event-created = Utworzenie społeczności
community-event-joined = Dołączenie
community-event-requested = Prośba o dołączenie
community-event-approved = Prośba zatwierdzona
community-event-rejected = Prośba odrzucona
community-event-added = Dodanie
community-event-left = Opuszczenie społeczności
community-event-removed = Usunięcie
community-event-role-changed = Zmiana roli
community-event-refused-cap = Odmowa: osiągnięto limit
community-event-archived = Archiwizacja społeczności
community-event-unarchived = Przywrócenie społeczności
community-event-deleted = Usunięcie społeczności
# Column headings of the insider-list CSV file.
community-csv-person = Osoba
community-csv-email = Adres e-mail
community-csv-role = Rola
community-csv-reason = Powód dostępu
community-csv-gained = Uzyskanie dostępu (UTC)
community-csv-ended = Zakończenie dostępu (UTC)
community-csv-added-by = Kto dodał
community-csv-ended-by = Kto zakończył dostęp
community-csv-end-reason = Powód zakończenia dostępu

## The health panel: what a community lacks, for its owners.

health-heading = Czego brakuje tej społeczności
health-all-well = Nic nie wymaga twojej uwagi.
health-wiki-front-page = Wiki nie ma jeszcze strony głównej.
health-wiki-front-page-fix = Napisz stronę główną
health-files = Nie ma jeszcze żadnych plików ani folderów.
health-files-fix = Dodaj folder lub plik
# Variables: $count (questions), $days.
health-unanswered-questions = { $count ->
    [one] { $count } pytanie czeka na odpowiedź dłużej niż { $days } { $days ->
        [one] dzień
        [few] dni
        [many] dni
       *[other] dnia
    }.
    [few] { $count } pytania czekają na odpowiedź dłużej niż { $days } { $days ->
        [one] dzień
        [few] dni
        [many] dni
       *[other] dnia
    }.
    [many] { $count } pytań czeka na odpowiedź dłużej niż { $days } { $days ->
        [one] dzień
        [few] dni
        [many] dni
       *[other] dnia
    }.
   *[other] { $count } pytania czeka na odpowiedź dłużej niż { $days } { $days ->
        [one] dzień
        [few] dni
        [many] dni
       *[other] dnia
    }.
}
health-unanswered-questions-fix = Odpowiedz na pytania
# Variables: $days.
health-activity = Od { $days } { $days ->
    [one] dnia
    [few] dni
    [many] dni
   *[other] dnia
} nie opublikowano niczego nowego.
health-activity-fix = Opublikuj aktualizację
# Variables: $count (members).
health-silent-members = { $count ->
    [one] { $count } członek nigdy niczego tu nie opublikował.
    [few] { $count } członków nigdy niczego tu nie opublikowało.
    [many] { $count } członków nigdy niczego tu nie opublikowało.
   *[other] { $count } członka nigdy niczego tu nie opublikowało.
}
health-silent-members-fix = Zobacz członków
