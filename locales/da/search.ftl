# Search: the box in the header, the results page, suggestions and similar answers.
search-title = Søg
search-label = Søg
search-submit = Søg
search-suggestions-label = Forslag
search-empty-query = Skriv, hvad du leder efter: personer, grupper, opslag, spørgsmål, wikisider eller filer.
search-sort-label = Sortering
search-sort-relevance = Bedste match først
search-sort-date = Nyeste først
search-all-languages = På alle sprog
search-count = { $count ->
    [0] Intet fundet.
    [one] Ét resultat
   *[other] { $count } resultater
}
# Results in languages the reader has not chosen to read.
search-hidden-by-language = { $count ->
    [one] Yderligere ét resultat er på et sprog, du ikke læser.
   *[other] Yderligere { $count } resultater er på sprog, du ikke læser.
}
search-show-all-languages = Vis dem
search-did-you-mean = Mente du:
search-facets-label = Afgræns resultaterne
search-facet-kind = Type
search-facet-community = Gruppe
search-facet-lang = Sprog
search-clear-filters = Vis alle resultater igen
search-next-page = Flere resultater
search-answered = Besvaret
# A linked human translation of a hit. $language: the language's name.
search-translation = Også på { $language }:
search-kind-person = Person
search-kind-community = Gruppe
# While a question is written in a forum.
search-similar-heading = Allerede besvaret? Disse kan måske hjælpe:
field-q = Søgeord
field-cursor = Side
field-kind = Type
field-sort = Sortering
# The admin page of the search index.
nav-admin-search = Søgeindeks
admin-search-title = Søgeindeks
admin-search-documents = Dokumenter
admin-search-lag = Venter på indeksering
admin-search-lag-value = { $count ->
    [0] Intet: indekset er opdateret.
    [one] Én ændring, har ventet i { $seconds } s
   *[other] { $count } ændringer, den ældste har ventet i { $seconds } s
}
admin-search-rebuilt = Sidst genopbygget
admin-search-rebuilt-value = { $count ->
    [one] ét dokument på { $seconds } s
   *[other] { $count } dokumenter på { $seconds } s
}
admin-search-never = Aldrig
admin-search-help = Hver server har sit eget indeks og følger alle ændringer i databasen inden for få sekunder. Hvis du vil genopbygge det (efter en opgradering, eller hvis det er gået tabt), skal du køre »gemenskap search reindex«: søgningen virker fortsat imens.
