### The home page.

# Home page title (browser tab).
home-title = Strona główna
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Witaj, { $name }!

home-stream-heading = Nowości

## The "get started" card on a new person's home page.

# Heading of the card.
welcome-heading = Pierwsze kroki
# Communities suggested to join (helpdesks first).
welcome-communities = Społeczności, do których możesz dołączyć
# Colleagues suggested to follow (same department, then same country).
welcome-people = Współpracownicy, których możesz znać
# Heading of the profile prompt.
welcome-profile = Uzupełnij swój profil
# Which profile fields are empty. Variables: $fields (their names, comma-separated).
welcome-profile-missing = Dzięki tym informacjom współpracownicy mogą cię znaleźć, ale nadal ich brakuje: { $fields }.
