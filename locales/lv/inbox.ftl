## The community tool Inbox: a functional mailbox (it-support@…) as a shared inbox for the
## community's members. Mail to its address becomes a conversation; the team answers by mail
## from that address and keeps internal notes.

# The tool's name, in the community's list of tools and the settings' checkboxes.
community-tool-inbox = Iesūtne
# The tab of a community's inbox.
community-tab-inbox = Iesūtne
# Heading of the inbox page.
inbox-heading = Koplietojamā iesūtne
# The address people write to. Variables: $address (the mail address).
inbox-address = Vēstules uz adresi { $address } nonāk šeit.
# When the inbox has no address yet.
inbox-no-address = Šai iesūtnei vēl nav e-pasta adreses; kopienas īpašnieki to piešķir iestatījumos.
# Label of the status filter.
inbox-filter-label = Sarunas pēc statusa
# The filter that shows every conversation.
inbox-filter-all = Visas
# When the list is empty.
inbox-empty = Šeit nav sarunu.
# Statuses.
inbox-status-open = Atvērta
inbox-status-waiting = Gaida atbildi
inbox-status-closed = Slēgta
# Who handles a conversation. Variables: $name (a member's name).
inbox-assigned-to = Apstrādā: { $name }
inbox-unassigned = Vēl neviens
# How many mails a conversation has. Variables: $count (mails).
inbox-message-count = { $count ->
    [zero] { $count } vēstuļu
    [one] { $count } vēstule
   *[other] { $count } vēstules
}
# A conversation without a subject.
inbox-no-subject = (bez temata)
# A mail without text of its own.
inbox-empty-message = (nav paša teksta: tikai citāti, paraksts vai pielikumi)
# Link back to the list.
inbox-back = ← Visas sarunas
# Who wrote in. Variables: $from (name and address).
inbox-from = No: { $from }
# Headings of the messages. Variables: $name (who wrote it).
inbox-message-in = { $name } rakstīja
inbox-message-out = { $name } atbildēja pa e-pastu
inbox-message-note = Iekšēja piezīme: { $name } (netiek nosūtīta)
# The reply form.
inbox-reply-heading = Atbildēt pa e-pastu
inbox-reply-label = Jūsu atbilde adresātam { $name } (tiks nosūtīta no iesūtnes adreses)
inbox-reply-send = Nosūtīt
inbox-reply-sent = Jūsu atbilde ir ceļā.
# The note form.
inbox-note-heading = Iekšēja piezīme
inbox-note-label = To redz tikai kopienas dalībnieki; tā nekad netiek nosūtīta.
inbox-note-add = Pievienot piezīmi
inbox-note-added = Piezīme ir pievienota.
# Assigning and the status.
inbox-handle-heading = Apstrāde
field-assignee-id = Apstrādā
inbox-assign = Piešķirt
inbox-assigned = Saglabāts.
inbox-set-open = Atvērt atkārtoti
inbox-set-waiting = Atzīmēt, ka gaida atbildi
inbox-set-closed = Slēgt
# Keeping the answer.
inbox-keep-heading = Saglabāt atbildi
inbox-keep-help = Padariet šo jautājumu un atbildi atrodamu ikvienam, kas var lasīt kopienas saturu: kā jautājumu forumā ar pieņemtu atbildi vai kā wiki lapu. Sūtītāja vārds un adrese netiek iekļauti.
inbox-to-forum = Saglabāt kā foruma jautājumu
inbox-to-wiki = Saglabāt wiki
inbox-kept-forum = Saglabāts kā jautājums forumā
inbox-kept-wiki = Saglabāts wiki
# Errors of the reply form.
error-field-no-inbox-address = iesūtnei vēl nav e-pasta adreses
error-field-mail-off = šis iekštīkls pašlaik nesūta e-pasta vēstules
error-field-not-a-member = izvēlieties kopienas dalībnieku
# The inbox address on the community's settings page.
community-inbox-address-heading = Iesūtnes adrese
community-inbox-address-help = Ikviena vēstule uz šo adresi — gan no bankas, gan ārpus tās — kļūst par sarunu iesūtnē, ko redz tikai kopienas dalībnieki. Atbildes tiek sūtītas no tās pašas adreses.
field-inbox-local = Adrese
# In the list of mails someone was sent (a reply from a shared inbox).
mail-kind-inbox = Atbilde no koplietojamās iesūtnes
# Label of the list of files that came attached to a mail in a shared inbox.
inbox-attachments = Pielikumi
# The notification when a conversation is given to the reader ($name gave it).
notification-assigned = { $name } uzticēja jums „{ $title }“ kopienas { $community } iesūtnē
