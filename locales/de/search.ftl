# Search: the box in the header, the results page, suggestions and similar answers.
search-title = Suche
search-label = Suche
search-submit = Suchen
search-suggestions-label = Vorschläge
search-empty-query = Geben Sie ein, wonach Sie suchen: Personen, Communities, Beiträge, Fragen, Wikiseiten oder Dateien.
search-sort-label = Reihenfolge
search-sort-relevance = Beste Treffer zuerst
search-sort-date = Neueste zuerst
search-all-languages = In allen Sprachen
search-count = { $count ->
    [0] Nichts gefunden.
    [one] Ein Ergebnis
   *[other] { $count } Ergebnisse
}
# Results in languages the reader has not chosen to read.
search-hidden-by-language = { $count ->
    [one] Ein weiteres Ergebnis ist in einer Sprache verfasst, die Sie nicht lesen.
   *[other] { $count } weitere Ergebnisse sind in Sprachen verfasst, die Sie nicht lesen.
}
search-show-all-languages = Diese anzeigen
search-did-you-mean = Meinten Sie:
search-facets-label = Ergebnisse eingrenzen
search-facet-kind = Art
search-facet-community = Community
search-facet-lang = Sprache
search-clear-filters = Wieder alle Ergebnisse anzeigen
search-next-page = Weitere Ergebnisse
search-answered = Beantwortet
# A linked human translation of a hit. $language: the language's name.
search-translation = Auch auf { $language }:
search-kind-person = Person
search-kind-community = Community
# While a question is written in a forum.
search-similar-heading = Schon beantwortet? Das könnte helfen:
field-q = Suchbegriffe
field-cursor = Seite
field-kind = Art
field-sort = Reihenfolge
# The admin page of the search index.
nav-admin-search = Suchindex
admin-search-title = Suchindex
admin-search-documents = Dokumente
admin-search-lag = Warten auf Indexierung
admin-search-lag-value = { $count ->
    [0] Nichts: Der Index ist aktuell.
    [one] Eine Änderung, wartet seit { $seconds } s
   *[other] { $count } Änderungen, die älteste wartet seit { $seconds } s
}
admin-search-rebuilt = Zuletzt neu aufgebaut
admin-search-rebuilt-value = { $count ->
    [one] ein Dokument in { $seconds } s
   *[other] { $count } Dokumente in { $seconds } s
}
admin-search-never = Nie
admin-search-help = Jeder Server hat seinen eigenen Index und übernimmt jede Änderung in der Datenbank innerhalb von Sekunden. Um ihn neu aufzubauen (nach einem Upgrade oder wenn er verloren gegangen ist), führen Sie „gemenskap search reindex“ aus: Die Suche funktioniert währenddessen weiter.
