//! The login form, on the login page and wherever a page needs a reader who is not logged in.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::auth::Login;
use crate::i18n::use_i18n;
use crate::ui::components::json_form::JsonForm;

/// The login form; after logging in, the page that asked loads again as the user (from the
/// login page itself, the home page). A plain form: the pages before logging in load no
/// script, and the server answers a failed login with this page and the error at its top.
#[component]
pub fn LoginForm() -> impl IntoView {
    let i18n = use_i18n();
    // Back from a failed attempt, the address gives the e-mail address typed.
    let email = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("email"));
    view! {
        <section class="card login-card" aria-labelledby="login-heading">
            <h1 id="login-heading">{i18n.t("login-title")}</h1>
            <p class="muted">{i18n.t("login-intro")}</p>
            <JsonForm action=Login::PATH class="stack" plain=true>
                <label for="login-email">{i18n.t("field-email")}</label>
                <input id="login-email" type="email" name="email" autocomplete="username" required value=email/>
                <label for="login-password">{i18n.t("field-password")}</label>
                <input id="login-password" type="password" name="password" autocomplete="current-password" required/>
                <button type="submit" class="primary">{i18n.t("login-submit")}</button>
            </JsonForm>
        </section>
    }
}
