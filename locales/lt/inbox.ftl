## The community tool Inbox: a functional mailbox (it-support@…) as a shared inbox for the
## community's members. Mail to its address becomes a conversation; the team answers by mail
## from that address and keeps internal notes.

# The tool's name, in the community's list of tools and the settings' checkboxes.
community-tool-inbox = Pašto dėžutė
# The tab of a community's inbox.
community-tab-inbox = Pašto dėžutė
# Heading of the inbox page.
inbox-heading = Bendroji pašto dėžutė
# The address people write to. Variables: $address (the mail address).
inbox-address = Laiškai, išsiųsti adresu { $address }, patenka čia.
# When the inbox has no address yet.
inbox-no-address = Ši pašto dėžutė dar neturi el. pašto adreso; bendruomenės savininkai jį priskiria nustatymuose.
# Label of the status filter.
inbox-filter-label = Pokalbiai pagal būseną
# The filter that shows every conversation.
inbox-filter-all = Visi
# When the list is empty.
inbox-empty = Čia pokalbių nėra.
# Statuses.
inbox-status-open = Atviras
inbox-status-waiting = Laukia atsakymo
inbox-status-closed = Uždarytas
# Who handles a conversation. Variables: $name (a member's name).
inbox-assigned-to = Tvarko: { $name }
inbox-unassigned = Dar niekas
# How many mails a conversation has. Variables: $count (mails).
inbox-message-count = { $count ->
    [one] { $count } laiškas
    [few] { $count } laiškai
    [many] { $count } laiško
   *[other] { $count } laiškų
}
# A conversation without a subject.
inbox-no-subject = (be temos)
# A mail without text of its own.
inbox-empty-message = (nėra paties teksto: tik citatos, parašas arba priedai)
# Link back to the list.
inbox-back = ← Visi pokalbiai
# Who wrote in. Variables: $from (name and address).
inbox-from = Siuntėjas: { $from }
# Headings of the messages. Variables: $name (who wrote it).
inbox-message-in = { $name } rašė
inbox-message-out = { $name } atsakė el. paštu
inbox-message-note = Vidinė pastaba: { $name } (niekada nesiunčiama)
# The reply form.
inbox-reply-heading = Atsakyti el. paštu
inbox-reply-label = Jūsų atsakymas gavėjui { $name } (bus išsiųstas iš pašto dėžutės adreso)
inbox-reply-send = Siųsti
inbox-reply-sent = Jūsų atsakymas siunčiamas.
# The note form.
inbox-note-heading = Vidinė pastaba
inbox-note-label = Ją mato tik bendruomenės nariai; ji niekada nesiunčiama.
inbox-note-add = Pridėti pastabą
inbox-note-added = Pastaba pridėta.
# Assigning and the status.
inbox-handle-heading = Tvarkymas
field-assignee-id = Tvarko
inbox-assign = Priskirti
inbox-assigned = Išsaugota.
inbox-set-open = Atidaryti iš naujo
inbox-set-waiting = Pažymėti kaip laukiantį atsakymo
inbox-set-closed = Uždaryti
# Keeping the answer.
inbox-keep-heading = Išsaugoti atsakymą
inbox-keep-help = Padarykite šį klausimą ir atsakymą randamus visiems, kurie gali skaityti bendruomenės turinį: kaip klausimą forume su priimtu atsakymu arba kaip wiki puslapį. Siuntėjo vardas ir adresas neįtraukiami.
inbox-to-forum = Išsaugoti kaip forumo klausimą
inbox-to-wiki = Išsaugoti wiki
inbox-kept-forum = Išsaugota kaip klausimas forume
inbox-kept-wiki = Išsaugota wiki
# Errors of the reply form.
error-field-no-inbox-address = pašto dėžutė dar neturi el. pašto adreso
error-field-mail-off = šis intranetas šiuo metu nesiunčia laiškų
error-field-not-a-member = pasirinkite bendruomenės narį
# The inbox address on the community's settings page.
community-inbox-address-heading = Pašto dėžutės adresas
community-inbox-address-help = Bet kieno laiškai šiuo adresu – tiek iš banko, tiek iš išorės – tampa pokalbiais pašto dėžutėje, kurią mato tik bendruomenės nariai. Atsakymai siunčiami iš to paties adreso.
field-inbox-local = Adresas
# In the list of mails someone was sent (a reply from a shared inbox).
mail-kind-inbox = Atsakymas iš bendrosios pašto dėžutės
# Label of the list of files that came attached to a mail in a shared inbox.
inbox-attachments = Priedai
# The notification when a conversation is given to the reader ($name gave it).
notification-assigned = { $name } paskyrė jums „{ $title }“ bendruomenės { $community } pašto dėžutėje
