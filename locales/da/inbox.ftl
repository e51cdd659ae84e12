## The community tool Inbox: a functional mailbox (it-support@…) as a shared inbox for the
## community's members. Mail to its address becomes a conversation; the team answers by mail
## from that address and keeps internal notes.

# The tool's name, in the community's list of tools and the settings' checkboxes.
community-tool-inbox = Indbakke
# The tab of a community's inbox.
community-tab-inbox = Indbakke
# Heading of the inbox page.
inbox-heading = Fælles indbakke
# The address people write to. Variables: $address (the mail address).
inbox-address = E-mails til { $address } lander her.
# When the inbox has no address yet.
inbox-no-address = Indbakken har ingen e-mailadresse endnu; gruppens ejere giver den en i indstillingerne.
# Label of the status filter.
inbox-filter-label = Samtaler efter status
# The filter that shows every conversation.
inbox-filter-all = Alle
# When the list is empty.
inbox-empty = Ingen samtaler her.
# Statuses.
inbox-status-open = Åben
inbox-status-waiting = Venter på svar
inbox-status-closed = Lukket
# Who handles a conversation. Variables: $name (a member's name).
inbox-assigned-to = Håndteres af { $name }
inbox-unassigned = Ingen endnu
# How many mails a conversation has. Variables: $count (mails).
inbox-message-count = { $count ->
    [one] én e-mail
   *[other] { $count } e-mails
}
# A conversation without a subject.
inbox-no-subject = (intet emne)
# A mail without text of its own.
inbox-empty-message = (ingen egen tekst: kun citater, en signatur eller vedhæftede filer)
# Link back to the list.
inbox-back = ← Alle samtaler
# Who wrote in. Variables: $from (name and address).
inbox-from = Fra { $from }
# Headings of the messages. Variables: $name (who wrote it).
inbox-message-in = { $name } skrev
inbox-message-out = { $name } svarede via e-mail
inbox-message-note = Intern note fra { $name } (sendes aldrig)
# The reply form.
inbox-reply-heading = Svar via e-mail
inbox-reply-label = Dit svar til { $name }, sendt fra indbakkens adresse
inbox-reply-send = Send
inbox-reply-sent = Dit svar er på vej.
# The note form.
inbox-note-heading = Intern note
inbox-note-label = Kun gruppens medlemmer kan se den; den sendes aldrig.
inbox-note-add = Tilføj noten
inbox-note-added = Noten er tilføjet.
# Assigning and the status.
inbox-handle-heading = Håndtering
field-assignee-id = Håndteres af
inbox-assign = Tildel
inbox-assigned = Gemt.
inbox-set-open = Genåbn
inbox-set-waiting = Markér som ventende på svar
inbox-set-closed = Luk
# Keeping the answer.
inbox-keep-heading = Gem svaret
inbox-keep-help = Gør spørgsmålet og svaret nemme at finde for alle, der kan læse gruppen: som et spørgsmål i forummet med svaret accepteret eller som en wikiside. Afsenderens navn og adresse kommer ikke med.
inbox-to-forum = Gem som spørgsmål i forummet
inbox-to-wiki = Gem i wikien
inbox-kept-forum = Gemt som spørgsmål i forummet
inbox-kept-wiki = Gemt i wikien
# Errors of the reply form.
error-field-no-inbox-address = indbakken har ingen e-mailadresse endnu
error-field-mail-off = intranettet sender ikke e-mails i øjeblikket
error-field-not-a-member = vælg et medlem af gruppen
# The inbox address on the community's settings page.
community-inbox-address-heading = Indbakkens adresse
community-inbox-address-help = E-mails fra hvem som helst, i banken eller udefra, til denne adresse bliver til en samtale i indbakken, som kun gruppens medlemmer kan se. Svarene sendes fra samme adresse.
field-inbox-local = Adresse
# In the list of mails someone was sent (a reply from a shared inbox).
mail-kind-inbox = Svar fra en fælles indbakke
# Label of the list of files that came attached to a mail in a shared inbox.
inbox-attachments = Vedhæftede filer
# The notification when a conversation is given to the reader ($name gave it).
notification-assigned = { $name } tildelte dig »{ $title }« i indbakken for { $community }
