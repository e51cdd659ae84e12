### Communities: the directory, creating one, a community's pages, and the insider-list export.

## The directory (/communities)

# Directory page title and heading.
communities-title = Kogukonnad
# Button on the directory to the create form.
communities-create = Loo kogukond
# Accessible name of the directory search form.
communities-search-label = Otsi kogukondi
# Directory filter: label of the name search field.
communities-filter-name = Nimi
# Directory filter: label of the language list.
communities-filter-language = Keel
# Directory filter: first option of the language list (no filter).
communities-filter-any-language = Kõik keeled
# Directory filter: label of the template list.
communities-filter-template = Tüüp
# Directory filter: first option of the template list (no filter).
communities-filter-any-template = Kõik tüübid
# Directory filter: checkbox to show only communities the reader belongs to.
communities-filter-mine = Ainult minu kogukonnad
# Search button of the directory and of the member list.
communities-search-submit = Otsi
# Directory: nothing matches the filters.
communities-none-found = Otsingule vastavaid kogukondi ei leitud.
# Link to the next page of a list (directory, members, admin list).
communities-next-page = Järgmine leht
# Number of members, in the directory and on a community page. Variables: $count.
communities-member-count = { $count ->
    [one] { $count } liige
   *[other] { $count } liiget
}

## Kinds, templates, roles, tools

# Visibility of a community: badge and choice in the create form.
community-visibility-public = Avalik
community-visibility-moderated = Modereeritud
community-visibility-restricted = Piiratud
# Create form: what each visibility means.
community-visibility-public-help = kõik saavad seda lugeda ja ühe klõpsuga liituda.
community-visibility-moderated-help = kõik saavad seda lugeda; uued liikmed kinnitavad omanikud või moderaatorid.
community-visibility-restricted-help = nähtamatu kõigile, kes sinna ei kuulu; omanikud lisavad liikmeid põhjendusega kuni ülemmäärani. Klienditööks.
# Templates: the starting tools and layout of a community.
community-template-helpdesk = Kasutajatugi
community-template-project = Projekt
community-template-client-team = Kliendimeeskond
# Roles in a community.
community-role-member = Liige
community-role-moderator = Moderaator
community-role-owner = Omanik
# Tools a community can switch on.
community-tool-blog = Blogi
community-tool-forum = Foorum
community-tool-wiki = Viki
community-tool-files = Failid
# A forum in question-and-answer mode, in the list of tools. Variables: $tool (the forum's name).
community-tool-forum-questions = { $tool } (küsimused ja vastused)
# Forum modes in the settings form.
community-forum-mode-discussion = Arutelud
community-forum-mode-questions = Küsimused ja vastused

## Creating a community (/communities/new)

# Create page title and heading.
community-create-title = Kogukonna loomine
# Create form: help under the template list.
community-template-help = Kasutajatugi: küsimuste ja vastuste foorum ning viki. Projekt: blogi, foorum, viki ja failid. Kliendimeeskond: piiratud ruum foorumi, viki ja failidega. Tööriistu saab hiljem sisse ja välja lülitada.
# Create form: shown to people who may not create restricted communities.
community-restricted-not-allowed = Piiratud kogukondi klienditööks loovad administraatorid ja inimesed, kellele nad on selleks loa andnud.
# Create form: help under the member cap field. Variables: $cap (the organisation's cap).
community-cap-help = Jätke väli tühjaks, et kasutada organisatsiooni liikmete ülemmäära ({ $cap }), või määrake väiksem ülemmäär.
# Create form: submit button.
community-create-submit = Loo kogukond

## A community's frame: heading, badges, tabs

# Shown instead of a community that does not exist or that the reader may not see.
community-not-found = Sellel aadressil ei ole kogukonda või teil puudub sellele juurdepääs.
# Link back to the directory from the not-found text.
community-back-to-directory = Mine kogukondade juurde
# Accessible name of the badges under a community's name.
community-kind-label = Kogukonna tüüp
# Badge of an archived community.
community-archived-badge = Arhiveeritud
# Notice on every page of a restricted community.
community-restricted-notice = Piiratud kogukond: seda näevad ainult selle liikmed. Ärge jagage siinset teavet väljaspool kogukonda.
# Notice on every page of an archived community.
community-archived-notice = See kogukond on arhiveeritud: seda saab lugeda, kuid mitte muuta.
# Accessible name of a community's tabs.
community-tabs-label = Kogukonna lehed
# Tabs of a community.
community-tab-home = Ülevaade
community-tab-members = Liikmed
community-tab-requests = Liitumistaotlused
community-tab-settings = Seaded
community-tab-history = Ajalugu
# Tab with the number of waiting join requests. Variables: $count.
community-tab-requests-count = { $count ->
    [0] Liitumistaotlused
    [one] Liitumistaotlused ({ $count })
   *[other] Liitumistaotlused ({ $count })
}

