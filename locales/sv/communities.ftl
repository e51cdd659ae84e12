### Communities: the directory, creating one, a community's pages, and the insider-list export.

## The directory (/communities)

# Directory page title and heading.
communities-title = Grupper
# Button on the directory to the create form.
communities-create = Skapa en grupp
# Accessible name of the directory search form.
communities-search-label = Sök grupper
# Directory filter: label of the name search field.
communities-filter-name = Namn
# Directory filter: label of the language list.
communities-filter-language = Språk
# Directory filter: first option of the language list (no filter).
communities-filter-any-language = Alla språk
# Directory filter: label of the template list.
communities-filter-template = Typ
# Directory filter: first option of the template list (no filter).
communities-filter-any-template = Alla typer
# Directory filter: checkbox to show only communities the reader belongs to.
communities-filter-mine = Bara mina grupper
# Search button of the directory and of the member list.
communities-search-submit = Sök
# Directory: nothing matches the filters.
communities-none-found = Ingen grupp matchar din sökning.
# Link to the next page of a list (directory, members, admin list).
communities-next-page = Nästa sida
# Number of members, in the directory and on a community page. Variables: $count.
communities-member-count = { $count ->
    [one] { $count } medlem
   *[other] { $count } medlemmar
}

## Kinds, templates, roles, tools

# Visibility of a community: badge and choice in the create form.
community-visibility-public = Öppen
community-visibility-moderated = Modererad
community-visibility-restricted = Begränsad
# Create form: what each visibility means.
community-visibility-public-help = alla kan läsa den och bli medlem med ett klick.
community-visibility-moderated-help = alla kan läsa den; ägare eller moderatorer godkänner nya medlemmar.
community-visibility-restricted-help = osynlig för alla utanför gruppen; ägare lägger till medlemmar, med skäl, upp till en gräns. För kunduppdrag.
# Templates: the starting tools and layout of a community.
community-template-helpdesk = Helpdesk
community-template-project = Projekt
community-template-client-team = Kundteam
# Roles in a community.
community-role-member = Medlem
community-role-moderator = Moderator
community-role-owner = Ägare
# Tools a community can switch on.
community-tool-blog = Blogg
community-tool-forum = Forum
community-tool-wiki = Wiki
community-tool-files = Filer
# A forum in question-and-answer mode, in the list of tools. Variables: $tool (the forum's name).
community-tool-forum-questions = { $tool } (frågor och svar)
# Forum modes in the settings form.
community-forum-mode-discussion = Diskussioner
community-forum-mode-questions = Frågor och svar

## Creating a community (/communities/new)

# Create page title and heading.
community-create-title = Skapa en grupp
# Create form: help under the template list.
community-template-help = Helpdesk: ett forum för frågor och svar samt en wiki. Projekt: blogg, forum, wiki och filer. Kundteam: ett begränsat rum med forum, wiki och filer. Verktygen kan slås på och av senare.
# Create form: shown to people who may not create restricted communities.
community-restricted-not-allowed = Begränsade grupper för kunduppdrag skapas av administratörer och av personer som de har gett behörighet.
# Create form: help under the member cap field. Variables: $cap (the organisation's cap).
community-cap-help = { $cap ->
    [one] Lämna tomt för att använda organisationens gräns på { $cap } medlem, eller ange en lägre gräns.
   *[other] Lämna tomt för att använda organisationens gräns på { $cap } medlemmar, eller ange en lägre gräns.
}
# Create form: submit button.
community-create-submit = Skapa grupp

## A community's frame: heading, badges, tabs

# Shown instead of a community that does not exist or that the reader may not see.
community-not-found = Det finns ingen grupp på den här adressen, eller så har du inte åtkomst till den.
# Link back to the directory from the not-found text.
community-back-to-directory = Gå till grupperna
# Accessible name of the badges under a community's name.
community-kind-label = Typ av grupp
# Badge of an archived community.
community-archived-badge = Arkiverad
# Notice on every page of a restricted community.
community-restricted-notice = Begränsad grupp: bara medlemmarna kan se den. Dela inte innehållet här med någon utanför gruppen.
# Notice on every page of an archived community.
community-archived-notice = Den här gruppen är arkiverad: den kan läsas men inte ändras.
# Accessible name of a community's tabs.
community-tabs-label = Gruppens sidor
# Tabs of a community.
community-tab-home = Översikt
community-tab-members = Medlemmar
community-tab-requests = Ansökningar
community-tab-settings = Inställningar
community-tab-history = Historik
# Tab with the number of waiting join requests. Variables: $count.
community-tab-requests-count = { $count ->
    [0] Ansökningar
    [one] Ansökningar ({ $count })
   *[other] Ansökningar ({ $count })
}

