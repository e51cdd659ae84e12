## The community tool Inbox: a functional mailbox (it-support@…) as a shared inbox for the
## community's members. Mail to its address becomes a conversation; the team answers by mail
## from that address and keeps internal notes.

# The tool's name, in the community's list of tools and the settings' checkboxes.
community-tool-inbox = Inkorg
# The tab of a community's inbox.
community-tab-inbox = Inkorg
# Heading of the inbox page.
inbox-heading = Gemensam inkorg
# The address people write to. Variables: $address (the mail address).
inbox-address = Mejl till { $address } hamnar här.
# When the inbox has no address yet.
inbox-no-address = Inkorgen har ingen e-postadress än; gruppens ägare ger den en i inställningarna.
# Label of the status filter.
inbox-filter-label = Konversationer efter status
# The filter that shows every conversation.
inbox-filter-all = Alla
# When the list is empty.
inbox-empty = Inga konversationer här.
# Statuses.
inbox-status-open = Öppen
inbox-status-waiting = Väntar på svar
inbox-status-closed = Stängd
# Who handles a conversation. Variables: $name (a member's name).
inbox-assigned-to = Hanteras av { $name }
inbox-unassigned = Ingen än
# How many mails a conversation has. Variables: $count (mails).
inbox-message-count = { $count ->
    [one] ett mejl
   *[other] { $count } mejl
}
# A conversation without a subject.
inbox-no-subject = (inget ämne)
# A mail without text of its own.
inbox-empty-message = (ingen egen text: bara citat, en signatur eller bilagor)
# Link back to the list.
inbox-back = ← Alla konversationer
# Who wrote in. Variables: $from (name and address).
inbox-from = Från { $from }
# Headings of the messages. Variables: $name (who wrote it).
inbox-message-in = { $name } skrev
inbox-message-out = { $name } svarade via e-post
inbox-message-note = Intern anteckning av { $name } (skickas aldrig)
# The reply form.
inbox-reply-heading = Svara via e-post
inbox-reply-label = Ditt svar till { $name }, som skickas från inkorgens adress
inbox-reply-send = Skicka
inbox-reply-sent = Ditt svar är på väg.
# The note form.
inbox-note-heading = Intern anteckning
inbox-note-label = Bara gruppens medlemmar ser den; den skickas aldrig.
inbox-note-add = Lägg till anteckningen
inbox-note-added = Anteckningen har lagts till.
# Assigning and the status.
inbox-handle-heading = Hantering
field-assignee-id = Hanteras av
inbox-assign = Tilldela
inbox-assigned = Sparat.
inbox-set-open = Öppna igen
inbox-set-waiting = Markera som väntande på svar
inbox-set-closed = Stäng
# Keeping the answer.
inbox-keep-heading = Spara svaret
inbox-keep-help = Gör frågan och svaret lätta att hitta för alla som kan läsa gruppen: som en fråga i forumet med svaret godkänt, eller som en wikisida. Avsändarens namn och adress tas inte med.
inbox-to-forum = Spara som forumfråga
inbox-to-wiki = Spara i wikin
inbox-kept-forum = Sparad som fråga i forumet
inbox-kept-wiki = Sparad i wikin
# Errors of the reply form.
error-field-no-inbox-address = inkorgen har ingen e-postadress än
error-field-mail-off = intranätet skickar ingen e-post just nu
error-field-not-a-member = välj en medlem i gruppen
# The inbox address on the community's settings page.
community-inbox-address-heading = Inkorgens adress
community-inbox-address-help = Mejl från vem som helst, inom banken eller utanför, till den här adressen blir en konversation i inkorgen, som bara gruppens medlemmar ser. Svaren skickas från samma adress.
field-inbox-local = Adress
# In the list of mails someone was sent (a reply from a shared inbox).
mail-kind-inbox = Svar från en gemensam inkorg
# Label of the list of files that came attached to a mail in a shared inbox.
inbox-attachments = Bilagor
# The notification when a conversation is given to the reader ($name gave it).
notification-assigned = { $name } tilldelade dig ”{ $title }” i inkorgen för { $community }
