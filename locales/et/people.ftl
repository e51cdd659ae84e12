### The people directory, profiles and the profile form.

# Directory page title and heading.
people-title = Inimesed
# Accessible name of the directory search form.
people-search-label = Otsi inimesi
# Directory filter: label of the name search field.
people-filter-name = Nimi
# Directory filter: the first option of the country list (no filter).
people-filter-any-country = Kõik riigid
# Directory search button.
people-search-submit = Otsi
# Directory: no one matches the filters.
people-none-found = Otsingule vastavaid inimesi ei leitud.
# Link to the next page of a list (directory, accounts).
people-next-page = Järgmine leht

# Profile page: link to the profile form.
profile-edit = Muuda profiili
# Profile form: page title and heading.
profile-edit-title = Profiili muutmine
# Profile form: the first option of the country list.
profile-no-country = Määramata
# Profile form and account form: the interface-language choice that follows the browser's language.
profile-ui-language-auto = Sama mis brauseris
# Profile form: help under "Languages I read".
profile-read-languages-help = Nendes keeltes postitusi näidatakse teile esimesena.
# Profile form: help under the expertise field.
profile-expertise-help = Eraldage teemad komadega, näiteks: AML, Basel III, kodulaenud.
# Profile form: save button.
profile-save = Salvesta profiil
