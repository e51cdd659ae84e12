### The home page.

# Home page title (browser tab).
home-title = Etusivu
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Tervetuloa, { $name }!
