### The people directory, profiles and the profile form.

# Directory page title and heading.
people-title = Kolegos
# Accessible name of the directory search form.
people-search-label = Ieškoti kolegų
# Directory filter: label of the name search field.
people-filter-name = Vardas
# Directory filter: the first option of the country list (no filter).
people-filter-any-country = Visos šalys
# Directory search button.
people-search-submit = Ieškoti
# Directory: no one matches the filters.
people-none-found = Pagal jūsų paieškos kriterijus nieko nerasta.
# Link to the next page of a list (directory, accounts).
people-next-page = Kitas puslapis

# Profile page: link to the profile form.
profile-edit = Redaguoti profilį
# Profile form: page title and heading.
profile-edit-title = Profilio redagavimas
# Profile form: the first option of the country list.
profile-no-country = Nenurodyta
# Profile form and account form: the interface-language choice that follows the browser's language.
profile-ui-language-auto = Tokia pat kaip naršyklėje
# Profile form: help under "Languages I read".
profile-read-languages-help = Šiomis kalbomis parašyti įrašai jums bus rodomi pirmiausia.
# Profile form: help under the expertise field.
profile-expertise-help = Temas atskirkite kableliais, pavyzdžiui: AML, Bazelis III, būsto paskolos.
# Profile form: save button.
profile-save = Išsaugoti profilį
