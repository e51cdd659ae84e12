### The people directory, profiles and the profile form.

# Directory page title and heading.
people-title = Personer
# Accessible name of the directory search form.
people-search-label = Søk etter personer
# Directory filter: label of the name search field.
people-filter-name = Navn
# Directory filter: the first option of the country list (no filter).
people-filter-any-country = Alle land
# Directory search button.
people-search-submit = Søk
# Directory: no one matches the filters.
people-none-found = Søket ga ingen treff.
# Link to the next page of a list (directory, accounts).
people-next-page = Neste side

# Profile page: link to the profile form.
profile-edit = Rediger profil
# Profile form: page title and heading.
profile-edit-title = Rediger profil
# Profile form: the first option of the country list.
profile-no-country = Ikke angitt
# Profile form and account form: the interface-language choice that follows the browser's language.
profile-ui-language-auto = Samme som nettleseren
# Profile form: help under "Languages I read".
profile-read-languages-help = Innlegg på disse språkene vises først for deg.
# Profile form: help under the expertise field.
profile-expertise-help = Skill emnene med komma, for eksempel: AML, Basel III, boliglån.
# Profile form: save button.
profile-save = Lagre profil
