### Communities: the directory, creating one, a community's pages, and the insider-list export.

## The directory (/communities)

# Directory page title and heading.
communities-title = Communities
# Button on the directory to the create form.
communities-create = Create a community
# Accessible name of the directory search form.
communities-search-label = Search communities
# Directory filter: label of the name search field.
communities-filter-name = Name
# Directory filter: label of the language list.
communities-filter-language = Language
# Directory filter: first option of the language list (no filter).
communities-filter-any-language = Any language
# Directory filter: label of the template list.
communities-filter-template = Kind
# Directory filter: first option of the template list (no filter).
communities-filter-any-template = Any kind
# Directory filter: checkbox to show only communities the reader belongs to.
communities-filter-mine = Only my communities
# Search button of the directory and of the member list.
communities-search-submit = Search
# Directory: nothing matches the filters.
communities-none-found = No community matches your search.
# Link to the next page of a list (directory, members, admin list).
communities-next-page = Next page
# Number of members, in the directory and on a community page. Variables: $count.
communities-member-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}

## Kinds, templates, roles, tools

# Visibility of a community: badge and choice in the create form.
community-visibility-public = Public
community-visibility-moderated = Moderated
community-visibility-restricted = Restricted
# Create form: what each visibility means.
community-visibility-public-help = anyone can read it and join with one click.
community-visibility-moderated-help = anyone can read it; owners or moderators approve who joins.
community-visibility-restricted-help = invisible to everyone outside it; owners add members, with a reason, up to a cap. For client work.
# Templates: the starting tools and layout of a community.
community-template-helpdesk = Helpdesk
community-template-project = Project
community-template-client-team = Client team
# Roles in a community.
community-role-member = Member
community-role-moderator = Moderator
community-role-owner = Owner
# Tools a community can switch on.
community-tool-blog = Blog
community-tool-forum = Forum
community-tool-wiki = Wiki
community-tool-files = Files
# A forum in question-and-answer mode, in the list of tools. Variables: $tool (the forum's name).
community-tool-forum-questions = { $tool } (questions and answers)
# Forum modes in the settings form.
community-forum-mode-discussion = Discussions
community-forum-mode-questions = Questions and answers

## Creating a community (/communities/new)

# Create page title and heading.
community-create-title = Create a community
# Create form: help under the template list.
community-template-help = Helpdesk: a question-and-answer forum and a wiki. Project: blog, forum, wiki and files. Client team: a restricted room with forum, wiki and files. Tools can be switched on and off later.
# Create form: shown to people who may not create restricted communities.
community-restricted-not-allowed = Restricted communities for client work are created by administrators and by people they allow.
# Create form: help under the member cap field. Variables: $cap (the organisation's cap).
community-cap-help = { $cap ->
    [one] Leave empty to use the organisation's cap of { $cap } member, or set a lower one.
   *[other] Leave empty to use the organisation's cap of { $cap } members, or set a lower one.
}
# Create form: submit button.
community-create-submit = Create community

## A community's frame: heading, badges, tabs

# Shown instead of a community that does not exist or that the reader may not see.
community-not-found = There is no community at this address, or you do not have access to it.
# Link back to the directory from the not-found text.
community-back-to-directory = Go to the communities
# Accessible name of the badges under a community's name.
community-kind-label = Kind of community
# Badge of an archived community.
community-archived-badge = Archived
# Notice on every page of a restricted community.
community-restricted-notice = Restricted community: only its members can see it. Do not share what is here outside it.
# Notice on every page of an archived community.
community-archived-notice = This community is archived: it can be read but not changed.
# Accessible name of a community's tabs.
community-tabs-label = Community pages
# Tabs of a community.
community-tab-home = Overview
community-tab-members = Members
community-tab-requests = Join requests
community-tab-settings = Settings
community-tab-history = History
# Tab with the number of waiting join requests. Variables: $count.
community-tab-requests-count = { $count ->
    [0] Join requests
    [one] Join requests ({ $count })
   *[other] Join requests ({ $count })
}

## Community home

# Home: the community has no description.
community-no-description = No description yet.
# Home: shown to an admin outside a restricted community instead of its description.
community-content-hidden = You see this restricted community as an administrator: its description and content are visible to its members only.
# Home: labels of the facts list.
community-members-label = Members
community-tools-label = Tools
community-created-label = Created
community-my-role-label = Your role
# Home: the community has no tools switched on.
community-no-tools = None yet
# Members and the cap of a restricted community. Variables: $count, $cap.
community-members-of-cap = { $count ->
    [one] { $count } member of at most { $cap }
   *[other] { $count } members of at most { $cap }
}
# Home: heading of the owners list.
community-owners-heading = Owners
# Home: heading of the joining/leaving section.
community-membership-heading = Membership
# Home: join button of a public community.
community-join = Join
# Home: label of the message with a join request.
community-request-message = Why would you like to join? (optional)
# Home: button that sends a join request.
community-request-submit = Ask to join
# Home: the reader's request is waiting for approval.
community-request-pending = Your request to join is waiting for an owner or moderator.
# Home: help above the leave button.
community-leave-help = You can join again later if the community allows it.
# Home: leave button.
community-leave = Leave community
# Home: the reader can neither join, ask nor leave (e.g. an archived community).
community-membership-none = There is nothing to do here for you right now.

