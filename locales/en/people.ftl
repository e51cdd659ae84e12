### The people directory, profiles and the profile form.

# Directory page title and heading.
people-title = People
# Accessible name of the directory search form.
people-search-label = Search people
# Directory filter: label of the name search field.
people-filter-name = Name
# Directory filter: the first option of the country list (no filter).
people-filter-any-country = Any country
# Directory search button.
people-search-submit = Search
# Directory: no one matches the filters.
people-none-found = No one matches your search.
# Link under the directory results to the next page of people.
people-next-page = Next page

# Profile page: link to the profile form.
profile-edit = Edit profile
# Profile form: page title and heading.
profile-edit-title = Edit profile
# Profile form: the first option of the country list.
profile-no-country = Not set
# Profile form and account form: the interface-language choice that follows the browser's language.
profile-ui-language-auto = Same as the browser
# Profile form: help under "Languages I read".
profile-read-languages-help = Posts in these languages are shown to you first.
# Profile form: help under the expertise field.
profile-expertise-help = Separate topics with commas, for example: AML, Basel III, mortgages.
# Profile form: save button.
profile-save = Save profile
