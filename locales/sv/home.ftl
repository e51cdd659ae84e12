### The home page.

# Home page title (browser tab).
home-title = Start
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Välkommen, { $name }!
