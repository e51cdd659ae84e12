### Logging in and changing the password.

# Login page title and the heading of the login form (also shown inline on pages that need a login).
login-title = Logga in
# Text under the login heading.
login-intro = Logga in med e-postadressen du har i jobbet. Du kan inte registrera dig själv – din administratör skapar konton.
# Login form button.
login-submit = Logga in
# On the login page when logged in already. Variables: $name (display name).
login-already = Du är inloggad som { $name }.
# On the login page when logged in already: link to the home page.
login-home-link = Gå till startsidan

# Password page title and heading.
password-title = Byt lösenord
# Help under the new password field.
password-rules = Använd minst 10 tecken. Några ord som inte hör ihop ger ett starkt lösenord.
# Password page button.
password-submit = Byt lösenord
# Confirmation after the password was changed.
password-changed = Ditt lösenord har ändrats. Dina andra sessioner har loggats ut.

## Sessions page (/account/sessions)

# Title and heading of the page listing where the person is logged in.
sessions-title = Var du är inloggad
# Under the heading.
sessions-intro = Här visas alla webbläsare som du har loggat in med. En session avslutas efter 12 timmar utan användning och alltid 14 dagar efter inloggningen. Har du tappat bort en telefon eller glömt att logga ut någonstans? Logga ut överallt.
# A session whose browser did not say what it is.
sessions-unknown-browser = Okänd webbläsare
# When the session began. Variables: $time (date and time).
sessions-opened = Inloggad { $time }
# When the session was last used. Variables: $time (date and time).
sessions-last-used = senast använd { $time }
# Marks the session of the browser showing the page.
sessions-this-one = Den här webbläsaren
# Button that ends every session, this one too.
sessions-end-all = Logga ut överallt
