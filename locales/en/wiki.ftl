### Wikis: a community's tree of pages, writing them, their history and differences.

# Community tab: the wiki.
community-tab-wiki = Wiki
# An item's kind: a wiki page.
kind-wiki-page = Wiki page
# An item's kind: a file.
kind-file = File
# Stream filter: new wiki pages only.
stream-kind-wiki = Wiki pages
# Notification: pages the reader follows were edited. Variables: $name (the latest editor), $title (the page), $count (how many others edited too).
notification-page-edited = { $count ->
    [0] { $name } edited “{ $title }”
    [one] { $name } and { $count } other edited “{ $title }”
   *[other] { $name } and { $count } others edited “{ $title }”
}
# Error: the page was saved by someone else after the editor opened it.
error-edit-conflict = Someone saved this page after you started editing, so your save was not made. Your text is kept: the edit page shows it merged with the page as it is now, to check and save again.

# Field names in error messages.
field-parent-id = Parent page
field-position = Position
field-summary = Summary of the change
field-wiki-editors = Who may edit the wiki
field-version = Version
field-original-id = Original
# Field problems.
error-field-taken = another page already has this title
error-field-inside-itself = a page cannot go under itself or one of its own pages
error-field-front-page = the front page stays at the top of the wiki
error-field-not-found = not found
error-field-too-many-pages = { $limit ->
    [one] a wiki holds at most { $limit } page
   *[other] a wiki holds at most { $limit } pages
}
error-field-wiki-page = a wiki page is edited in its wiki
error-field-invalid = this value is not valid

# Community settings: who may edit the wiki.
community-wiki-editors-members = All members
community-wiki-editors-moderators = Owners and moderators only

## The wiki's pages.

wiki-pages-heading = Pages
wiki-new-page = New page
wiki-empty = This wiki has no pages yet. The first page becomes its front page.
# Badge on the wiki's front page.
wiki-front-page = Front page
wiki-breadcrumbs-label = Where this page is
# Who changed the page last. Variables: $name.
wiki-updated-by = Updated by { $name }
# A version number. Variables: $version.
wiki-version = Version { $version }
wiki-languages = This page in:
# On a page made from a forum question.
wiki-from-question = From the question:
wiki-toc-label = Contents
wiki-children-heading = Pages under this one
wiki-follow = Follow this page
wiki-unfollow = Stop following
wiki-edit = Edit
wiki-add-child = Add a page under this one
wiki-delete = Delete page
# Heading over a page's comments. Variables: $count.
wiki-comments-heading = { $count ->
    [0] Comments
    [one] { $count } comment
   *[other] { $count } comments
}

## Writing a page.

wiki-title-label = Title
wiki-body-label = Text
wiki-link-help = Link to another page of this wiki with [[Page title]]; a page that does not exist yet can be created from the link.
wiki-create-submit = Create page
# Variables: $title.
wiki-editing = Editing “{ $title }”
# Variables: $version.
wiki-editing-version = You are editing version { $version }.
wiki-open-current = Open the current version in a new tab
wiki-summary-label = Summary of the change (optional)
wiki-save = Save
wiki-cancel = Cancel
wiki-may-not-edit = You cannot edit this page.
wiki-back-to-page = Back to the page

## History and differences.

wiki-history-heading = History
wiki-compare-from = From
wiki-compare-to = To
wiki-version-column = Version
wiki-compare = Compare
wiki-revert = Restore this version
# Variables: $version.
wiki-reverted-from = restores version { $version }
# Variables: $inserted, $deleted (numbers of words).
wiki-diff-counts = { $inserted ->
    [one] { $inserted } word added
   *[other] { $inserted } words added
}, { $deleted ->
    [one] { $deleted } word removed
   *[other] { $deleted } words removed
}
# Unchanged text left out of a difference. Variables: $count (words).
wiki-diff-skipped = { $count ->
    [one] … { $count } unchanged word …
   *[other] … { $count } unchanged words …
}

## The helpdesk loop: an answered question kept in the wiki.

# The title of the wiki's section for answered questions.
wiki-faq-title = Frequently asked questions
# The text of that section's own page.
wiki-faq-body = Answers to questions asked in the forum, kept here so everyone can find them.
# Heading over the accepted answer on a page made from a question.
wiki-faq-answer-heading = Answer
# Under the answer. Variables: $name (who answered).
wiki-faq-answered-by = Answered by { $name }
# How often people came to the page from its question. Variables: $count.
wiki-forum-visits = { $count ->
    [one] reached { $count } time from the forum
   *[other] reached { $count } times from the forum
}
# On a question whose answer is kept in the wiki.
forum-kept-in-wiki = This answer is kept in the wiki.
forum-open-in-wiki = Open the wiki page
forum-keep-in-wiki = Keep this answer in the wiki
# Error: a question without an accepted answer.
error-not-answered = This question has no accepted answer yet, so there is nothing to keep in the wiki.
error-field-title-taken = every title this page could have is taken in the wiki

# Moving a page in the tree.
wiki-move = Move this page
wiki-move-parent = Under
wiki-move-top = The top of the wiki
wiki-move-position = Place among the pages there
wiki-move-last = Last
wiki-move-first = First
wiki-move-submit = Move
wiki-moved = Moved.

# After a save was refused because someone saved the page first: the edit page shows the
# refused text merged with the page as it is now. $names: who saved meanwhile; $version: the
# page's version now; $base: the version the editor started from.
wiki-merge-notice = { $names } saved the page (now version { $version }) while you were editing version { $base }. Nothing you wrote is lost.
wiki-merge-clean = Your changes and theirs are in different places and are merged in the form below: read it through and save.
wiki-merge-conflicts = { $count ->
    [one] You both changed the same lines in one place. There the page's lines come first, then yours, between lines of <<<<<<<, ======= and >>>>>>>: keep what should stay and delete the rest, markers included, then save.
   *[other] You both changed the same lines in { $count } places. There the page's lines come first, then yours, between lines of <<<<<<<, ======= and >>>>>>>: keep what should stay and delete the rest, markers included, then save.
}
wiki-merge-title = The page's title is now "{ $title }"; the form has yours.
wiki-merge-diff = How your text differs from the page now
wiki-merge-yours = Your text as you wrote it
wiki-merge-discard = Discard my text and keep the page as it is
