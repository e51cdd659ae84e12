### Communities: the directory, creating one, a community's pages, and the insider-list export.

## The directory (/communities)

# Directory page title and heading.
communities-title = Communities
# Button on the directory to the create form.
communities-create = Community erstellen
# Accessible name of the directory search form.
communities-search-label = Communities durchsuchen
# Directory filter: label of the name search field.
communities-filter-name = Name
# Directory filter: label of the language list.
communities-filter-language = Sprache
# Directory filter: first option of the language list (no filter).
communities-filter-any-language = Alle Sprachen
# Directory filter: label of the template list.
communities-filter-template = Art
# Directory filter: first option of the template list (no filter).
communities-filter-any-template = Alle Arten
# Directory filter: checkbox to show only communities the reader belongs to.
communities-filter-mine = Nur meine Communities
# Search button of the directory and of the member list.
communities-search-submit = Suchen
# Directory: nothing matches the filters.
communities-none-found = Keine Community entspricht Ihrer Suche.
# Link to the next page of a list (directory, members, admin list).
communities-next-page = Nächste Seite
# Number of members, in the directory and on a community page. Variables: $count.
communities-member-count = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}

## Kinds, templates, roles, tools

# Visibility of a community: badge and choice in the create form.
community-visibility-public = Öffentlich
community-visibility-moderated = Moderiert
community-visibility-restricted = Eingeschränkt
# Create form: what each visibility means.
community-visibility-public-help = alle können sie lesen und mit einem Klick beitreten.
community-visibility-moderated-help = alle können sie lesen; Eigentümer oder Moderatoren genehmigen Beitritte.
community-visibility-restricted-help = für alle außerhalb unsichtbar; Eigentümer fügen Mitglieder mit Begründung hinzu, bis zu einer Höchstzahl. Für die Arbeit mit Kunden.
# Templates: the starting tools and layout of a community.
community-template-helpdesk = Helpdesk
community-template-project = Projekt
community-template-client-team = Kundenteam
# Roles in a community.
community-role-member = Mitglied
community-role-moderator = Moderator
community-role-owner = Eigentümer
# Tools a community can switch on.
community-tool-blog = Blog
community-tool-forum = Forum
community-tool-wiki = Wiki
community-tool-files = Dateien
# A forum in question-and-answer mode, in the list of tools. Variables: $tool (the forum's name).
community-tool-forum-questions = { $tool } (Fragen und Antworten)
# Forum modes in the settings form.
community-forum-mode-discussion = Diskussionen
community-forum-mode-questions = Fragen und Antworten

## Creating a community (/communities/new)

# Create page title and heading.
community-create-title = Community erstellen
# Create form: help under the template list.
community-template-help = Helpdesk: ein Frage-Antwort-Forum und ein Wiki. Projekt: Blog, Forum, Wiki und Dateien. Kundenteam: ein eingeschränkter Raum mit Forum, Wiki und Dateien. Werkzeuge lassen sich später ein- und ausschalten.
# Create form: shown to people who may not create restricted communities.
community-restricted-not-allowed = Eingeschränkte Communities für die Arbeit mit Kunden werden von Administratoren und von Personen erstellt, denen sie das erlauben.
# Create form: help under the member cap field. Variables: $cap (the organisation's cap).
community-cap-help = { $cap ->
    [one] Lassen Sie das Feld leer, um die Höchstzahl der Organisation von { $cap } Mitglied zu verwenden, oder legen Sie eine niedrigere fest.
   *[other] Lassen Sie das Feld leer, um die Höchstzahl der Organisation von { $cap } Mitgliedern zu verwenden, oder legen Sie eine niedrigere fest.
}
# Create form: submit button.
community-create-submit = Community erstellen

## A community's frame: heading, badges, tabs

# Shown instead of a community that does not exist or that the reader may not see.
community-not-found = Unter dieser Adresse gibt es keine Community, oder Sie haben keinen Zugriff darauf.
# Link back to the directory from the not-found text.
community-back-to-directory = Zu den Communities
# Accessible name of the badges under a community's name.
community-kind-label = Art der Community
# Badge of an archived community.
community-archived-badge = Archiviert
# Notice on every page of a restricted community.
community-restricted-notice = Eingeschränkte Community: Nur ihre Mitglieder können sie sehen. Geben Sie nichts von hier nach außen weiter.
# Notice on every page of an archived community.
community-archived-notice = Diese Community ist archiviert: Sie kann gelesen, aber nicht geändert werden.
# Accessible name of a community's tabs.
community-tabs-label = Seiten der Community
# Tabs of a community.
community-tab-home = Übersicht
community-tab-members = Mitglieder
community-tab-requests = Beitrittsanfragen
community-tab-settings = Einstellungen
community-tab-history = Verlauf
# Tab with the number of waiting join requests. Variables: $count.
community-tab-requests-count = { $count ->
    [0] Beitrittsanfragen
    [one] Beitrittsanfragen ({ $count })
   *[other] Beitrittsanfragen ({ $count })
}

