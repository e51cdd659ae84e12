### The home page.

# Home page title (browser tab).
home-title = Etusivu
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Tervetuloa, { $name }!

home-stream-heading = Uusimmat

## The "get started" card on a new person's home page.

# Heading of the card.
welcome-heading = Aloita tästä
# Communities suggested to join (helpdesks first).
welcome-communities = Yhteisöjä, joihin voit liittyä
# Colleagues suggested to follow (same department, then same country).
welcome-people = Kollegoita, jotka saatat tuntea
# Heading of the profile prompt.
welcome-profile = Täydennä profiiliasi
# Which profile fields are empty. Variables: $fields (their names, comma-separated).
welcome-profile-missing = Kollegat löytävät sinut näiden tietojen avulla, mutta ne puuttuvat vielä: { $fields }.
