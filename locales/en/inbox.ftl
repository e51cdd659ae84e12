## The community tool Inbox: a functional mailbox (it-support@…) as a shared inbox for the
## community's members. Mail to its address becomes a conversation; the team answers by mail
## from that address and keeps internal notes.

# The tool's name, in the community's list of tools and the settings' checkboxes.
community-tool-inbox = Inbox
# The tab of a community's inbox.
community-tab-inbox = Inbox
# Heading of the inbox page.
inbox-heading = Shared inbox
# The address people write to. Variables: $address (the mail address).
inbox-address = Mail to { $address } arrives here.
# When the inbox has no address yet.
inbox-no-address = This inbox has no mail address yet; the community's owners give it one in the settings.
# Label of the status filter.
inbox-filter-label = Conversations by status
# The filter that shows every conversation.
inbox-filter-all = All
# When the list is empty.
inbox-empty = No conversations here.
# Statuses.
inbox-status-open = Open
inbox-status-waiting = Waiting for an answer
inbox-status-closed = Closed
# Who handles a conversation. Variables: $name (a member's name).
inbox-assigned-to = Handled by { $name }
inbox-unassigned = Nobody yet
# How many mails a conversation has. Variables: $count (mails).
inbox-message-count = { $count ->
    [one] one mail
   *[other] { $count } mails
}
# A conversation without a subject.
inbox-no-subject = (no subject)
# A mail without text of its own.
inbox-empty-message = (no text: only quotes, a signature or attachments)
# Link back to the list.
inbox-back = ← All conversations
# Who wrote in. Variables: $from (name and address).
inbox-from = From { $from }
# Headings of the messages. Variables: $name (who wrote it).
inbox-message-in = { $name } wrote
inbox-message-out = { $name } replied by mail
inbox-message-note = Internal note by { $name } (never sent)
# The reply form.
inbox-reply-heading = Reply by mail
inbox-reply-label = Your answer to { $name }, sent from the inbox's address
inbox-reply-send = Send
inbox-reply-sent = Your reply is on its way.
# The note form.
inbox-note-heading = Internal note
inbox-note-label = Only the community's members see it; it is never sent.
inbox-note-add = Add the note
inbox-note-added = The note is added.
# Assigning and the status.
inbox-handle-heading = Handling
field-assignee-id = Handled by
inbox-assign = Assign
inbox-assigned = Saved.
inbox-set-open = Open again
inbox-set-waiting = Mark as waiting for an answer
inbox-set-closed = Close
# Keeping the answer.
inbox-keep-heading = Keep the answer
inbox-keep-help = Make this question and its answer findable for everyone who can read the community: as a question in the forum with the answer accepted, or as a wiki page. The sender's name and address are left out.
inbox-to-forum = Keep as a forum question
inbox-to-wiki = Keep in the wiki
inbox-kept-forum = Kept as a question in the forum
inbox-kept-wiki = Kept in the wiki
# Errors of the reply form.
error-field-no-inbox-address = the inbox has no mail address yet
error-field-mail-off = this intranet sends no mail at the moment
error-field-not-a-member = choose a member of the community
# The inbox address on the community's settings page.
community-inbox-address-heading = The inbox's address
community-inbox-address-help = Mail from anyone, inside the bank or outside, to this address becomes a conversation in the inbox, which only the community's members see. Replies go out from the same address.
field-inbox-local = Address
# In the list of mails someone was sent (a reply from a shared inbox).
mail-kind-inbox = Reply from a shared inbox
# Label of the list of files that came attached to a mail in a shared inbox.
inbox-attachments = Attachments
# The notification when a conversation is given to the reader ($name gave it).
notification-assigned = { $name } assigned you “{ $title }” in the inbox of { $community }
