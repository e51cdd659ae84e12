### The home page.

# Home page title (browser tab).
home-title = Startseite
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Willkommen, { $name }!
