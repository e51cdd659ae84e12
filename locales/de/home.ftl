### The home page.

# Home page title (browser tab).
home-title = Startseite
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Willkommen, { $name }!

home-stream-heading = Neuigkeiten

## The "get started" card on a new person's home page.

# Heading of the card.
welcome-heading = Erste Schritte
# Communities suggested to join (helpdesks first).
welcome-communities = Communities, denen Sie beitreten können
# Colleagues suggested to follow (same department, then same country).
welcome-people = Kolleginnen und Kollegen, die Sie vielleicht kennen
# Heading of the profile prompt.
welcome-profile = Vervollständigen Sie Ihr Profil
# Which profile fields are empty. Variables: $fields (their names, comma-separated).
welcome-profile-missing = Über diese Angaben finden Kolleginnen und Kollegen Sie, sie fehlen aber noch: { $fields }.
