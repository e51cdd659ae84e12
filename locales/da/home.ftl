### The home page.

# Home page title (browser tab).
home-title = Forside
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Velkommen, { $name }!

home-stream-heading = Seneste nyt

## The "get started" card on a new person's home page.

# Heading of the card.
welcome-heading = Kom i gang
# Communities suggested to join (helpdesks first).
welcome-communities = Grupper, du kan blive medlem af
# Colleagues suggested to follow (same department, then same country).
welcome-people = Kolleger, du måske kender
# Heading of the profile prompt.
welcome-profile = Udfyld din profil
# Which profile fields are empty. Variables: $fields (their names, comma-separated).
welcome-profile-missing = Kolleger finder dig ud fra disse oplysninger, som stadig mangler: { $fields }.
