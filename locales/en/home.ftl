### The home page.

# Home page title (browser tab).
home-title = Home
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Welcome, { $name }!
# Text under the greeting.
home-intro = Gemenskap is where colleagues across the bank find each other and share what they know.
# Home tile: heading of the link to one's own profile.
home-tile-profile = Your profile
# Home tile: text of the link to one's own profile.
home-tile-profile-body = Tell colleagues what you work on and what you know about.
# Home tile: heading of the link to the people directory.
home-tile-people = Find people
# Home tile: text of the link to the people directory.
home-tile-people-body = Search colleagues by name, department, country or expertise.
# Home tile: heading of the link to the profile form's language settings.
home-tile-languages = Your languages
# Home tile: text of the link to the language settings.
home-tile-languages-body = Choose the language of the interface and the languages you read.
