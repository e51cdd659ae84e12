### The client-name guard and the compliance officer's tools: the refusal of a write that names a
### watched client, writes held for review, the watchlist's fields and the audit trail's CSV.

# A write was refused because it names a client of the bank where colleagues without a need to know can read it. The lines after it say where.
error-client-name = Dieser Text nennt einen Kunden und darf hier nicht stehen. Ändern Sie die markierten Wörter (oder schreiben Sie ihn in der eingeschränkten Community des Kunden); Ihr Text steht noch im Formular.
# A write that names a client was kept for a compliance officer to release or reject; nothing is published yet.
error-held-for-review = Dieser Text nennt einen Kunden und wartet deshalb darauf, dass ein Compliance-Beauftragter ihn freigibt oder ablehnt; bis dahin wird nichts veröffentlicht. Ihr Text steht noch im Formular.
# One line under error-client-name. Variables: $field (the field's name), $name (the client's name as the watchlist spells it), $start and $end (character positions in the field, from 1).
guard-match-line = { $field }: „{ $name }“, Zeichen { $start }–{ $end }

# Watchlist entry fields.
field-aliases = Weitere Namen und Abkürzungen
field-legal-form = Rechtsform
field-strictness = Wann ein Name zählt, der auch ein gewöhnliches Wort ist
field-allowed-communities = Eingeschränkte Communities, in denen der Kunde genannt werden darf
field-guard-mode = Wenn ein Text einen Kunden nennt
# A watchlist entry names a community that does not exist or is not restricted.
error-field-not-restricted = geben Sie nur Adressen eingeschränkter Communities an
# Another compliance officer is deciding this held text at the same moment.
error-field-being-decided = ein anderer Compliance-Beauftragter entscheidet gerade über diesen Text; laden Sie die Warteschlange neu
# An uploaded CSV file that is not UTF-8 text.
error-field-not-utf8 = speichern Sie die Datei als CSV in UTF-8 und laden Sie sie erneut hoch

# The audit trail as CSV: column headings.
audit-csv-seq = Laufende Nummer
audit-csv-time = Zeitpunkt (UTC)
audit-csv-actor-id = Personen-ID
audit-csv-actor = Person
audit-csv-action = Ereignis
audit-csv-community = Community
audit-csv-subject = Betrifft
audit-csv-detail = Details
audit-csv-hash = Hashwert (SHA-256)

## Navigation.
nav-compliance = Compliance
# In the user menu: the writer's own texts held for a compliance officer.
nav-held = Zur Prüfung zurückgehalten

## The warning under a text being written (while typing).
# Shown when refusing is the organisation's choice. The list of names found follows.
guard-warning-refuse = Dieser Text nennt einen Kunden und kann deshalb hier nicht gespeichert werden. Ändern Sie diese Wörter:
# Shown when holding is the organisation's choice. The list of names found follows.
guard-warning-hold = Dieser Text nennt einen Kunden: Wenn Sie ihn speichern, wartet er auf einen Compliance-Beauftragten, bevor jemand ihn sieht. Die Wörter:
# One name found. Variables: $found (the words as written), $name (the client as the watchlist spells it).
guard-warning-found = „{ $found }“ ({ $name })
guard-warning-show-label = „{ $found }“ im Text markieren

## The compliance officer's pages.
compliance-title = Compliance
compliance-not-officer = Nur Compliance-Beauftragte können diese Seite sehen.
compliance-watchlist-title = Beobachtungsliste der Kundennamen
compliance-watchlist-help = Ein Name auf dieser Liste darf nur in den dafür erlaubten eingeschränkten Communities geschrieben werden: Überall sonst wird der Text zurückgewiesen (oder zurückgehalten, je nach Einstellung der Administratoren). Jede Änderung der Liste wird im Prüfpfad festgehalten.
compliance-watchlist-search = Namen suchen
compliance-watchlist-search-submit = Suchen
# How many entries match. Variables: $count.
compliance-watchlist-count = { $count ->
    [one] Ein Name
   *[other] { $count } Namen
}
compliance-watchlist-empty = Keine Namen auf der Beobachtungsliste.
compliance-watchlist-add = Kunden hinzufügen
compliance-watchlist-add-submit = Zur Beobachtungsliste hinzufügen
compliance-watchlist-added = Zur Beobachtungsliste hinzugefügt.
compliance-watchlist-aliases-help = Durch Kommas getrennt, zum Beispiel: NH, Nordhav.
compliance-watchlist-communities-help = Die Adressen der eingeschränkten Communities (der letzte Teil ihres Links), durch Kommas getrennt.
compliance-watchlist-nowhere = Nirgends
compliance-watchlist-actions = Aktionen
# Variables: $name (the client).
compliance-watchlist-edit = { $name } bearbeiten
compliance-watchlist-edit-short = Bearbeiten
compliance-watchlist-save = Speichern
compliance-watchlist-saved = Gespeichert.
compliance-watchlist-delete = { $name } von der Beobachtungsliste entfernen
compliance-watchlist-delete-short = Entfernen
compliance-watchlist-next-page = Weitere Namen
compliance-watchlist-back = Zurück zur Beobachtungsliste
compliance-strictness-always = Immer
compliance-strictness-capitalised = Nur mit großem Anfangsbuchstaben
compliance-strictness-with-legal-form = Nur mit Rechtsform
compliance-transfer-heading = Import und Export
compliance-import-help = Eine CSV-Datei mit den Spalten name, aliases, legal_form, strictness und allowed_communities, wie der Export sie schreibt. Namen, die schon auf der Liste stehen, werden geändert, neue hinzugefügt. Ein Import gilt ganz oder gar nicht: Hat eine Zeile einen Fehler, wird nichts gespeichert.
compliance-import-file = CSV-Datei
compliance-import-submit = Importieren
compliance-export = Beobachtungsliste herunterladen (CSV)
# Variables: $created, $updated (numbers of names).
compliance-import-done = Importiert: { $created ->
    [one] ein Name hinzugefügt
   *[other] { $created } Namen hinzugefügt
}, { $updated ->
    [one] einer geändert
   *[other] { $updated } geändert
}.
compliance-import-failed = Es wurde nichts importiert. Korrigieren Sie diese Zeilen und importieren Sie die Datei erneut:
# Variables: $line (the line's number in the file), $problem (what is wrong).
compliance-import-line = Zeile { $line }: { $problem }
compliance-import-duplicate = der Name steht auch in einer anderen Zeile
compliance-import-too-many-lines = die Datei hat zu viele Zeilen
compliance-import-other = diese Zeile kann nicht gelesen werden

