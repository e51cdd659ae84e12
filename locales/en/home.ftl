### The home page.

# Home page title (browser tab).
home-title = Home
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Welcome, { $name }!
