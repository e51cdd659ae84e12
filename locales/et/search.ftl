# Search: the box in the header, the results page, suggestions and similar answers.
search-title = Otsing
search-label = Otsing
search-submit = Otsi
search-suggestions-label = Soovitused
search-empty-query = Sisestage, mida otsite: inimesi, kogukondi, postitusi, küsimusi, vikilehti või faile.
search-sort-label = Järjestus
search-sort-relevance = Parimad vasted eespool
search-sort-date = Uusimad eespool
search-all-languages = Kõigis keeltes
search-count = { $count ->
    [0] Midagi ei leitud.
    [one] Üks tulemus
   *[other] { $count } tulemust
}
# Results in languages the reader has not chosen to read.
search-hidden-by-language = { $count ->
    [one] Veel üks tulemus on keeles, mida te ei loe.
   *[other] Veel { $count } tulemust on keeltes, mida te ei loe.
}
search-show-all-languages = Näita neid
search-did-you-mean = Kas mõtlesite:
search-facets-label = Tulemuste kitsendamine
search-facet-kind = Tüüp
search-facet-community = Kogukond
search-facet-lang = Keel
search-clear-filters = Näita uuesti kõiki tulemusi
search-next-page = Rohkem tulemusi
search-answered = Vastatud
# A linked human translation of a hit. $language: the language's name.
search-translation = Ka { $language } keeles:
search-kind-person = Inimene
search-kind-community = Kogukond
# While a question is written in a forum.
search-similar-heading = Kas sellele on juba vastatud? Need võivad aidata:
field-q = Otsingusõnad
field-cursor = Leht
field-kind = Tüüp
field-sort = Järjestus
# The admin page of the search index.
nav-admin-search = Otsinguindeks
admin-search-title = Otsinguindeks
admin-search-documents = Dokumendid
admin-search-lag = Ootab indekseerimist
admin-search-lag-value = { $count ->
    [0] Mitte midagi: indeks on ajakohane.
    [one] Üks muudatus, ootab { $seconds } s
   *[other] { $count } muudatust, vanim ootab { $seconds } s
}
admin-search-rebuilt = Viimati uuesti üles ehitatud
admin-search-rebuilt-value = { $count ->
    [one] üks dokument, kulus { $seconds } s
   *[other] { $count } dokumenti, kulus { $seconds } s
}
admin-search-never = Mitte kunagi
admin-search-help = Igal serveril on oma indeks, mis järgib andmebaasi muudatusi mõne sekundi jooksul. Indeksi uuesti ülesehitamiseks (pärast uuendust või kui see on kadunud) käivitage „gemenskap search reindex“: otsing töötab samal ajal edasi.
