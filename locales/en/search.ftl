# Search: the box in the header, the results page, suggestions and similar answers.
search-title = Search
search-label = Search
search-submit = Search
search-suggestions-label = Suggestions
search-empty-query = Type what you are looking for: people, communities, posts, questions, wiki pages or files.
search-sort-label = Order
search-sort-relevance = Best match first
search-sort-date = Newest first
search-all-languages = In every language
search-count = { $count ->
    [0] Nothing found.
    [one] One result
   *[other] { $count } results
}
# Results in languages the reader has not chosen to read.
search-hidden-by-language = { $count ->
    [one] One more result is in a language you do not read.
   *[other] { $count } more results are in languages you do not read.
}
search-show-all-languages = Show them
search-did-you-mean = Did you mean:
search-facets-label = Narrow the results
search-facet-kind = Kind
search-facet-community = Community
search-facet-lang = Language
search-clear-filters = Show all results again
search-next-page = More results
search-answered = Answered
# A linked human translation of a hit. $language: the language's name.
search-translation = Also in { $language }:
search-kind-person = Person
search-kind-community = Community
# While a question is written in a forum.
search-similar-heading = Already answered? These may help:
field-q = Search words
field-cursor = Page
field-kind = Kind
field-sort = Order
# The admin page of the search index.
nav-admin-search = Search index
admin-search-title = Search index
admin-search-documents = Documents
admin-search-lag = Waiting to be indexed
admin-search-lag-value = { $count ->
    [0] Nothing: the index is up to date.
    [one] One change, for { $seconds } s
   *[other] { $count } changes, the oldest for { $seconds } s
}
admin-search-rebuilt = Last rebuilt
admin-search-rebuilt-value = { $count ->
    [one] one document in { $seconds } s
   *[other] { $count } documents in { $seconds } s
}
admin-search-never = Never
admin-search-help = Each server keeps its own index and follows every change in the database within seconds. To rebuild it (after an upgrade, or if it was lost), run "gemenskap search reindex": searches keep working meanwhile.
