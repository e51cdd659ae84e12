### The people directory, profiles and the profile form.

# Directory page title and heading.
people-title = Kolēģi
# Accessible name of the directory search form.
people-search-label = Meklēt kolēģus
# Directory filter: label of the name search field.
people-filter-name = Vārds
# Directory filter: the first option of the country list (no filter).
people-filter-any-country = Visas valstis
# Directory search button.
people-search-submit = Meklēt
# Directory: no one matches the filters.
people-none-found = Meklēšanas kritērijiem neatbilst neviens kolēģis.
# Link to the next page of a list (directory, accounts).
people-next-page = Nākamā lapa

# Profile page: link to the profile form.
profile-edit = Rediģēt profilu
# Profile form: page title and heading.
profile-edit-title = Profila rediģēšana
# Profile form: the first option of the country list.
profile-no-country = Nav norādīta
# Profile form and account form: the interface-language choice that follows the browser's language.
profile-ui-language-auto = Tāda pati kā pārlūkprogrammā
# Profile form: help under "Languages I read".
profile-read-languages-help = Ieraksti šajās valodās jums tiks rādīti vispirms.
# Profile form: help under the expertise field.
profile-expertise-help = Atdaliet tēmas ar komatiem, piemēram: AML, Bāzele III, hipotekārie kredīti.
# Profile form: save button.
profile-save = Saglabāt profilu
