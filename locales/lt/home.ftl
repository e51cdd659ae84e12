### The home page.

# Home page title (browser tab).
home-title = Pradžia
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Sveiki, { $name }!
