### The people directory, profiles and the profile form.

# Directory page title and heading.
people-title = Współpracownicy
# Accessible name of the directory search form.
people-search-label = Szukaj współpracowników
# Directory filter: label of the name search field.
people-filter-name = Imię i nazwisko
# Directory filter: the first option of the country list (no filter).
people-filter-any-country = Wszystkie kraje
# Directory search button.
people-search-submit = Szukaj
# Directory: no one matches the filters.
people-none-found = Nie znaleziono osób spełniających kryteria wyszukiwania.
# Link to the next page of a list (directory, accounts).
people-next-page = Następna strona

# Profile page: link to the profile form.
profile-edit = Edytuj profil
# Profile form: page title and heading.
profile-edit-title = Edycja profilu
# Profile form: the first option of the country list.
profile-no-country = Nie wybrano
# Profile form and account form: the interface-language choice that follows the browser's language.
profile-ui-language-auto = Taki jak w przeglądarce
# Profile form: help under "Languages I read".
profile-read-languages-help = Wpisy w tych językach będą wyświetlane jako pierwsze.
# Profile form: help under the expertise field.
profile-expertise-help = Oddzielaj tematy przecinkami, np. AML, Bazylea III, kredyty hipoteczne.
# Profile form: save button.
profile-save = Zapisz profil
