### Logging in and changing the password.

# Login page title and the heading of the login form (also shown inline on pages that need a login).
login-title = Log ind
# Text under the login heading.
login-intro = Log ind med din e-mailadresse fra arbejdet. Du kan ikke oprette dig selv – din administrator opretter konti.
# Login form button.
login-submit = Log ind
# On the login page when logged in already. Variables: $name (display name).
login-already = Du er logget ind som { $name }.
# On the login page when logged in already: link to the home page.
login-home-link = Gå til forsiden

# Password page title and heading.
password-title = Skift adgangskode
# Help under the new password field.
password-rules = Brug mindst 10 tegn. Nogle få ord, der ikke hænger sammen, giver en stærk adgangskode.
# Password page button.
password-submit = Skift adgangskode
# Confirmation after the password was changed.
password-changed = Din adgangskode er ændret. Du er logget ud af dine andre sessioner.

## Sessions page (/account/sessions)

# Title and heading of the page listing where the person is logged in.
sessions-title = Hvor du er logget ind
# Under the heading.
sessions-intro = Her vises alle de browsere, du har logget ind med. En session slutter efter 12 timer uden brug og altid 14 dage efter, at du loggede ind. Har du mistet en telefon eller glemt at logge ud et sted? Log ud overalt.
# A session whose browser did not say what it is.
sessions-unknown-browser = Ukendt browser
# When the session began. Variables: $time (date and time).
sessions-opened = Logget ind { $time }
# When the session was last used. Variables: $time (date and time).
sessions-last-used = senest brugt { $time }
# Marks the session of the browser showing the page.
sessions-this-one = Denne browser
# Button that ends every session, this one too.
sessions-end-all = Log ud overalt
