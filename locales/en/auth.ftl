### Logging in and changing the password.

# Login page title and the heading of the login form (also shown inline on pages that need a login).
login-title = Log in
# Text under the login heading.
login-intro = Log in with your work e-mail address. There is no sign-up: your administrator creates accounts.
# Login form button.
login-submit = Log in
# On the login page when logged in already. Variables: $name (display name).
login-already = You are logged in as { $name }.
# On the login page when logged in already: link to the home page.
login-home-link = Go to the home page

# Password page title and heading.
password-title = Change password
# Help under the new password field.
password-rules = Use at least 10 characters. A few unrelated words make a strong password.
# Password page button.
password-submit = Change password
# Confirmation after the password was changed.
password-changed = Your password has been changed. Your other sessions have been logged out.

## Sessions page (/account/sessions)

# Title and heading of the page listing where the person is logged in.
sessions-title = Where you are logged in
# Under the heading.
sessions-intro = Each browser you logged in with is listed here. A session ends after 12 hours without use, and always 14 days after logging in. If you lost a phone or forgot to log out somewhere, log out everywhere.
# A session whose browser did not say what it is.
sessions-unknown-browser = A browser that did not give its name
# When the session began. Variables: $time (date and time).
sessions-opened = Logged in { $time }
# When the session was last used. Variables: $time (date and time).
sessions-last-used = last used { $time }
# Marks the session of the browser showing the page.
sessions-this-one = This browser
# Button that ends every session, this one too.
sessions-end-all = Log out everywhere
