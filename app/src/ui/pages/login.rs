//! Logging in with e-mail and password.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::use_i18n;
use crate::ui::components::login_form::LoginForm;
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