## Community home

# Home: the community has no description.
community-no-description = Noch keine Beschreibung.
# Home: shown to an admin outside a restricted community instead of its description.
community-content-hidden = Sie sehen diese eingeschränkte Community als Administrator: Beschreibung und Inhalte sind nur für ihre Mitglieder sichtbar.
# Home: labels of the facts list.
community-members-label = Mitglieder
community-tools-label = Werkzeuge
community-created-label = Erstellt
community-my-role-label = Ihre Rolle
# Home: the community has no tools switched on.
community-no-tools = Noch keine
# Members and the cap of a restricted community. Variables: $count, $cap.
community-members-of-cap = { $count ->
    [one] { $count } Mitglied von höchstens { $cap }
   *[other] { $count } Mitglieder von höchstens { $cap }
}
# Home: heading of the owners list.
community-owners-heading = Eigentümer
# Home: heading of the joining/leaving section.
community-membership-heading = Mitgliedschaft
# Home: join button of a public community.
community-join = Beitreten
# Home: label of the message with a join request.
community-request-message = Warum möchten Sie beitreten? (optional)
# Home: button that sends a join request.
community-request-submit = Beitritt anfragen
# Home: the reader's request is waiting for approval.
community-request-pending = Ihre Beitrittsanfrage wartet auf die Freigabe durch einen Eigentümer oder Moderator.
# Home: help above the leave button.
community-leave-help = Sie können später wieder beitreten, sofern die Community dies zulässt.
# Home: leave button.
community-leave = Community verlassen
# Home: the reader can neither join, ask nor leave (e.g. an archived community).
community-membership-none = Hier gibt es für Sie derzeit nichts zu tun.

## Members

# Members page: heading of the form that adds a person.
community-invite-heading = Mitglied hinzufügen
# Members page: help under the e-mail field of the add form.
community-invite-email-help = Geben Sie einen Namen ein, um eine Kollegin oder einen Kollegen auszuwählen, oder die E-Mail-Adresse.
# Members page: label of the reason field (optional).
community-invite-reason = Grund (optional)
# Members page: label of the reason field in a restricted community (required).
community-invite-reason-required = Grund für den Zugriff (Pflichtangabe; wird in die Insiderliste übernommen)
# Members page: add button.
community-invite-submit = Mitglied hinzufügen
# Members page: a person was added.
community-invite-done = Die Person wurde hinzugefügt.
# Members page: accessible name of the member search.
community-members-search-label = Mitglieder suchen
# Members page: label of the member search field.
community-members-search = Mitglied nach Namen suchen
# Members page: no member matches.
community-members-none = Kein Mitglied gefunden.
# Members page: when a member joined. Variables: $date.
community-member-since = Mitglied seit { $date }
# Members page: hidden label of a member's role list. Variables: $name.
community-role-of = Rolle von { $name }
# Members page: button next to the role list.
community-set-role = Rolle ändern
# Members page: remove button (visible text).
community-remove = Entfernen
# Members page: accessible name of the remove button. Variables: $name.
community-remove-member = { $name } aus der Community entfernen

## Join requests

# Requests page: heading.
community-requests-heading = Beitrittsanfragen
# Requests page: nobody is waiting.
community-requests-none = Es liegen keine Beitrittsanfragen vor.
# Requests page: when someone asked. Variables: $date.
community-request-asked = angefragt am { $date }
# Requests page: label of the optional reason for a decision.
community-decision-reason = Grund (optional, wird im Verlauf gespeichert)
# Requests page: approve button.
community-approve = Genehmigen
# Requests page: turn-down button.
community-reject = Ablehnen

## Settings

