### The home page.

# Home page title (browser tab).
home-title = Sākums
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Sveicināti, { $name }!
