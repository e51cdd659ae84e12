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
