# Search: the box in the header, the results page, suggestions and similar answers.
search-title = Wyszukiwanie
search-label = Szukaj
search-submit = Szukaj
search-suggestions-label = Podpowiedzi
search-empty-query = Wpisz, czego szukasz: współpracowników, społeczności, wpisów, pytań, stron wiki lub plików.
search-sort-label = Kolejność
search-sort-relevance = Najtrafniejsze najpierw
search-sort-date = Najnowsze najpierw
search-all-languages = We wszystkich językach
search-count = { $count ->
    [0] Nic nie znaleziono.
    [one] Jeden wynik
    [few] { $count } wyniki
    [many] { $count } wyników
   *[other] { $count } wyniku
}
# Results in languages the reader has not chosen to read.
search-hidden-by-language = { $count ->
    [one] Jeszcze jeden wynik jest w języku, w którym nie czytasz.
    [few] Jeszcze { $count } wyniki są w językach, w których nie czytasz.
    [many] Jeszcze { $count } wyników jest w językach, w których nie czytasz.
   *[other] Jeszcze { $count } wyniku jest w językach, w których nie czytasz.
}
search-show-all-languages = Pokaż je
search-did-you-mean = Czy chodziło ci o:
search-facets-label = Zawęź wyniki
search-facet-kind = Rodzaj
search-facet-community = Społeczność
search-facet-lang = Język
search-clear-filters = Pokaż znowu wszystkie wyniki
search-next-page = Więcej wyników
search-answered = Z odpowiedzią
# A linked human translation of a hit. $language: the language's name.
search-translation = Inna wersja językowa ({ $language }):
search-kind-person = Współpracownik
search-kind-community = Społeczność
# While a question is written in a forum.
search-similar-heading = Ktoś już odpowiedział? To może pomóc:
field-q = Szukane słowa
field-cursor = Strona
field-kind = Rodzaj
field-sort = Kolejność
# The admin page of the search index.
nav-admin-search = Indeks wyszukiwania
admin-search-title = Indeks wyszukiwania
admin-search-documents = Dokumenty
admin-search-lag = Czeka na indeksowanie
admin-search-lag-value = { $count ->
    [0] Nic: indeks jest aktualny.
    [one] Jedna zmiana, czeka od { $seconds } s
    [few] { $count } zmiany, najstarsza czeka od { $seconds } s
    [many] { $count } zmian, najstarsza czeka od { $seconds } s
   *[other] { $count } zmiany, najstarsza czeka od { $seconds } s
}
admin-search-rebuilt = Ostatnia przebudowa
admin-search-rebuilt-value = { $count ->
    [one] jeden dokument w { $seconds } s
    [few] { $count } dokumenty w { $seconds } s
    [many] { $count } dokumentów w { $seconds } s
   *[other] { $count } dokumentu w { $seconds } s
}
admin-search-never = Nigdy
admin-search-help = Każdy serwer ma własny indeks i w ciągu kilku sekund uwzględnia każdą zmianę w bazie danych. Aby go przebudować (po aktualizacji albo gdy został utracony), uruchom „gemenskap search reindex”: wyszukiwanie działa w tym czasie normalnie.
