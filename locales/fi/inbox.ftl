## The community tool Inbox: a functional mailbox (it-support@…) as a shared inbox for the
## community's members. Mail to its address becomes a conversation; the team answers by mail
## from that address and keeps internal notes.

# The tool's name, in the community's list of tools and the settings' checkboxes.
community-tool-inbox = Postilaatikko
# The tab of a community's inbox.
community-tab-inbox = Postilaatikko
# Heading of the inbox page.
inbox-heading = Jaettu postilaatikko
# The address people write to. Variables: $address (the mail address).
inbox-address = Osoitteeseen { $address } lähetetyt sähköpostit tulevat tänne.
# When the inbox has no address yet.
inbox-no-address = Postilaatikolla ei ole vielä sähköpostiosoitetta; yhteisön omistajat antavat sille osoitteen asetuksissa.
# Label of the status filter.
inbox-filter-label = Keskustelut tilan mukaan
# The filter that shows every conversation.
inbox-filter-all = Kaikki
# When the list is empty.
inbox-empty = Täällä ei ole keskusteluja.
# Statuses.
inbox-status-open = Avoin
inbox-status-waiting = Odottaa vastausta
inbox-status-closed = Suljettu
# Who handles a conversation. Variables: $name (a member's name).
inbox-assigned-to = Käsittelijä: { $name }
inbox-unassigned = Ei vielä ketään
# How many mails a conversation has. Variables: $count (mails).
inbox-message-count = { $count ->
    [one] yksi sähköposti
   *[other] { $count } sähköpostia
}
# A conversation without a subject.
inbox-no-subject = (ei aihetta)
# A mail without text of its own.
inbox-empty-message = (ei omaa tekstiä: vain lainauksia, allekirjoitus tai liitteitä)
# Link back to the list.
inbox-back = ← Kaikki keskustelut
# Who wrote in. Variables: $from (name and address).
inbox-from = Lähettäjä: { $from }
# Headings of the messages. Variables: $name (who wrote it).
inbox-message-in = { $name } kirjoitti
inbox-message-out = { $name } vastasi sähköpostilla
inbox-message-note = Sisäinen muistiinpano: { $name } (ei lähetetä koskaan)
# The reply form.
inbox-reply-heading = Vastaa sähköpostilla
inbox-reply-label = Vastauksesi henkilölle { $name }; se lähetetään postilaatikon osoitteesta
inbox-reply-send = Lähetä
inbox-reply-sent = Vastauksesi on matkalla.
# The note form.
inbox-note-heading = Sisäinen muistiinpano
inbox-note-label = Vain yhteisön jäsenet näkevät sen; sitä ei lähetetä koskaan.
inbox-note-add = Lisää muistiinpano
inbox-note-added = Muistiinpano on lisätty.
# Assigning and the status.
inbox-handle-heading = Käsittely
field-assignee-id = Käsittelijä
inbox-assign = Määritä
inbox-assigned = Tallennettu.
inbox-set-open = Avaa uudelleen
inbox-set-waiting = Merkitse odottamaan vastausta
inbox-set-closed = Sulje
# Keeping the answer.
inbox-keep-heading = Säilytä vastaus
inbox-keep-help = Tee kysymyksestä ja sen vastauksesta löydettävä kaikille, jotka voivat lukea yhteisön sisältöä: kysymyksenä keskustelupalstalla hyväksytyn vastauksen kanssa tai wikisivuna. Lähettäjän nimeä ja osoitetta ei oteta mukaan.
inbox-to-forum = Säilytä kysymyksenä keskustelupalstalla
inbox-to-wiki = Säilytä wikissä
inbox-kept-forum = Säilytetty kysymyksenä keskustelupalstalla
inbox-kept-wiki = Säilytetty wikissä
# Errors of the reply form.
error-field-no-inbox-address = postilaatikolla ei ole vielä sähköpostiosoitetta
error-field-mail-off = tämä intranet ei lähetä sähköpostia tällä hetkellä
error-field-not-a-member = valitse yhteisön jäsen
# The inbox address on the community's settings page.
community-inbox-address-heading = Postilaatikon osoite
community-inbox-address-help = Kenen tahansa pankin sisältä tai ulkopuolelta tähän osoitteeseen lähettämästä sähköpostista tulee keskustelu postilaatikkoon, jonka vain yhteisön jäsenet näkevät. Vastaukset lähtevät samasta osoitteesta.
field-inbox-local = Osoite
# In the list of mails someone was sent (a reply from a shared inbox).
mail-kind-inbox = Vastaus jaetusta postilaatikosta
# Label of the list of files that came attached to a mail in a shared inbox.
inbox-attachments = Liitteet
# The notification when a conversation is given to the reader ($name gave it).
notification-assigned = { $name } antoi sinulle käsiteltäväksi ”{ $title }” yhteisön { $community } postilaatikossa
