### The home page.

# Home page title (browser tab).
home-title = Forside
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Velkommen, { $name }!