# Settings page: heading of the main form.
community-settings-heading = Einstellungen der Community
# Settings page: the community is archived.
community-settings-archived = Stellen Sie die Community wieder her, um ihre Einstellungen zu ändern.
# Settings page: help on the tools.
community-tools-help = Ausgeschaltete Werkzeuge werden ausgeblendet; ihr Inhalt wird nicht gelöscht.
# Settings page: help under the member cap. Variables: $cap (the cap in force now).
community-cap-settings-help = Die geltende Höchstzahl ist { $cap }. Geben Sie für diese Community eine niedrigere Zahl ein, oder 0, um die Höchstzahl der Organisation zu verwenden.
# Settings page: save button.
community-settings-save = Einstellungen speichern
# Settings page: saved.
community-settings-saved = Einstellungen gespeichert.
# Settings page: heading of the archive section.
community-archive-heading = Archivieren
# Settings page: what archiving does.
community-archive-help = Eine archivierte Community bleibt lesbar, aber bis zu ihrer Wiederherstellung kann niemand beitreten, austreten, Beiträge verfassen oder etwas ändern.
# Settings page: confirmation checkbox before archiving. Variables: $name (the community's name).
community-archive-confirm = Ja, { $name } archivieren
# Settings page: what restoring does.
community-unarchive-help = Durch die Wiederherstellung wird die Community wieder aktiv.
# Settings page: archive button.
community-archive = Community archivieren
# Settings page: restore button.
community-unarchive = Community wiederherstellen
# Settings page: heading of the delete section.
community-delete-heading = Löschen
# Settings page: what deleting does.
community-delete-help = Durch das Löschen wird die Community für alle entfernt. Ihr Mitgliedschaftsverlauf bleibt zu Dokumentationszwecken erhalten.
# Settings page: confirmation checkbox. Variables: $name (the community's name).
community-delete-confirm = Ja, { $name } löschen
# Settings page: delete button.
community-delete = Community löschen

## History and the insider list

# History page: heading of the export section.
community-export-heading = Insiderliste
# History page: what the export contains.
community-export-help = Laden Sie als CSV-Datei herunter, wer in welcher Rolle, aus welchem Grund und von wann bis wann Zugriff hatte. Zeiten sind in UTC angegeben. Lassen Sie die Datumsfelder leer, um den gesamten Verlauf zu erhalten.
# History page: labels of the date fields.
community-export-from = Von
community-export-to = Bis
# History page: download button.
community-export-submit = CSV herunterladen
# History page: heading of the event table.
community-history-heading = Mitgliedschaftsverlauf
# History page: columns of the event table.
community-history-when = Wann
community-history-what = Was
community-history-who = Person
community-history-by = Durch
community-history-reason = Grund
# History page: link to older events.
community-history-older = Ältere Ereignisse
# History events.
community-event-created = Community erstellt
community-event-joined = Beigetreten
community-event-requested = Beitritt angefragt
community-event-approved = Anfrage genehmigt
community-event-rejected = Anfrage abgelehnt
community-event-added = Hinzugefügt
community-event-left = Ausgetreten
community-event-removed = Entfernt
community-event-role-changed = Rolle geändert
community-event-refused-cap = Abgelehnt: Höchstzahl erreicht
community-event-archived = Community archiviert
community-event-unarchived = Community wiederhergestellt
community-event-deleted = Community gelöscht
# Column headings of the insider-list CSV file.
community-csv-person = Person
community-csv-email = E-Mail-Adresse
community-csv-role = Rolle
community-csv-reason = Grund für den Zugriff
community-csv-gained = Zugriff erhalten (UTC)
community-csv-ended = Zugriff beendet (UTC)
community-csv-added-by = Hinzugefügt von
community-csv-ended-by = Beendet von
community-csv-end-reason = Grund für die Beendigung

## The health panel: what a community lacks, for its owners.

health-heading = Was dieser Community fehlt
health-all-well = Nichts erfordert Ihre Aufmerksamkeit.
health-wiki-front-page = Das Wiki hat noch keine Startseite.
health-wiki-front-page-fix = Startseite schreiben
health-files = Es gibt noch keine Dateien oder Ordner.
health-files-fix = Ordner oder Datei hinzufügen
# Variables: $count (questions), $days.
health-unanswered-questions = { $count ->
    [one] { $count } Frage wartet seit mehr als { $days } Tagen auf eine Antwort.
   *[other] { $count } Fragen warten seit mehr als { $days } Tagen auf eine Antwort.
}
health-unanswered-questions-fix = Fragen beantworten
# Variables: $days.
health-activity = Seit { $days } Tagen wurde nichts Neues veröffentlicht.
health-activity-fix = Statusmeldung veröffentlichen
# Variables: $count (members).
health-silent-members = { $count ->
    [one] { $count } Mitglied hat hier noch nie etwas veröffentlicht.
   *[other] { $count } Mitglieder haben hier noch nie etwas veröffentlicht.
}
health-silent-members-fix = Mitglieder anzeigen