## Members

# Members page: heading of the form that adds a person.
community-invite-heading = Add a member
# Members page: help under the e-mail field of the add form.
community-invite-email-help = Type a name to pick a colleague, or enter their e-mail address.
# Members page: label of the reason field (optional).
community-invite-reason = Reason (optional)
# Members page: label of the reason field in a restricted community (required).
community-invite-reason-required = Reason for access (required; it goes into the insider list)
# Members page: add button.
community-invite-submit = Add member
# Members page: a person was added.
community-invite-done = The person was added.
# Members page: accessible name of the member search.
community-members-search-label = Search members
# Members page: label of the member search field.
community-members-search = Find a member by name
# Members page: no member matches.
community-members-none = No member matches.
# Members page: when a member joined. Variables: $date.
community-member-since = member since { $date }
# Members page: hidden label of a member's role list. Variables: $name.
community-role-of = Role of { $name }
# Members page: button next to the role list.
community-set-role = Change role
# Members page: remove button (visible text).
community-remove = Remove
# Members page: accessible name of the remove button. Variables: $name.
community-remove-member = Remove { $name } from the community

## Join requests

# Requests page: heading.
community-requests-heading = Requests to join
# Requests page: nobody is waiting.
community-requests-none = No one is waiting to join.
# Requests page: when someone asked. Variables: $date.
community-request-asked = asked on { $date }
# Requests page: label of the optional reason for a decision.
community-decision-reason = Reason (optional, recorded in the history)
# Requests page: approve button.
community-approve = Approve
# Requests page: turn-down button.
community-reject = Turn down

## Settings

# Settings page: heading of the main form.
community-settings-heading = Community settings
# Settings page: the community is archived.
community-settings-archived = Restore the community to change its settings.
# Settings page: help on the tools.
community-tools-help = Switched-off tools are hidden; nothing in them is deleted.
# Settings page: help under the member cap. Variables: $cap (the cap in force now).
community-cap-settings-help = The cap in force is { $cap }. Enter a lower number for this community, or 0 to use the organisation's cap.
# Settings page: save button.
community-settings-save = Save settings
# Settings page: saved.
community-settings-saved = Settings saved.
# Settings page: heading of the archive section.
community-archive-heading = Archive
# Settings page: what archiving does.
community-archive-help = An archived community stays readable, but nobody can join, leave, post or change anything until it is restored.
# Settings page: confirmation checkbox before archiving. Variables: $name (the community's name).
community-archive-confirm = Yes, archive { $name }
# Settings page: what restoring does.
community-unarchive-help = Restoring makes the community active again.
# Settings page: archive button.
community-archive = Archive community
# Settings page: restore button.
community-unarchive = Restore community
# Settings page: heading of the delete section.
community-delete-heading = Delete
# Settings page: what deleting does.
community-delete-help = Deleting removes the community for everyone. Its membership history is kept for the records.
# Settings page: confirmation checkbox. Variables: $name (the community's name).
community-delete-confirm = Yes, delete { $name }
# Settings page: delete button.
community-delete = Delete community

## History and the insider list

# History page: heading of the export section.
community-export-heading = Insider list
# History page: what the export contains.
community-export-help = Download who had access, in which role, why, and from when to when, as a CSV file. Times are in UTC. Leave the dates empty for the whole history.
# History page: labels of the date fields.
community-export-from = From
community-export-to = To
# History page: download button.
community-export-submit = Download CSV
# History page: heading of the event table.
community-history-heading = Membership history
# History page: columns of the event table.
community-history-when = When
community-history-what = What
community-history-who = Person
community-history-by = By
community-history-reason = Reason
# History page: link to older events.
community-history-older = Older events
# History events.
community-event-created = Created the community
community-event-joined = Joined
community-event-requested = Asked to join
community-event-approved = Request approved
community-event-rejected = Request turned down
community-event-added = Added
community-event-left = Left
community-event-removed = Removed
community-event-role-changed = Role changed
community-event-refused-cap = Refused: cap reached
community-event-archived = Archived the community
community-event-unarchived = Restored the community
community-event-deleted = Deleted the community
# Column headings of the insider-list CSV file.
community-csv-person = Person
community-csv-email = E-mail address
community-csv-role = Role
community-csv-reason = Reason for access
community-csv-gained = Access gained (UTC)
community-csv-ended = Access ended (UTC)
community-csv-added-by = Added by
community-csv-ended-by = Ended by
community-csv-end-reason = Reason for ending

## The health panel: what a community lacks, for its owners.

health-heading = What this community lacks
health-all-well = Nothing needs your attention.
health-wiki-front-page = The wiki has no front page yet.
health-wiki-front-page-fix = Write the front page
health-files = There are no files or folders yet.
health-files-fix = Add a folder or a file
# Variables: $count (questions), $days.
health-unanswered-questions = { $count ->
    [one] { $count } question has waited more than { $days } days for an answer.
   *[other] { $count } questions have waited more than { $days } days for an answer.
}
health-unanswered-questions-fix = Answer them
# Variables: $days.
health-activity = Nothing new has been posted for { $days } days.
health-activity-fix = Post an update
# Variables: $count (members).
health-silent-members = { $count ->
    [one] { $count } member has never posted here.
   *[other] { $count } members have never posted here.
}
health-silent-members-fix = See the members
