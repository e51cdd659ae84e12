## Mail in: the line in notice mails that says they can be answered, the answer to a mail
## that could not be posted, and a community's mail address.

# Line in a notice mail that can be answered by mail.
mail-reply-hint = Reply to this mail to answer in the intranet. Write above the quoted text; quotes and your signature are left out.
# What a mail answering one's own mail was, in the list of mails sent.
mail-kind-answer = Answer to your mail
# Subject of the answer to a mail that was not posted. Variables: $subject (the subject of the person's mail).
mail-answer-subject = Not posted: { $subject }
# Subject of the answer to a mail that waits for a compliance officer. Variables: $subject (the subject of the person's mail).
mail-answer-held-subject = Waiting for review: { $subject }
# First sentence of the answer. Variables: $address (where the mail was sent).
mail-answer-intro = Your mail to { $address } was not posted in the intranet.
# First sentence of the answer when the mail waits for review. Variables: $address (where the mail was sent).
mail-answer-held-intro = Your mail to { $address } was taken in, but it is not published yet.
# Why: the text names a client. Variables: $names (the client names found, comma-separated).
mail-answer-reason-client-name = It names a client ({ $names }), and that may not be written there. Change those words, or write it in the client's restricted community.
# Why: the text names a client and waits for a compliance officer.
mail-answer-reason-held = It names a client, so it waits for a compliance officer to release or reject it. Nothing is published until then.
# Why: what the person answered is gone or no longer visible to them.
mail-answer-reason-gone = What you answered is no longer there, or you can no longer see it.
# Why: the topic is locked.
mail-answer-reason-locked = The topic is locked: it takes no more replies.
# Why: nothing of the person's own was left after quotes and signature were removed.
mail-answer-reason-empty = The mail had no text of its own. Quoted text and signatures are left out, so write above the quote.
# Why: a new topic or post needs a subject.
mail-answer-reason-no-title = A new topic needs a subject, and the mail had none.
# Why: the text is too long.
mail-answer-reason-too-long = The text is longer than the intranet takes.
# Why: the person may not post there (for example the community is archived).
mail-answer-reason-not-allowed = You cannot post there.
# Why: an attached file could not be kept. Variables: $name (the file's name).
mail-answer-reason-file = The attached file { $name } could not be kept: it is too large, or the community's file space is full.
# Why: anything else went wrong.
mail-answer-reason-other = The intranet could not take it just now. Please try again later.
# Heading above the person's own text, quoted back in the answer.
mail-answer-your-text = Your text, so nothing is lost:
# Link text to the place the mail was meant for.
mail-answer-open = Open in the intranet

## A community's mail address, on its page

# Where members can send mail to post in the community. Variables: $address (the mail address).
community-mail-address = Post by mail: { $address }
# Explanation next to the address when mail becomes forum topics.
community-mail-address-forum = A mail from a member to this address becomes a forum topic; the subject is its title.
# Explanation next to the address when mail becomes blog posts.
community-mail-address-blog = A mail from a member to this address becomes a blog post; the subject is its title.

## The posting address on a community's settings page

# Heading of the section.
community-mail-heading = Posting by mail
# Explanation under the heading.
community-mail-help = Give the community an address, and a mail to it from someone who may post here becomes a forum topic or a blog post, with the mail's subject as its title. Leave the address empty to have none.
# Label of the address field (the part before the @).
field-mail-local = Address
# Label of the choice of what a mail becomes.
field-posts-to = A mail becomes
# Choices.
community-mail-posts-forum = A forum topic
community-mail-posts-blog = A blog post
# Save button and confirmation.
community-mail-save = Save the address
community-mail-saved = The mail address is saved.
# When the community has neither a forum nor a blog.
community-mail-no-tool = Switch on the forum or the blog first: a mail becomes a topic or a post in one of them.
# Field errors.
error-field-invalid-address = use letters, digits, dots, hyphens and underscores (addresses starting with “reply” are the intranet's own)
error-field-address-taken = another community has this address
error-field-tool-off = the community does not have this tool switched on
