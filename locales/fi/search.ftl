# Search: the box in the header, the results page, suggestions and similar answers.
search-title = Haku
search-label = Haku
search-submit = Hae
search-suggestions-label = Ehdotukset
search-empty-query = Kirjoita, mitä etsit: henkilöitä, yhteisöjä, julkaisuja, kysymyksiä, wikisivuja tai tiedostoja.
search-sort-label = Järjestys
search-sort-relevance = Osuvimmat ensin
search-sort-date = Uusimmat ensin
search-all-languages = Kaikilla kielillä
search-count = { $count ->
    [0] Mitään ei löytynyt.
    [one] Yksi tulos
   *[other] { $count } tulosta
}
# Results in languages the reader has not chosen to read.
search-hidden-by-language = { $count ->
    [one] Vielä yksi tulos on kielellä, jota et lue.
   *[other] Vielä { $count } tulosta on kielillä, joita et lue.
}
search-show-all-languages = Näytä ne
search-did-you-mean = Tarkoititko:
search-facets-label = Rajaa tuloksia
search-facet-kind = Tyyppi
search-facet-community = Yhteisö
search-facet-lang = Kieli
search-clear-filters = Näytä taas kaikki tulokset
search-next-page = Lisää tuloksia
search-answered = Vastattu
# A linked human translation of a hit. $language: the language's name.
search-translation = Myös kielellä { $language }:
search-kind-person = Henkilö
search-kind-community = Yhteisö
# While a question is written in a forum.
search-similar-heading = Onko tähän jo vastattu? Näistä voi olla apua:
field-q = Hakusanat
field-cursor = Sivu
field-kind = Tyyppi
field-sort = Järjestys
# The admin page of the search index.
nav-admin-search = Hakuindeksi
admin-search-title = Hakuindeksi
admin-search-documents = Dokumentit
admin-search-lag = Odottaa indeksointia
admin-search-lag-value = { $count ->
    [0] Ei mitään: indeksi on ajan tasalla.
    [one] Yksi muutos, odottanut { $seconds } s
   *[other] { $count } muutosta, vanhin odottanut { $seconds } s
}
admin-search-rebuilt = Viimeksi rakennettu uudelleen
admin-search-rebuilt-value = { $count ->
    [one] yksi dokumentti, kesto { $seconds } s
   *[other] { $count } dokumenttia, kesto { $seconds } s
}
admin-search-never = Ei koskaan
admin-search-help = Jokaisella palvelimella on oma indeksinsä, joka seuraa jokaista tietokannan muutosta muutaman sekunnin viiveellä. Jos haluat rakentaa sen uudelleen (päivityksen jälkeen tai jos se on kadonnut), suorita ”gemenskap search reindex”: haku toimii sillä välin normaalisti.
