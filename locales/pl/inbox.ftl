## The community tool Inbox: a functional mailbox (it-support@…) as a shared inbox for the
## community's members. Mail to its address becomes a conversation; the team answers by mail
## from that address and keeps internal notes.

# The tool's name, in the community's list of tools and the settings' checkboxes.
community-tool-inbox = Skrzynka odbiorcza
# The tab of a community's inbox.
community-tab-inbox = Skrzynka odbiorcza
# Heading of the inbox page.
inbox-heading = Wspólna skrzynka odbiorcza
# The address people write to. Variables: $address (the mail address).
inbox-address = E-maile wysłane na adres { $address } trafiają tutaj.
# When the inbox has no address yet.
inbox-no-address = Ta skrzynka nie ma jeszcze adresu e-mail; właściciele społeczności nadają go w ustawieniach.
# Label of the status filter.
inbox-filter-label = Rozmowy według statusu
# The filter that shows every conversation.
inbox-filter-all = Wszystkie
# When the list is empty.
inbox-empty = Nie ma tu żadnych rozmów.
# Statuses.
inbox-status-open = Otwarta
inbox-status-waiting = Czeka na odpowiedź
inbox-status-closed = Zamknięta
# Who handles a conversation. Variables: $name (a member's name).
inbox-assigned-to = Obsługuje: { $name }
inbox-unassigned = Jeszcze nikt
# How many mails a conversation has. Variables: $count (mails).
inbox-message-count = { $count ->
    [one] jeden e-mail
    [few] { $count } e-maile
    [many] { $count } e-maili
   *[other] { $count } e-maila
}
# A conversation without a subject.
inbox-no-subject = (bez tematu)
# A mail without text of its own.
inbox-empty-message = (brak własnego tekstu: tylko cytaty, podpis lub załączniki)
# Link back to the list.
inbox-back = ← Wszystkie rozmowy
# Who wrote in. Variables: $from (name and address).
inbox-from = Od: { $from }
# Headings of the messages. Variables: $name (who wrote it).
inbox-message-in = { $name } pisze
inbox-message-out = { $name } odpowiada e-mailem
inbox-message-note = Notatka wewnętrzna: { $name } (nigdy nie jest wysyłana)
# The reply form.
inbox-reply-heading = Odpowiedz e-mailem
inbox-reply-label = Twoja odpowiedź (adresat: { $name }) zostanie wysłana z adresu skrzynki
inbox-reply-send = Wyślij
inbox-reply-sent = Twoja odpowiedź jest w drodze.
# The note form.
inbox-note-heading = Notatka wewnętrzna
inbox-note-label = Widzą ją tylko członkowie społeczności; nigdy nie jest wysyłana.
inbox-note-add = Dodaj notatkę
inbox-note-added = Notatka została dodana.
# Assigning and the status.
inbox-handle-heading = Obsługa
field-assignee-id = Obsługuje
inbox-assign = Przypisz
inbox-assigned = Zapisano.
inbox-set-open = Otwórz ponownie
inbox-set-waiting = Oznacz jako czekającą na odpowiedź
inbox-set-closed = Zamknij
# Keeping the answer.
inbox-keep-heading = Zachowaj odpowiedź
inbox-keep-help = Zachowaj to pytanie i odpowiedź tak, żeby mógł je znaleźć każdy, kto może czytać treści społeczności: jako pytanie na forum z zaakceptowaną odpowiedzią albo jako stronę wiki. Imię i nazwisko oraz adres nadawcy są pomijane.
inbox-to-forum = Zachowaj jako pytanie na forum
inbox-to-wiki = Zachowaj w wiki
inbox-kept-forum = Zachowano jako pytanie na forum
inbox-kept-wiki = Zachowano w wiki
# Errors of the reply form.
error-field-no-inbox-address = skrzynka nie ma jeszcze adresu e-mail
error-field-mail-off = ten intranet obecnie nie wysyła e-maili
error-field-not-a-member = wybierz członka społeczności
# The inbox address on the community's settings page.
community-inbox-address-heading = Adres skrzynki
community-inbox-address-help = E-maile od kogokolwiek, z banku lub spoza niego, wysłane na ten adres stają się rozmowami w skrzynce, którą widzą tylko członkowie społeczności. Odpowiedzi są wysyłane z tego samego adresu.
field-inbox-local = Adres
# In the list of mails someone was sent (a reply from a shared inbox).
mail-kind-inbox = Odpowiedź ze wspólnej skrzynki odbiorczej
# Label of the list of files that came attached to a mail in a shared inbox.
inbox-attachments = Załączniki
# The notification when a conversation is given to the reader ($name gave it).
notification-assigned = { $name } przydziela ci „{ $title }” w skrzynce odbiorczej społeczności { $community }
