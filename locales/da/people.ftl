### The people directory, profiles and the profile form.

# Directory page title and heading.
people-title = Personer
# Accessible name of the directory search form.
people-search-label = Søg efter personer
# Directory filter: label of the name search field.
people-filter-name = Navn
# Directory filter: the first option of the country list (no filter).
people-filter-any-country = Alle lande
# Directory search button.
people-search-submit = Søg
# Directory: no one matches the filters.
people-none-found = Din søgning gav ingen resultater.
# Link to the next page of a list (directory, accounts).
people-next-page = Næste side

# Profile page: link to the profile form.
profile-edit = Rediger profil
# Profile form: page title and heading.
profile-edit-title = Rediger profil
# Profile form: the first option of the country list.
profile-no-country = Ikke angivet
# Profile form and account form: the interface-language choice that follows the browser's language.
profile-ui-language-auto = Samme som browseren
# Profile form: help under "Languages I read".
profile-read-languages-help = Opslag på disse sprog vises først for dig.
# Profile form: help under the expertise field.
profile-expertise-help = Adskil emnerne med komma, for eksempel: AML, Basel III, boliglån.
# Profile form: save button.
profile-save = Gem profil
