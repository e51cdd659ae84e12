### The home page.

# Home page title (browser tab).
home-title = Sākums
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Sveicināti, { $name }!

home-stream-heading = Jaunākais

## The "get started" card on a new person's home page.

# Heading of the card.
welcome-heading = Pirmie soļi
# Communities suggested to join (helpdesks first).
welcome-communities = Kopienas, kurām varat pievienoties
# Colleagues suggested to follow (same department, then same country).
welcome-people = Kolēģi, kurus jūs varētu pazīt
# Heading of the profile prompt.
welcome-profile = Papildiniet savu profilu
# Which profile fields are empty. Variables: $fields (their names, comma-separated).
welcome-profile-missing = Pēc šiem datiem kolēģi var jūs atrast, taču tie vēl nav aizpildīti: { $fields }.