## The queue of held texts.
compliance-queue-title = Zur Prüfung zurückgehalten
compliance-queue-help-officer = Texte, die einen Kunden nennen, warten hier, bis ein Compliance-Beauftragter sie freigibt oder ablehnt. Bei der Freigabe wird der Text im Namen seines Verfassers veröffentlicht. Über eigene Texte können Sie nicht entscheiden.
compliance-queue-help-author = Ihre Texte, die einen Kunden nannten und auf einen Compliance-Beauftragten warten, und was entschieden wurde.
compliance-queue-waiting = Nur wartende
compliance-queue-everything = Alles
compliance-queue-empty = Hier ist nichts.
compliance-queue-by = Von
compliance-queue-in = In
compliance-queue-kind = Art
compliance-queue-found = Gefundene Namen
compliance-queue-status = Status
compliance-queue-status-held = Wartet
compliance-queue-status-released = Freigegeben
compliance-queue-status-rejected = Abgelehnt
# Variables: $name (the officer), $date.
compliance-queue-decided = von { $name }, { $date }
compliance-queue-reason = Grund
compliance-queue-release = Freigeben
compliance-queue-reject = Ablehnen
compliance-queue-decision-saved = Entschieden.
compliance-queue-decision = Entscheidung
compliance-queue-decide = Entscheiden
compliance-queue-open = Veröffentlichten Text öffnen
compliance-queue-next-page = Weitere
compliance-kind-status = Statusmeldung
compliance-kind-blog-post = Blogbeitrag
compliance-kind-topic = Forenthema
compliance-kind-reply = Antwort
compliance-kind-comment = Kommentar
compliance-kind-edit = Bearbeitung
compliance-kind-translation = Übersetzung
compliance-kind-wiki-page = Wikiseite
compliance-kind-wiki-edit = Bearbeitung einer Wikiseite

## The audit trail.
compliance-audit-title = Prüfpfad
compliance-audit-help = Lesezugriffe, Downloads, Suchen und Exporte in eingeschränkten Communities sowie Änderungen ihrer Mitgliedschaften; überall: vom Namensfilter gestoppte Kundennamen, Prüfentscheidungen sowie Änderungen an Beobachtungsliste, Rollen und Einstellungen. Jeder Eintrag enthält den Hashwert des vorherigen, sodass der Befehl gemenskap audit verify einen geänderten oder entfernten Eintrag findet.
compliance-audit-community = Adresse der Community
compliance-audit-person = Person (Nummer)
compliance-audit-from = Von
compliance-audit-to = Bis
compliance-audit-filter = Anzeigen
compliance-audit-csv = Diese Einträge herunterladen (CSV)
compliance-audit-empty = Keine Einträge.
compliance-audit-next-page = Spätere Einträge
compliance-audit-when = Wann
compliance-audit-who = Wer
compliance-audit-what = Was
compliance-audit-where = Wo
compliance-audit-detail = Details
compliance-audit-nobody = System
audit-action-item-read = Beitrag gelesen
audit-action-file-read = Datei geöffnet
audit-action-file-download = Datei heruntergeladen
audit-action-inbox-read = Unterhaltung im gemeinsamen Posteingang gelesen
audit-action-inbox-attachment-download = Anhang einer E-Mail heruntergeladen
audit-action-search-hits = Suche mit Treffern aus der Community
audit-action-similar-hits = Ähnliche Fragen mit Treffern aus der Community
audit-action-suggest-hits = Vorschläge beim Tippen mit Treffern aus der Community
audit-action-stream-read = Neuigkeiten mit Beiträgen aus der Community
audit-action-export = Export
audit-action-membership = Mitgliedschaftsänderung
audit-action-guard-hit = Kundenname gestoppt
audit-action-held-released = Zurückgehaltener Text freigegeben
audit-action-held-rejected = Zurückgehaltener Text abgelehnt
audit-action-watchlist-create = Beobachtungsliste: Name hinzugefügt
audit-action-watchlist-update = Beobachtungsliste: Name geändert
audit-action-watchlist-delete = Beobachtungsliste: Name entfernt
audit-action-role-change = Rollenänderung
audit-action-setting-change = Einstellungsänderung
audit-action-audit-head = Täglicher Hashwert des letzten Eintrags der Kette
