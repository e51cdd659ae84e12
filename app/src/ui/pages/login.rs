//! Logging in with e-mail and password.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::auth::Login;
use crate::i18n::use_i18n;
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::json_form::{JsonForm, go_to, reload};
use crate::ui::current_user::CurrentUser;

/// `/login`: the login form, or a note that one is logged in already.
#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let page = match CurrentUser::get().0 {
        Ok(me) => view! {
            <h1>{i18n.t("login-title")}</h1>
            <p>{i18n.t_args("login-already", &[("name", me.display_name.into())])}</p>
            <p><a href="/">{i18n.t("login-home-link")}</a></p>
        }
        .into_any(),
        Err(_) => view! { <LoginForm/> }.into_any(),
    };
    view! {
        <Title text=i18n.t("login-title")/>
        {page}
    }
}

/// The login form; after logging in, the current page loads again as the user.
#[component]
pub fn LoginForm() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<Login>::new();
    let on_login_page = leptos_router::hooks::use_location()
        .pathname
        .get_untracked()
        == "/login";
    Effect::new(move |_| {
        if let Some(Ok(_)) = action.value().get() {
            // From the login page, go home; anywhere else, show the page that asked.
            if on_login_page { go_to("/") } else { reload() }
        }
    });
    view! {
        <section class="card login-card" aria-labelledby="login-heading">
            <h1 id="login-heading">{i18n.t("login-title")}</h1>
            <p class="muted">{i18n.t("login-intro")}</p>
            <JsonForm action=action class="stack">
                <label for="login-email">{i18n.t("field-email")}</label>
                <input id="login-email" type="email" name="email" autocomplete="username" required/>
                <label for="login-password">{i18n.t("field-password")}</label>
                <input id="login-password" type="password" name="password" autocomplete="current-password" required/>
                {move || action.value().get().and_then(Result::err).map(|e| view! { <ErrorMessage error=e/> })}
                <button type="submit" class="primary" disabled=move || action.pending().get()>
                    {i18n.t("login-submit")}
                </button>
            </JsonForm>
        </section>
    }
}
