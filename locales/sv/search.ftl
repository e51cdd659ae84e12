# Search: the box in the header, the results page, suggestions and similar answers.
search-title = Sök
search-label = Sök
search-submit = Sök
search-suggestions-label = Förslag
search-empty-query = Skriv vad du letar efter: personer, grupper, inlägg, frågor, wikisidor eller filer.
search-sort-label = Sortering
search-sort-relevance = Bästa träff först
search-sort-date = Nyaste först
search-all-languages = På alla språk
search-count = { $count ->
    [0] Inget hittades.
    [one] Ett resultat
   *[other] { $count } resultat
}
# Results in languages the reader has not chosen to read.
search-hidden-by-language = { $count ->
    [one] Ytterligare ett resultat är på ett språk som du inte läser.
   *[other] Ytterligare { $count } resultat är på språk som du inte läser.
}
search-show-all-languages = Visa dem
search-did-you-mean = Menade du:
search-facets-label = Avgränsa resultaten
search-facet-kind = Typ
search-facet-community = Grupp
search-facet-lang = Språk
search-clear-filters = Visa alla resultat igen
search-next-page = Fler resultat
search-answered = Besvarad
# A linked human translation of a hit. $language: the language's name.
search-translation = Även på { $language }:
search-kind-person = Person
search-kind-community = Grupp
# While a question is written in a forum.
search-similar-heading = Redan besvarat? De här kan hjälpa:
field-q = Sökord
field-cursor = Sida
field-kind = Typ
field-sort = Sortering
# The admin page of the search index.
nav-admin-search = Sökindex
admin-search-title = Sökindex
admin-search-documents = Dokument
admin-search-lag = Väntar på indexering
admin-search-lag-value = { $count ->
    [0] Inget: indexet är uppdaterat.
    [one] En ändring, har väntat i { $seconds } s
   *[other] { $count } ändringar, den äldsta har väntat i { $seconds } s
}
admin-search-rebuilt = Senast ombyggt
admin-search-rebuilt-value = { $count ->
    [one] ett dokument på { $seconds } s
   *[other] { $count } dokument på { $seconds } s
}
admin-search-never = Aldrig
admin-search-help = Varje server har sitt eget index och följer varje ändring i databasen inom några sekunder. Om du vill bygga om det (efter en uppgradering eller om det har gått förlorat) kör du ”gemenskap search reindex”: sökningen fungerar som vanligt under tiden.
