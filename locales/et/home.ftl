### The home page.

# Home page title (browser tab).
home-title = Avaleht
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Tere tulemast, { $name }!

home-stream-heading = Viimased uudised

## The "get started" card on a new person's home page.

# Heading of the card.
welcome-heading = Esimesed sammud
# Communities suggested to join (helpdesks first).
welcome-communities = Kogukonnad, millega võiksite liituda
# Colleagues suggested to follow (same department, then same country).
welcome-people = Kolleegid, keda võite tunda
# Heading of the profile prompt.
welcome-profile = Täiendage oma profiili
# Which profile fields are empty. Variables: $fields (their names, comma-separated).
welcome-profile-missing = Nende andmete järgi leiavad kolleegid teid üles, kuid need on veel täitmata: { $fields }.
