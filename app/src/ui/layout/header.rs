//! The page header: the product name, navigation, the language switcher and the user menu.

use leptos::prelude::*;

use leptos_router::hooks::use_location;

use crate::api::auth::Logout;
use crate::api::social::unread_notifications;
use crate::i18n::use_i18n;
use crate::model::profile::initials;
use crate::ui::components::avatar::Avatar;
use crate::ui::components::json_form::{JsonForm, go_to};
use crate::ui::current_user::CurrentUser;
use crate::ui::layout::language_switcher::LanguageSwitcher;

/// The site header with the main navigation.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let me = CurrentUser::get().me();
    // Read again on every navigation, so the count follows what the reader has opened.
    let location = use_location();
    let unread = Resource::new(move || location.pathname.get(), |_| unread_notifications());
    view! {
        <header class="site-header">
            <a class="brand" href="/">{i18n.t("app-name")}</a>
            <Transition>
                {move || { let me = me.clone(); Suspend::new(async move {
                    let unread = match &me {
                        Some(_) => unread.await.ok().map_or(0, |u| u.unread),
                        None => 0,
                    };
                    me.map(|me| {
                        let admin = me.can_manage_accounts;
                        view! {
                            <nav class="main-nav" aria-label=i18n.t("nav-main-label")>
                                <a href="/">{i18n.t("nav-home")}</a>
                                <a href="/communities">{i18n.t("nav-communities")}</a>
                                <a href="/people">{i18n.t("nav-people")}</a>
                                <a href="/notifications" class="nav-notifications">
                                    {i18n.t("nav-notifications")}
                                    {(unread > 0).then(|| view! {
                                        " "
                                        <span class="count-badge" aria-label=i18n.t_args("nav-unread", &[("count", unread.into())])>
                                            {unread}
                                        </span>
                                    })}
                                </a>
                                {admin.then(|| view! { <a href="/admin/users">{i18n.t("nav-admin")}</a> })}
                                {admin.then(|| view! { <a href="/admin/communities">{i18n.t("nav-admin-communities")}</a> })}
                            </nav>
                            <UserMenu id=me.id name=me.display_name.clone()/>
                        }
                    })
                })}}
            </Transition>
            <LanguageSwitcher/>
        </header>
    }
}

/// The user's own links and logging out, in a disclosure that works without JavaScript.
#[component]
fn UserMenu(id: crate::model::ids::UserId, name: String) -> impl IntoView {
    let i18n = use_i18n();
    let logout = ServerAction::<Logout>::new();
    Effect::new(move |_| {
        if let Some(Ok(_)) = logout.value().get() {
            go_to("/");
        }
    });
    let profile_href = format!("/people/{id}");
    // Choosing an entry closes the menu, as a full page load would.
    let menu = NodeRef::<leptos::html::Details>::new();
    let close = move |_| {
        if let Some(details) = menu.get_untracked() {
            details.set_open(false);
        }
    };
    // Esc closes the open menu and puts focus back on its button, as in any menu.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape"
            && let Some(details) = menu.get_untracked()
            && details.open()
        {
            details.set_open(false);
            if let Ok(Some(summary)) = details.query_selector("summary")
                && let Ok(summary) =
                    leptos::wasm_bindgen::JsCast::dyn_into::<leptos::web_sys::HtmlElement>(summary)
            {
                let _ = summary.focus();
            }
        }
    };
    view! {
        <details class="user-menu" node_ref=menu on:keydown=on_key>
            <summary>
                <Avatar id=id initials=initials(&name)/>
                <span class="user-name">{name.clone()}</span>
                <span class="visually-hidden">{i18n.t("nav-user-menu")}</span>
            </summary>
            <ul on:click=close>
                <li><a href=profile_href>{i18n.t("nav-my-profile")}</a></li>
                <li><a href="/account/password">{i18n.t("nav-change-password")}</a></li>
                <li><a href="/account/sessions">{i18n.t("nav-sessions")}</a></li>
                <li>
                    <JsonForm action=logout class="inline-form">
                        <button type="submit" class="link-button">{i18n.t("nav-logout")}</button>
                    </JsonForm>
                </li>
            </ul>
        </details>
    }
}
