### Wikis: a community's tree of pages, writing them, their history and differences.

# Community tab: the wiki.
community-tab-wiki = Wiki
# An item's kind: a wiki page.
kind-wiki-page = Wikiseite
# An item's kind: a file.
kind-file = Datei
# Stream filter: new wiki pages only.
stream-kind-wiki = Wikiseiten
# Notification: pages the reader follows were edited. Variables: $name (the latest editor), $title (the page), $count (how many others edited too).
notification-page-edited = { $count ->
    [0] { $name } hat „{ $title }“ bearbeitet
    [one] { $name } und { $count } weitere Person haben „{ $title }“ bearbeitet
   *[other] { $name } und { $count } weitere Personen haben „{ $title }“ bearbeitet
}
# Error: the page was saved by someone else after the editor opened it.
error-edit-conflict = Jemand hat diese Seite gespeichert, nachdem Sie mit der Bearbeitung begonnen haben, daher wurde Ihre Änderung nicht gespeichert. Ihr Text bleibt erhalten: Die Bearbeitungsseite zeigt ihn zusammengeführt mit dem aktuellen Stand der Seite, damit Sie ihn prüfen und erneut speichern können.

# Field names in error messages.
field-parent-id = Übergeordnete Seite
field-position = Position
field-summary = Zusammenfassung der Änderung
field-wiki-editors = Wer das Wiki bearbeiten darf
field-version = Version
field-original-id = Original
# Field problems.
error-field-taken = eine andere Seite hat bereits diesen Titel
error-field-inside-itself = eine Seite kann nicht unter sich selbst oder eine ihrer eigenen Unterseiten verschoben werden
error-field-front-page = die Startseite bleibt ganz oben im Wiki
error-field-not-found = nicht gefunden
error-field-too-many-pages = { $limit ->
    [one] ein Wiki umfasst höchstens { $limit } Seite
   *[other] ein Wiki umfasst höchstens { $limit } Seiten
}
error-field-wiki-page = eine Wikiseite wird in ihrem Wiki bearbeitet
error-field-invalid = dieser Wert ist ungültig

# Community settings: who may edit the wiki.
community-wiki-editors-members = Alle Mitglieder
community-wiki-editors-moderators = Nur Eigentümer und Moderatoren

## The wiki's pages.

wiki-pages-heading = Seiten
wiki-new-page = Neue Seite
wiki-empty = Dieses Wiki hat noch keine Seiten. Die erste Seite wird seine Startseite.
# Badge on the wiki's front page.
wiki-front-page = Startseite
wiki-breadcrumbs-label = Pfad zu dieser Seite
# Who changed the page last. Variables: $name.
wiki-updated-by = Aktualisiert von { $name }
# A version number. Variables: $version.
wiki-version = Version { $version }
wiki-languages = Diese Seite auf:
# On a page made from a forum question.
wiki-from-question = Aus der Frage:
wiki-toc-label = Inhalt
wiki-children-heading = Unterseiten
wiki-follow = Dieser Seite folgen
wiki-unfollow = Nicht mehr folgen
wiki-edit = Bearbeiten
wiki-add-child = Unterseite hinzufügen
wiki-delete = Seite löschen
# Heading over a page's comments. Variables: $count.
wiki-comments-heading = { $count ->
    [0] Kommentare
    [one] { $count } Kommentar
   *[other] { $count } Kommentare
}

## Writing a page.

wiki-title-label = Titel
wiki-body-label = Text
wiki-link-help = Mit [[Seitentitel]] verlinken Sie eine andere Seite dieses Wikis; eine Seite, die es noch nicht gibt, lässt sich über den Link anlegen.
wiki-create-submit = Seite anlegen
# Variables: $title.
wiki-editing = „{ $title }“ bearbeiten
# Variables: $version.
wiki-editing-version = Sie bearbeiten Version { $version }.
wiki-open-current = Aktuelle Version in einem neuen Tab öffnen
wiki-summary-label = Zusammenfassung der Änderung (optional)
wiki-save = Speichern
wiki-cancel = Abbrechen
wiki-may-not-edit = Sie können diese Seite nicht bearbeiten.
wiki-back-to-page = Zurück zur Seite

