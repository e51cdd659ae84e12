//! The login form, on the login page and wherever a page needs a reader who is not logged in.

use leptos::prelude::*;

use crate::api::auth::Login;
use crate::i18n::use_i18n;
use crate::islands::form::AfterSave;
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::json_form::JsonForm;

/// The login form; after logging in, the page that asked loads again as the user (from the
/// login page itself, the home page).
#[component]
pub fn LoginForm() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<Login>::new();
    let on_login_page = leptos_router::hooks::use_location()
        .pathname
        .get_untracked()
        == "/login";
    let then = if on_login_page {
        AfterSave::Go("/".to_owned())
    } else {
        AfterSave::Reload
    };
    view! {
        <section class="card login-card" aria-labelledby="login-heading">
            <h1 id="login-heading">{i18n.t("login-title")}</h1>
            <p class="muted">{i18n.t("login-intro")}</p>
            <JsonForm action=action class="stack" then=then>
                <label for="login-email">{i18n.t("field-email")}</label>
                <input id="login-email" type="email" name="email" autocomplete="username" required/>
                <label for="login-password">{i18n.t("field-password")}</label>
                <input id="login-password" type="password" name="password" autocomplete="current-password" required/>
                {move || action.value().get().and_then(Result::err).map(|e| view! { <ErrorMessage error=e/> })}
                <button type="submit" class="primary">{i18n.t("login-submit")}</button>
            </JsonForm>
        </section>
    }
}