## Community home

# Home: the community has no description.
community-no-description = Kirjeldust veel ei ole.
# Home: shown to an admin outside a restricted community instead of its description.
community-content-hidden = Näete seda piiratud kogukonda administraatorina: selle kirjeldus ja sisu on nähtavad ainult liikmetele.
# Home: labels of the facts list.
community-members-label = Liikmed
community-tools-label = Tööriistad
community-created-label = Loodud
community-my-role-label = Teie roll
# Home: the community has no tools switched on.
community-no-tools = Veel ei ole
# Members and the cap of a restricted community. Variables: $count, $cap.
community-members-of-cap = { $count ->
    [one] { $count } liige, kõige rohkem { $cap }
   *[other] { $count } liiget, kõige rohkem { $cap }
}
# Home: heading of the owners list.
community-owners-heading = Omanikud
# Home: heading of the joining/leaving section.
community-membership-heading = Liikmesus
# Home: join button of a public community.
community-join = Liitu
# Home: label of the message with a join request.
community-request-message = Miks soovite liituda? (valikuline)
# Home: button that sends a join request.
community-request-submit = Taotle liitumist
# Home: the reader's request is waiting for approval.
community-request-pending = Teie liitumistaotlus ootab omaniku või moderaatori kinnitust.
# Home: help above the leave button.
community-leave-help = Saate hiljem uuesti liituda, kui kogukond seda lubab.
# Home: leave button.
community-leave = Lahku kogukonnast
# Home: the reader can neither join, ask nor leave (e.g. an archived community).
community-membership-none = Praegu ei ole teil siin midagi teha.

## Members

# Members page: heading of the form that adds a person.
community-invite-heading = Liikme lisamine
# Members page: help under the e-mail field of the add form.
community-invite-email-help = Kolleegi valimiseks sisestage nimi või tema e-posti aadress.
# Members page: label of the reason field (optional).
community-invite-reason = Põhjus (valikuline)
# Members page: label of the reason field in a restricted community (required).
community-invite-reason-required = Juurdepääsu põhjus (kohustuslik; kantakse siseringi nimekirja)
# Members page: add button.
community-invite-submit = Lisa liige
# Members page: a person was added.
community-invite-done = Inimene on lisatud.
# Members page: accessible name of the member search.
community-members-search-label = Otsi liikmeid
# Members page: label of the member search field.
community-members-search = Otsi liiget nime järgi
# Members page: no member matches.
community-members-none = Otsingule vastavaid liikmeid ei leitud.
# Members page: when a member joined. Variables: $date.
community-member-since = liige alates { $date }
# Members page: hidden label of a member's role list. Variables: $name.
community-role-of = Kasutaja { $name } roll
# Members page: button next to the role list.
community-set-role = Muuda rolli
# Members page: remove button (visible text).
community-remove = Eemalda
# Members page: accessible name of the remove button. Variables: $name.
community-remove-member = Eemalda kasutaja { $name } kogukonnast

## Join requests

# Requests page: heading.
community-requests-heading = Liitumistaotlused
# Requests page: nobody is waiting.
community-requests-none = Keegi ei oota liitumist.
# Requests page: when someone asked. Variables: $date.
community-request-asked = taotlus esitatud { $date }
# Requests page: label of the optional reason for a decision.
community-decision-reason = Põhjus (valikuline, salvestatakse ajalukku)
# Requests page: approve button.
community-approve = Kinnita
# Requests page: turn-down button.
community-reject = Lükka tagasi

## Settings

