### The home page.

# Home page title (browser tab).
home-title = Avaleht
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Tere tulemast, { $name }!