## Community home

# Home: the community has no description.
community-no-description = Ingen beskrivning ännu.
# Home: shown to an admin outside a restricted community instead of its description.
community-content-hidden = Du ser den här begränsade gruppen som administratör: dess beskrivning och innehåll syns bara för medlemmarna.
# Home: labels of the facts list.
community-members-label = Medlemmar
community-tools-label = Verktyg
community-created-label = Skapad
community-my-role-label = Din roll
# Home: the community has no tools switched on.
community-no-tools = Inga ännu
# Members and the cap of a restricted community. Variables: $count, $cap.
community-members-of-cap = { $count ->
    [one] { $count } medlem av högst { $cap }
   *[other] { $count } medlemmar av högst { $cap }
}
# Home: heading of the owners list.
community-owners-heading = Ägare
# Home: heading of the joining/leaving section.
community-membership-heading = Medlemskap
# Home: join button of a public community.
community-join = Gå med
# Home: label of the message with a join request.
community-request-message = Varför vill du gå med? (valfritt)
# Home: button that sends a join request.
community-request-submit = Ansök om medlemskap
# Home: the reader's request is waiting for approval.
community-request-pending = Din ansökan om medlemskap väntar på godkännande av en ägare eller moderator.
# Home: help above the leave button.
community-leave-help = Du kan gå med igen senare om gruppen tillåter det.
# Home: leave button.
community-leave = Lämna gruppen
# Home: the reader can neither join, ask nor leave (e.g. an archived community).
community-membership-none = Det finns inget för dig att göra här just nu.

## Members

# Members page: heading of the form that adds a person.
community-invite-heading = Lägg till en medlem
# Members page: help under the e-mail field of the add form.
community-invite-email-help = Skriv ett namn för att välja en kollega, eller ange e-postadressen.
# Members page: label of the reason field (optional).
community-invite-reason = Skäl (valfritt)
# Members page: label of the reason field in a restricted community (required).
community-invite-reason-required = Skäl till åtkomst (obligatoriskt; förs in i insiderförteckningen)
# Members page: add button.
community-invite-submit = Lägg till medlem
# Members page: a person was added.
community-invite-done = Personen har lagts till.
# Members page: accessible name of the member search.
community-members-search-label = Sök medlemmar
# Members page: label of the member search field.
community-members-search = Sök medlem på namn
# Members page: no member matches.
community-members-none = Ingen medlem matchar.
# Members page: when a member joined. Variables: $date.
community-member-since = medlem sedan { $date }
# Members page: hidden label of a member's role list. Variables: $name.
community-role-of = Roll för { $name }
# Members page: button next to the role list.
community-set-role = Ändra roll
# Members page: remove button (visible text).
community-remove = Ta bort
# Members page: accessible name of the remove button. Variables: $name.
community-remove-member = Ta bort { $name } från gruppen

## Join requests

# Requests page: heading.
community-requests-heading = Ansökningar om medlemskap
# Requests page: nobody is waiting.
community-requests-none = Ingen väntar på att få gå med.
# Requests page: when someone asked. Variables: $date.
community-request-asked = ansökte { $date }
# Requests page: label of the optional reason for a decision.
community-decision-reason = Skäl (valfritt, sparas i historiken)
# Requests page: approve button.
community-approve = Godkänn
# Requests page: turn-down button.
community-reject = Avslå

## Settings

