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
