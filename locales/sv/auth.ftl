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