# Settings page: heading of the main form.
community-settings-heading = Gruppens inställningar
# Settings page: the community is archived.
community-settings-archived = Återställ gruppen för att kunna ändra inställningarna.
# Settings page: help on the tools.
community-tools-help = Avstängda verktyg döljs; inget i dem raderas.
# Settings page: help under the member cap. Variables: $cap (the cap in force now).
community-cap-settings-help = Gällande gräns är { $cap }. Ange ett lägre tal för den här gruppen, eller 0 för att använda organisationens gräns.
# Settings page: save button.
community-settings-save = Spara inställningar
# Settings page: saved.
community-settings-saved = Inställningarna har sparats.
# Settings page: heading of the archive section.
community-archive-heading = Arkivera
# Settings page: what archiving does.
community-archive-help = En arkiverad grupp går fortfarande att läsa, men ingen kan gå med, lämna, skriva inlägg eller ändra något förrän den har återställts.
# Settings page: confirmation checkbox before archiving. Variables: $name (the community's name).
community-archive-confirm = Ja, arkivera { $name }
# Settings page: what restoring does.
community-unarchive-help = När gruppen återställs blir den aktiv igen.
# Settings page: archive button.
community-archive = Arkivera gruppen
# Settings page: restore button.
community-unarchive = Återställ gruppen
# Settings page: heading of the delete section.
community-delete-heading = Radera
# Settings page: what deleting does.
community-delete-help = Gruppen raderas för alla. Historiken över medlemskap sparas av dokumentationsskäl.
# Settings page: confirmation checkbox. Variables: $name (the community's name).
community-delete-confirm = Ja, radera { $name }
# Settings page: delete button.
community-delete = Radera gruppen

## History and the insider list

# History page: heading of the export section.
community-export-heading = Insiderförteckning
# History page: what the export contains.
community-export-help = Ladda ner en CSV-fil med vilka som har haft åtkomst, i vilken roll, varför och från när till när. Tiderna anges i UTC. Lämna datumen tomma för att få hela historiken.
# History page: labels of the date fields.
community-export-from = Från
community-export-to = Till
# History page: download button.
community-export-submit = Ladda ner CSV
# History page: heading of the event table.
community-history-heading = Medlemshistorik
# History page: columns of the event table.
community-history-when = När
community-history-what = Vad
community-history-who = Person
community-history-by = Av
community-history-reason = Skäl
# History page: link to older events.
community-history-older = Äldre händelser
# History events.
community-event-created = Skapade gruppen
community-event-joined = Gick med
community-event-requested = Ansökte om medlemskap
community-event-approved = Ansökan godkänd
community-event-rejected = Ansökan avslagen
community-event-added = Lades till
community-event-left = Lämnade gruppen
community-event-removed = Togs bort
community-event-role-changed = Rollen ändrades
community-event-refused-cap = Nekad: medlemsgränsen är nådd
community-event-archived = Arkiverade gruppen
community-event-unarchived = Återställde gruppen
community-event-deleted = Raderade gruppen
# Column headings of the insider-list CSV file.
community-csv-person = Person
community-csv-email = E-postadress
community-csv-role = Roll
community-csv-reason = Skäl till åtkomst
community-csv-gained = Åtkomst från (UTC)
community-csv-ended = Åtkomst till (UTC)
community-csv-added-by = Tillagd av
community-csv-ended-by = Avslutad av
community-csv-end-reason = Skäl till avslut

## The health panel: what a community lacks, for its owners.

health-heading = Det här saknas i gruppen
health-all-well = Inget behöver din uppmärksamhet.
health-wiki-front-page = Wikin har ingen startsida ännu.
health-wiki-front-page-fix = Skriv startsidan
health-files = Det finns inga filer eller mappar ännu.
health-files-fix = Lägg till en mapp eller en fil
# Variables: $count (questions), $days.
health-unanswered-questions = { $count ->
    [one] { $count } fråga har väntat på svar i mer än { $days } dagar.
   *[other] { $count } frågor har väntat på svar i mer än { $days } dagar.
}
health-unanswered-questions-fix = Svara på dem
# Variables: $days.
health-activity = Inget nytt har publicerats på { $days } dagar.
health-activity-fix = Publicera en uppdatering
# Variables: $count (members).
health-silent-members = { $count ->
    [one] { $count } medlem har aldrig skrivit något här.
   *[other] { $count } medlemmar har aldrig skrivit något här.
}
health-silent-members-fix = Visa medlemmarna
