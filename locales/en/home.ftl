### The home page.

# Home page title (browser tab).
home-title = Home
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Welcome, { $name }!

# The home page's stream, a heading for screen readers.
home-stream-heading = What's new

## The "get started" card on a new person's home page.

# Heading of the card.
welcome-heading = Get started
# Communities suggested to join (helpdesks first).
welcome-communities = Communities to join
# Colleagues suggested to follow (same department, then same country).
welcome-people = Colleagues you may know
# Heading of the profile prompt.
welcome-profile = Complete your profile
# Which profile fields are empty. Variables: $fields (their names, comma-separated).
welcome-profile-missing = Colleagues find you by these, still empty: { $fields }.