# Settings page: heading of the main form.
community-settings-heading = Kogukonna seaded
# Settings page: the community is archived.
community-settings-archived = Seadete muutmiseks taastage kogukond.
# Settings page: help on the tools.
community-tools-help = Välja lülitatud tööriistad peidetakse; nende sisu ei kustutata.
# Settings page: help under the member cap. Variables: $cap (the cap in force now).
community-cap-settings-help = Kehtiv ülemmäär on { $cap }. Sisestage selle kogukonna jaoks väiksem arv või 0, et kasutada organisatsiooni ülemmäära.
# Settings page: save button.
community-settings-save = Salvesta seaded
# Settings page: saved.
community-settings-saved = Seaded on salvestatud.
# Settings page: heading of the archive section.
community-archive-heading = Arhiveerimine
# Settings page: what archiving does.
community-archive-help = Arhiveeritud kogukonda saab endiselt lugeda, kuid keegi ei saa liituda, lahkuda, postitada ega midagi muuta enne, kui kogukond on taastatud.
# Settings page: confirmation checkbox before archiving. Variables: $name (the community's name).
community-archive-confirm = Jah, arhiveeri { $name }
# Settings page: what restoring does.
community-unarchive-help = Taastamisel muutub kogukond uuesti aktiivseks.
# Settings page: archive button.
community-archive = Arhiveeri kogukond
# Settings page: restore button.
community-unarchive = Taasta kogukond
# Settings page: heading of the delete section.
community-delete-heading = Kustutamine
# Settings page: what deleting does.
community-delete-help = Kustutamisel eemaldatakse kogukond kõigi jaoks. Liikmesuse ajalugu säilitatakse dokumenteerimise eesmärgil.
# Settings page: confirmation checkbox. Variables: $name (the community's name).
community-delete-confirm = Jah, kustuta { $name }
# Settings page: delete button.
community-delete = Kustuta kogukond

## History and the insider list

# History page: heading of the export section.
community-export-heading = Siseringi nimekiri
# History page: what the export contains.
community-export-help = Laadige CSV-failina alla, kellel oli juurdepääs, millises rollis, mis põhjusel ning mis ajast mis ajani. Ajad on UTC järgi. Kogu ajaloo saamiseks jätke kuupäevad tühjaks.
# History page: labels of the date fields.
community-export-from = Alguskuupäev
community-export-to = Lõppkuupäev
# History page: download button.
community-export-submit = Laadi alla CSV
# History page: heading of the event table.
community-history-heading = Liikmesuse ajalugu
# History page: columns of the event table.
community-history-when = Aeg
community-history-what = Sündmus
community-history-who = Isik
community-history-by = Tegija
community-history-reason = Põhjus
# History page: link to older events.
community-history-older = Vanemad sündmused
# History events.
community-event-created = Lõi kogukonna
community-event-joined = Liitus
community-event-requested = Taotles liitumist
community-event-approved = Taotlus kinnitatud
community-event-rejected = Taotlus tagasi lükatud
community-event-added = Lisatud
community-event-left = Lahkus
community-event-removed = Eemaldatud
community-event-role-changed = Roll muudetud
community-event-refused-cap = Keeldutud: ülemmäär on täis
community-event-archived = Arhiveeris kogukonna
community-event-unarchived = Taastas kogukonna
community-event-deleted = Kustutas kogukonna
# Column headings of the insider-list CSV file.
community-csv-person = Isik
community-csv-email = E-posti aadress
community-csv-role = Roll
community-csv-reason = Juurdepääsu põhjus
community-csv-gained = Juurdepääsu algus (UTC)
community-csv-ended = Juurdepääsu lõpp (UTC)
community-csv-added-by = Lisaja
community-csv-ended-by = Lõpetaja
community-csv-end-reason = Lõpetamise põhjus

## The health panel: what a community lacks, for its owners.

health-heading = Mis selles kogukonnas puudu on
health-all-well = Miski ei vaja teie tähelepanu.
health-wiki-front-page = Vikil pole veel esilehte.
health-wiki-front-page-fix = Kirjuta esileht
health-files = Faile ega kaustu veel pole.
health-files-fix = Lisa kaust või fail
# Variables: $count (questions), $days.
health-unanswered-questions = { $count ->
    [one] { $count } küsimus on oodanud vastust üle { $days } päeva.
   *[other] { $count } küsimust on oodanud vastust üle { $days } päeva.
}
health-unanswered-questions-fix = Vasta küsimustele
# Variables: $days.
health-activity = { $days } päeva jooksul pole midagi uut postitatud.
health-activity-fix = Postita värskendus
# Variables: $count (members).
health-silent-members = { $count ->
    [one] { $count } liige pole siia kunagi midagi postitanud.
   *[other] { $count } liiget pole siia kunagi midagi postitanud.
}
health-silent-members-fix = Vaata liikmeid