## History and differences.

wiki-history-heading = Versionsgeschichte
wiki-compare-from = Von
wiki-compare-to = Bis
wiki-version-column = Version
wiki-compare = Vergleichen
wiki-revert = Diese Version wiederherstellen
# Variables: $version.
wiki-reverted-from = stellt Version { $version } wieder her
# Variables: $inserted, $deleted (numbers of words).
wiki-diff-counts = { $inserted ->
    [one] { $inserted } Wort hinzugefügt
   *[other] { $inserted } Wörter hinzugefügt
}, { $deleted ->
    [one] { $deleted } Wort entfernt
   *[other] { $deleted } Wörter entfernt
}
# Unchanged text left out of a difference. Variables: $count (words).
wiki-diff-skipped = { $count ->
    [one] … { $count } unverändertes Wort …
   *[other] … { $count } unveränderte Wörter …
}

## The helpdesk loop: an answered question kept in the wiki.

# The title of the wiki's section for answered questions.
wiki-faq-title = Häufig gestellte Fragen
# The text of that section's own page.
wiki-faq-body = Antworten auf Fragen aus dem Forum, hier gesammelt, damit alle sie finden können.
# Heading over the accepted answer on a page made from a question.
wiki-faq-answer-heading = Antwort
# Under the answer. Variables: $name (who answered).
wiki-faq-answered-by = Beantwortet von { $name }
# How often people came to the page from its question. Variables: $count.
wiki-forum-visits = { $count ->
    [one] { $count } Aufruf aus dem Forum
   *[other] { $count } Aufrufe aus dem Forum
}
# On a question whose answer is kept in the wiki.
forum-kept-in-wiki = Diese Antwort ist im Wiki festgehalten.
forum-open-in-wiki = Wikiseite öffnen
forum-keep-in-wiki = Diese Antwort im Wiki festhalten
# Error: a question without an accepted answer.
error-not-answered = Diese Frage hat noch keine akzeptierte Antwort, daher gibt es nichts, was im Wiki festgehalten werden könnte.
error-field-title-taken = alle Titel, die diese Seite haben könnte, sind im Wiki bereits vergeben

# Moving a page in the tree.
wiki-move = Seite verschieben
wiki-move-parent = Unter
wiki-move-top = Oberste Ebene des Wikis
wiki-move-position = Platz unter den Seiten dort
wiki-move-last = Zuletzt
wiki-move-first = Zuerst
wiki-move-submit = Verschieben
wiki-moved = Verschoben.

# After a save was refused because someone saved the page first: the edit page shows the
# refused text merged with the page as it is now. $names: who saved meanwhile; $version: the
# page's version now; $base: the version the editor started from.
wiki-merge-notice = Während Sie Version { $base } bearbeitet haben, wurde die Seite von { $names } gespeichert (jetzt Version { $version }). Von Ihrem Text geht nichts verloren.
wiki-merge-clean = Ihre Änderungen und die der anderen betreffen verschiedene Stellen und sind im Formular unten zusammengeführt: Lesen Sie alles durch und speichern Sie.
wiki-merge-conflicts = { $count ->
    [one] Beide Bearbeitungen ändern an einer Stelle dieselben Zeilen.
   *[other] Beide Bearbeitungen ändern an { $count } Stellen dieselben Zeilen.
} Dort stehen zuerst die Zeilen der Seite, dann Ihre, zwischen Zeilen mit <<<<<<<, ======= und >>>>>>>: Behalten Sie, was bleiben soll, löschen Sie den Rest einschließlich der Markierungen und speichern Sie dann.
wiki-merge-title = Der Titel der Seite lautet jetzt „{ $title }“; im Formular steht Ihrer.
wiki-merge-diff = So unterscheidet sich Ihr Text von der aktuellen Seite
wiki-merge-yours = Ihr Text, wie Sie ihn geschrieben haben
wiki-merge-discard = Meinen Text verwerfen und die Seite lassen, wie sie ist
