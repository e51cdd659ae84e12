### The home page.

# Home page title (browser tab).
home-title = Start
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Välkommen, { $name }!

home-stream-heading = Senaste nytt

## The "get started" card on a new person's home page.

# Heading of the card.
welcome-heading = Kom igång
# Communities suggested to join (helpdesks first).
welcome-communities = Grupper att gå med i
# Colleagues suggested to follow (same department, then same country).
welcome-people = Kollegor du kanske känner
# Heading of the profile prompt.
welcome-profile = Fyll i din profil
# Which profile fields are empty. Variables: $fields (their names, comma-separated).
welcome-profile-missing = Kollegor hittar dig via de här uppgifterna, som fortfarande saknas: { $fields }.
