# Search: the box in the header, the results page, suggestions and similar answers.
search-title = Paieška
search-label = Paieška
search-submit = Ieškoti
search-suggestions-label = Pasiūlymai
search-empty-query = Įveskite, ko ieškote: kolegų, bendruomenių, įrašų, klausimų, wiki puslapių ar failų.
search-sort-label = Tvarka
search-sort-relevance = Pirmiausia tinkamiausi
search-sort-date = Pirmiausia naujausi
search-all-languages = Visomis kalbomis
search-count = { $count ->
    [0] Nieko nerasta.
    [one] { $count } rezultatas
    [few] { $count } rezultatai
    [many] { $count } rezultato
   *[other] { $count } rezultatų
}
# Results in languages the reader has not chosen to read.
search-hidden-by-language = { $count ->
    [1] Dar vienas rezultatas parašytas kalba, kuria jūs neskaitote.
    [one] Dar { $count } rezultatas parašytas kalbomis, kuriomis jūs neskaitote.
    [few] Dar { $count } rezultatai parašyti kalbomis, kuriomis jūs neskaitote.
    [many] Dar { $count } rezultato parašyta kalbomis, kuriomis jūs neskaitote.
   *[other] Dar { $count } rezultatų parašyta kalbomis, kuriomis jūs neskaitote.
}
search-show-all-languages = Rodyti juos
search-did-you-mean = Gal turėjote omenyje:
search-facets-label = Rezultatų siaurinimas
search-facet-kind = Rūšis
search-facet-community = Bendruomenė
search-facet-lang = Kalba
search-clear-filters = Vėl rodyti visus rezultatus
search-next-page = Daugiau rezultatų
search-answered = Atsakyta
# A linked human translation of a hit. $language: the language's name.
search-translation = Taip pat { $language } kalba:
search-kind-person = Kolega
search-kind-community = Bendruomenė
# While a question is written in a forum.
search-similar-heading = Gal jau atsakyta? Šie klausimai gali padėti:
field-q = Paieškos žodžiai
field-cursor = Puslapis
field-kind = Rūšis
field-sort = Tvarka
# The admin page of the search index.
nav-admin-search = Paieškos indeksas
admin-search-title = Paieškos indeksas
admin-search-documents = Dokumentai
admin-search-lag = Laukia indeksavimo
admin-search-lag-value = { $count ->
    [0] Nieko: indeksas atnaujintas.
    [1] Vienas pakeitimas, laukia { $seconds } s
    [one] { $count } pakeitimas, seniausias laukia { $seconds } s
    [few] { $count } pakeitimai, seniausias laukia { $seconds } s
    [many] { $count } pakeitimo, seniausias laukia { $seconds } s
   *[other] { $count } pakeitimų, seniausias laukia { $seconds } s
}
admin-search-rebuilt = Paskutinį kartą perkurtas
admin-search-rebuilt-value = { $count ->
    [one] { $count } dokumentas per { $seconds } s
    [few] { $count } dokumentai per { $seconds } s
    [many] { $count } dokumento per { $seconds } s
   *[other] { $count } dokumentų per { $seconds } s
}
admin-search-never = Niekada
admin-search-help = Kiekvienas serveris turi savo indeksą ir per kelias sekundes perima kiekvieną duomenų bazės pakeitimą. Norėdami jį perkurti (po atnaujinimo arba jei jis buvo prarastas), paleiskite „gemenskap search reindex“: paieška tuo metu veikia toliau.
