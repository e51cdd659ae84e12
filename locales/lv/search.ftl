# Search: the box in the header, the results page, suggestions and similar answers.
search-title = Meklēšana
search-label = Meklēšana
search-submit = Meklēt
search-suggestions-label = Ieteikumi
search-empty-query = Ievadiet, ko meklējat: kolēģus, kopienas, ierakstus, jautājumus, wiki lapas vai failus.
search-sort-label = Secība
search-sort-relevance = Vispirms atbilstošākie
search-sort-date = Vispirms jaunākie
search-all-languages = Visās valodās
search-count = { $count ->
    [0] Nekas netika atrasts.
    [zero] { $count } rezultātu
    [one] { $count } rezultāts
   *[other] { $count } rezultāti
}
# Results in languages the reader has not chosen to read.
search-hidden-by-language = { $count ->
    [1] Vēl viens rezultāts ir valodā, kurā jūs nelasāt.
    [zero] Vēl { $count } rezultātu ir valodās, kurās jūs nelasāt.
    [one] Vēl { $count } rezultāts ir valodās, kurās jūs nelasāt.
   *[other] Vēl { $count } rezultāti ir valodās, kurās jūs nelasāt.
}
search-show-all-languages = Rādīt tos
search-did-you-mean = Vai domājāt:
search-facets-label = Rezultātu sašaurināšana
search-facet-kind = Veids
search-facet-community = Kopiena
search-facet-lang = Valoda
search-clear-filters = Atkal rādīt visus rezultātus
search-next-page = Vairāk rezultātu
search-answered = Atbildēts
# A linked human translation of a hit. $language: the language's name.
search-translation = Arī { $language } valodā:
search-kind-person = Kolēģis
search-kind-community = Kopiena
# While a question is written in a forum.
search-similar-heading = Varbūt jau atbildēts? Šie jautājumi var palīdzēt:
field-q = Meklējamie vārdi
field-cursor = Lapa
field-kind = Veids
field-sort = Secība
# The admin page of the search index.
nav-admin-search = Meklēšanas indekss
admin-search-title = Meklēšanas indekss
admin-search-documents = Dokumenti
admin-search-lag = Gaida indeksēšanu
admin-search-lag-value = { $count ->
    [0] Nekas: indekss ir aktuāls.
    [1] Viena izmaiņa, gaida { $seconds } s
    [zero] { $count } izmaiņu, vecākā gaida { $seconds } s
    [one] { $count } izmaiņa, vecākā gaida { $seconds } s
   *[other] { $count } izmaiņas, vecākā gaida { $seconds } s
}
admin-search-rebuilt = Pēdējoreiz pārbūvēts
admin-search-rebuilt-value = { $count ->
    [zero] { $count } dokumentu { $seconds } s laikā
    [one] { $count } dokuments { $seconds } s laikā
   *[other] { $count } dokumenti { $seconds } s laikā
}
admin-search-never = Nekad
admin-search-help = Katram serverim ir savs indekss, kas dažu sekunžu laikā seko katrai izmaiņai datubāzē. Lai to pārbūvētu (pēc jaunināšanas vai ja tas ir zudis), palaidiet „gemenskap search reindex“: meklēšana pa to laiku turpina darboties.
