### The home page.

# Home page title (browser tab).
home-title = Pradžia
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Sveiki, { $name }!

home-stream-heading = Naujienos

## The "get started" card on a new person's home page.

# Heading of the card.
welcome-heading = Pirmieji žingsniai
# Communities suggested to join (helpdesks first).
welcome-communities = Bendruomenės, prie kurių galite prisijungti
# Colleagues suggested to follow (same department, then same country).
welcome-people = Kolegos, kuriuos galbūt pažįstate
# Heading of the profile prompt.
welcome-profile = Užpildykite savo profilį
# Which profile fields are empty. Variables: $fields (their names, comma-separated).
welcome-profile-missing = Pagal šiuos duomenis kolegos gali jus rasti, tačiau jie dar neužpildyti: { $fields }.
