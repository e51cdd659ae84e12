### The home page.

# Home page title (browser tab).
home-title = Strona główna
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Witaj, { $name }!
