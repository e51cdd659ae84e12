## The community tool Inbox: a functional mailbox (it-support@…) as a shared inbox for the
## community's members. Mail to its address becomes a conversation; the team answers by mail
## from that address and keeps internal notes.

# The tool's name, in the community's list of tools and the settings' checkboxes.
community-tool-inbox = Posteingang
# The tab of a community's inbox.
community-tab-inbox = Posteingang
# Heading of the inbox page.
inbox-heading = Gemeinsamer Posteingang
# The address people write to. Variables: $address (the mail address).
inbox-address = E-Mails an { $address } kommen hier an.
# When the inbox has no address yet.
inbox-no-address = Dieser Posteingang hat noch keine E-Mail-Adresse; die Eigentümer der Community vergeben sie in den Einstellungen.
# Label of the status filter.
inbox-filter-label = Konversationen nach Status
# The filter that shows every conversation.
inbox-filter-all = Alle
# When the list is empty.
inbox-empty = Hier gibt es keine Konversationen.
# Statuses.
inbox-status-open = Offen
inbox-status-waiting = Wartet auf Antwort
inbox-status-closed = Geschlossen
# Who handles a conversation. Variables: $name (a member's name).
inbox-assigned-to = Zuständig: { $name }
inbox-unassigned = Noch niemand
# How many mails a conversation has. Variables: $count (mails).
inbox-message-count = { $count ->
    [one] eine E-Mail
   *[other] { $count } E-Mails
}
# A conversation without a subject.
inbox-no-subject = (kein Betreff)
# A mail without text of its own.
inbox-empty-message = (kein eigener Text: nur Zitate, eine Signatur oder Anhänge)
# Link back to the list.
inbox-back = ← Alle Konversationen
# Who wrote in. Variables: $from (name and address).
inbox-from = Von { $from }
# Headings of the messages. Variables: $name (who wrote it).
inbox-message-in = { $name } schrieb
inbox-message-out = { $name } antwortete per E-Mail
inbox-message-note = Interne Notiz von { $name } (wird nie gesendet)
# The reply form.
inbox-reply-heading = Per E-Mail antworten
inbox-reply-label = Ihre Antwort an { $name }, gesendet von der Adresse des Posteingangs
inbox-reply-send = Senden
inbox-reply-sent = Ihre Antwort ist unterwegs.
# The note form.
inbox-note-heading = Interne Notiz
inbox-note-label = Nur die Mitglieder der Community sehen sie; sie wird nie gesendet.
inbox-note-add = Notiz hinzufügen
inbox-note-added = Die Notiz wurde hinzugefügt.
# Assigning and the status.
inbox-handle-heading = Bearbeitung
field-assignee-id = Zuständig
inbox-assign = Zuweisen
inbox-assigned = Gespeichert.
inbox-set-open = Wieder öffnen
inbox-set-waiting = Als „Wartet auf Antwort“ markieren
inbox-set-closed = Schließen
# Keeping the answer.
inbox-keep-heading = Antwort festhalten
inbox-keep-help = Machen Sie diese Frage und ihre Antwort für alle auffindbar, die die Community lesen können: als Frage im Forum mit akzeptierter Antwort oder als Wikiseite. Name und Adresse des Absenders werden weggelassen.
inbox-to-forum = Als Frage im Forum festhalten
inbox-to-wiki = Im Wiki festhalten
inbox-kept-forum = Als Frage im Forum festgehalten
inbox-kept-wiki = Im Wiki festgehalten
# Errors of the reply form.
error-field-no-inbox-address = der Posteingang hat noch keine E-Mail-Adresse
error-field-mail-off = dieses Intranet versendet derzeit keine E-Mails
error-field-not-a-member = wählen Sie ein Mitglied der Community
# The inbox address on the community's settings page.
community-inbox-address-heading = Adresse des Posteingangs
community-inbox-address-help = E-Mails von beliebigen Absendern innerhalb oder außerhalb der Bank an diese Adresse werden zu Konversationen im Posteingang, den nur die Mitglieder der Community sehen. Antworten gehen von derselben Adresse aus.
field-inbox-local = Adresse
# In the list of mails someone was sent (a reply from a shared inbox).
mail-kind-inbox = Antwort aus einem gemeinsamen Posteingang
# Label of the list of files that came attached to a mail in a shared inbox.
inbox-attachments = Anhänge
# The notification when a conversation is given to the reader ($name gave it).
notification-assigned = { $name } hat Ihnen „{ $title }“ im Posteingang von { $community } zugewiesen
