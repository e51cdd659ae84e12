### Logging in and changing the password.

# Login page title and the heading of the login form (also shown inline on pages that need a login).
login-title = Logg inn
# Text under the login heading.
login-intro = Logg inn med e-postadressen du bruker på jobben. Du kan ikke registrere deg selv – administratoren din oppretter kontoer.
# Login form button.
login-submit = Logg inn
# On the login page when logged in already. Variables: $name (display name).
login-already = Du er logget inn som { $name }.
# On the login page when logged in already: link to the home page.
login-home-link = Gå til forsiden

# Password page title and heading.
password-title = Endre passord
# Help under the new password field.
password-rules = Bruk minst 10 tegn. Noen ord som ikke henger sammen, gir et sterkt passord.
# Password page button.
password-submit = Endre passord
# Confirmation after the password was changed.
password-changed = Passordet ditt er endret. Du er logget ut av de andre øktene dine.

## Sessions page (/account/sessions)

# Title and heading of the page listing where the person is logged in.
sessions-title = Hvor du er logget inn
# Under the heading.
sessions-intro = Her vises alle nettleserne du har logget inn med. En økt avsluttes etter 12 timer uten bruk, og alltid 14 dager etter innloggingen. Har du mistet en telefon eller glemt å logge ut et sted? Logg ut overalt.
# A session whose browser did not say what it is.
sessions-unknown-browser = Ukjent nettleser
# When the session began. Variables: $time (date and time).
sessions-opened = Logget inn { $time }
# When the session was last used. Variables: $time (date and time).
sessions-last-used = sist brukt { $time }
# Marks the session of the browser showing the page.
sessions-this-one = Denne nettleseren
# Button that ends every session, this one too.
sessions-end-all = Logg ut overalt
