### The home page.

# Home page title (browser tab).
home-title = Strona główna
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Witaj, { $name }!
# Text under the greeting.
home-intro = Gemenskap to miejsce, w którym współpracownicy z całego banku odnajdują się nawzajem i dzielą się wiedzą.
# Home tile: heading of the link to one's own profile.
home-tile-profile = Twój profil
# Home tile: text of the link to one's own profile.
home-tile-profile-body = Opowiedz współpracownikom, czym się zajmujesz i na czym się znasz.
# Home tile: heading of the link to the people directory.
home-tile-people = Znajdź współpracowników
# Home tile: text of the link to the people directory.
home-tile-people-body = Wyszukuj współpracowników według imienia i nazwiska, działu, kraju lub kompetencji.
# Home tile: heading of the link to the profile form's language settings.
home-tile-languages = Twoje języki
# Home tile: text of the link to the language settings.
home-tile-languages-body = Wybierz język interfejsu i języki, w których czytasz.
