## The community tool Inbox: a functional mailbox (it-support@…) as a shared inbox for the
## community's members. Mail to its address becomes a conversation; the team answers by mail
## from that address and keeps internal notes.

# The tool's name, in the community's list of tools and the settings' checkboxes.
community-tool-inbox = Postkast
# The tab of a community's inbox.
community-tab-inbox = Postkast
# Heading of the inbox page.
inbox-heading = Ühine postkast
# The address people write to. Variables: $address (the mail address).
inbox-address = Aadressile { $address } saadetud e-kirjad jõuavad siia.
# When the inbox has no address yet.
inbox-no-address = Sellel postkastil pole veel e-posti aadressi; kogukonna omanikud annavad selle seadetes.
# Label of the status filter.
inbox-filter-label = Vestlused oleku järgi
# The filter that shows every conversation.
inbox-filter-all = Kõik
# When the list is empty.
inbox-empty = Siin pole vestlusi.
# Statuses.
inbox-status-open = Avatud
inbox-status-waiting = Ootab vastust
inbox-status-closed = Suletud
# Who handles a conversation. Variables: $name (a member's name).
inbox-assigned-to = Tegeleb: { $name }
inbox-unassigned = Veel mitte keegi
# How many mails a conversation has. Variables: $count (mails).
inbox-message-count = { $count ->
    [one] üks e-kiri
   *[other] { $count } e-kirja
}
# A conversation without a subject.
inbox-no-subject = (teemata)
# A mail without text of its own.
inbox-empty-message = (oma teksti pole: ainult tsitaadid, allkiri või manused)
# Link back to the list.
inbox-back = ← Kõik vestlused
# Who wrote in. Variables: $from (name and address).
inbox-from = Saatja: { $from }
# Headings of the messages. Variables: $name (who wrote it).
inbox-message-in = { $name } kirjutas
inbox-message-out = { $name } vastas e-kirjaga
inbox-message-note = Sisemine märkus: { $name } (seda ei saadeta kunagi)
# The reply form.
inbox-reply-heading = Vasta e-kirjaga
inbox-reply-label = Teie vastus saajale { $name }; see saadetakse postkasti aadressilt
inbox-reply-send = Saada
inbox-reply-sent = Teie vastus on teel.
# The note form.
inbox-note-heading = Sisemine märkus
inbox-note-label = Seda näevad ainult kogukonna liikmed; seda ei saadeta kunagi.
inbox-note-add = Lisa märkus
inbox-note-added = Märkus on lisatud.
# Assigning and the status.
inbox-handle-heading = Käsitlemine
field-assignee-id = Tegeleb
inbox-assign = Määra
inbox-assigned = Salvestatud.
inbox-set-open = Ava uuesti
inbox-set-waiting = Märgi vastust ootavaks
inbox-set-closed = Sulge
# Keeping the answer.
inbox-keep-heading = Säilita vastus
inbox-keep-help = Tehke see küsimus ja selle vastus leitavaks kõigile, kes saavad kogukonna sisu lugeda: küsimusena foorumis koos kinnitatud vastusega või vikilehena. Saatja nime ja aadressi ei lisata.
inbox-to-forum = Säilita foorumi küsimusena
inbox-to-wiki = Säilita vikis
inbox-kept-forum = Säilitatud küsimusena foorumis
inbox-kept-wiki = Säilitatud vikis
# Errors of the reply form.
error-field-no-inbox-address = postkastil pole veel e-posti aadressi
error-field-mail-off = see intranet ei saada praegu e-kirju
error-field-not-a-member = valige kogukonna liige
# The inbox address on the community's settings page.
community-inbox-address-heading = Postkasti aadress
community-inbox-address-help = Kõigi e-kirjad sellele aadressile, nii pangast kui ka väljastpoolt, muutuvad postkastis vestlusteks, mida näevad ainult kogukonna liikmed. Vastused saadetakse samalt aadressilt.
field-inbox-local = Aadress
# In the list of mails someone was sent (a reply from a shared inbox).
mail-kind-inbox = Vastus ühisest postkastist
# Label of the list of files that came attached to a mail in a shared inbox.
inbox-attachments = Manused
# The notification when a conversation is given to the reader ($name gave it).
notification-assigned = { $name } määras teile vestluse „{ $title }“ kogukonna { $community } postkastis
