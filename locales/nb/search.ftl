# Search: the box in the header, the results page, suggestions and similar answers.
search-title = Søk
search-label = Søk
search-submit = Søk
search-suggestions-label = Forslag
search-empty-query = Skriv hva du leter etter: personer, grupper, innlegg, spørsmål, wikisider eller filer.
search-sort-label = Sortering
search-sort-relevance = Beste treff først
search-sort-date = Nyeste først
search-all-languages = På alle språk
search-count = { $count ->
    [0] Ingenting funnet.
    [one] Ett resultat
   *[other] { $count } resultater
}
# Results in languages the reader has not chosen to read.
search-hidden-by-language = { $count ->
    [one] Ett resultat til er på et språk du ikke leser.
   *[other] { $count } resultater til er på språk du ikke leser.
}
search-show-all-languages = Vis dem
search-did-you-mean = Mente du:
search-facets-label = Avgrens resultatene
search-facet-kind = Type
search-facet-community = Gruppe
search-facet-lang = Språk
search-clear-filters = Vis alle resultatene igjen
search-next-page = Flere resultater
search-answered = Besvart
# A linked human translation of a hit. $language: the language's name.
search-translation = Også på { $language }:
search-kind-person = Person
search-kind-community = Gruppe
# While a question is written in a forum.
search-similar-heading = Allerede besvart? Disse kan hjelpe:
field-q = Søkeord
field-cursor = Side
field-kind = Type
field-sort = Sortering
# The admin page of the search index.
nav-admin-search = Søkeindeks
admin-search-title = Søkeindeks
admin-search-documents = Dokumenter
admin-search-lag = Venter på indeksering
admin-search-lag-value = { $count ->
    [0] Ingenting: indeksen er oppdatert.
    [one] Én endring, har ventet i { $seconds } s
   *[other] { $count } endringer, den eldste har ventet i { $seconds } s
}
admin-search-rebuilt = Sist bygget på nytt
admin-search-rebuilt-value = { $count ->
    [one] ett dokument på { $seconds } s
   *[other] { $count } dokumenter på { $seconds } s
}
admin-search-never = Aldri
admin-search-help = Hver server har sin egen indeks og følger hver endring i databasen i løpet av sekunder. For å bygge den på nytt (etter en oppgradering, eller hvis den har gått tapt) kjører du «gemenskap search reindex»: søk fungerer som vanlig i mellomtiden.
