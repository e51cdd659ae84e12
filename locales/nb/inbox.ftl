## The community tool Inbox: a functional mailbox (it-support@…) as a shared inbox for the
## community's members. Mail to its address becomes a conversation; the team answers by mail
## from that address and keeps internal notes.

# The tool's name, in the community's list of tools and the settings' checkboxes.
community-tool-inbox = Innboks
# The tab of a community's inbox.
community-tab-inbox = Innboks
# Heading of the inbox page.
inbox-heading = Felles innboks
# The address people write to. Variables: $address (the mail address).
inbox-address = E-post til { $address } kommer hit.
# When the inbox has no address yet.
inbox-no-address = Innboksen har ingen e-postadresse ennå; gruppens eiere gir den en i innstillingene.
# Label of the status filter.
inbox-filter-label = Samtaler etter status
# The filter that shows every conversation.
inbox-filter-all = Alle
# When the list is empty.
inbox-empty = Ingen samtaler her.
# Statuses.
inbox-status-open = Åpen
inbox-status-waiting = Venter på svar
inbox-status-closed = Lukket
# Who handles a conversation. Variables: $name (a member's name).
inbox-assigned-to = Håndteres av { $name }
inbox-unassigned = Ingen ennå
# How many mails a conversation has. Variables: $count (mails).
inbox-message-count = { $count ->
    [one] én e-post
   *[other] { $count } e-poster
}
# A conversation without a subject.
inbox-no-subject = (uten emne)
# A mail without text of its own.
inbox-empty-message = (ingen egen tekst: bare sitater, en signatur eller vedlegg)
# Link back to the list.
inbox-back = ← Alle samtaler
# Who wrote in. Variables: $from (name and address).
inbox-from = Fra { $from }
# Headings of the messages. Variables: $name (who wrote it).
inbox-message-in = { $name } skrev
inbox-message-out = { $name } svarte via e-post
inbox-message-note = Internt notat fra { $name } (sendes aldri)
# The reply form.
inbox-reply-heading = Svar via e-post
inbox-reply-label = Svaret ditt til { $name }, sendt fra innboksens adresse
inbox-reply-send = Send
inbox-reply-sent = Svaret ditt er på vei.
# The note form.
inbox-note-heading = Internt notat
inbox-note-label = Bare gruppens medlemmer ser det; det sendes aldri.
inbox-note-add = Legg til notatet
inbox-note-added = Notatet er lagt til.
# Assigning and the status.
inbox-handle-heading = Håndtering
field-assignee-id = Håndteres av
inbox-assign = Tildel
inbox-assigned = Lagret.
inbox-set-open = Åpne igjen
inbox-set-waiting = Merk som ventende på svar
inbox-set-closed = Lukk
# Keeping the answer.
inbox-keep-heading = Ta vare på svaret
inbox-keep-help = Gjør spørsmålet og svaret lette å finne for alle som kan lese gruppen: som et spørsmål i forumet med svaret godkjent, eller som en wikiside. Avsenderens navn og adresse blir ikke tatt med.
inbox-to-forum = Ta vare på som forumspørsmål
inbox-to-wiki = Ta vare på i wikien
inbox-kept-forum = Tatt vare på som spørsmål i forumet
inbox-kept-wiki = Tatt vare på i wikien
# Errors of the reply form.
error-field-no-inbox-address = innboksen har ingen e-postadresse ennå
error-field-mail-off = intranettet sender ikke e-post for øyeblikket
error-field-not-a-member = velg et medlem av gruppen
# The inbox address on the community's settings page.
community-inbox-address-heading = Innboksens adresse
community-inbox-address-help = E-post fra hvem som helst, i banken eller utenfor, til denne adressen blir en samtale i innboksen, som bare gruppens medlemmer ser. Svarene sendes fra samme adresse.
field-inbox-local = Adresse
# In the list of mails someone was sent (a reply from a shared inbox).
mail-kind-inbox = Svar fra en felles innboks
# Label of the list of files that came attached to a mail in a shared inbox.
inbox-attachments = Vedlegg
# The notification when a conversation is given to the reader ($name gave it).
notification-assigned = { $name } tildelte deg «{ $title }» i innboksen til { $community }
