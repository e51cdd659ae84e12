//! The page header: the product name, navigation, the language switcher and the user menu.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::auth::Logout;
use crate::i18n::use_i18n;
use crate::islands::form::AfterSave;
use crate::islands::menu::MenuKeys;
use crate::islands::search_box::SearchBox;
use crate::islands::unread::UnreadLink;
use crate::model::profile::initials;
use crate::ui::components::avatar::Avatar;
use crate::ui::components::json_form::JsonForm;
use crate::ui::current_user::{CurrentUser, Unread};
use crate::ui::layout::language_switcher::LanguageSwitcher;

/// The site header with the main navigation.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let me = CurrentUser::get().me();
    let unread = use_context::<Unread>().map_or(0, |u| u.0);
    view! {
        <header class="site-header">
            <a class="brand" href="/">{i18n.t("app-name")}</a>
            {me.map(|me| {
                let admin = me.can_manage_accounts;
                view! {
                    <nav class="main-nav" aria-label=i18n.t("nav-main-label")>
                        <a href="/">{i18n.t("nav-home")}</a>
                        <a href="/communities">{i18n.t("nav-communities")}</a>
                        <a href="/people">{i18n.t("nav-people")}</a>
                        <UnreadLink text=i18n.t("nav-notifications") count=unread
                            label=i18n.t_args("nav-unread", &[("count", unread.into())])/>
                        {admin.then(|| view! { <a href="/admin/users">{i18n.t("nav-admin")}</a> })}
                        {admin.then(|| view! { <a href="/admin/communities">{i18n.t("nav-admin-communities")}</a> })}
                        {admin.then(|| view! { <a href="/admin/search">{i18n.t("nav-admin-search")}</a> })}
                        {admin.then(|| view! { <a href="/admin/mail">{i18n.t("nav-admin-mail")}</a> })}
                        {me.can_use_compliance_tools.then(|| view! { <a href="/compliance">{i18n.t("nav-compliance")}</a> })}
                    </nav>
                    <HeaderSearch/>
                    <UserMenu id=me.id name=me.display_name.clone()/>
                }
            })}
            <LanguageSwitcher/>
        </header>
    }
}

/// The search box, with its suggestions' kinds named in the reader's language.
#[component]
fn HeaderSearch() -> impl IntoView {
    use crate::model::search::SearchKind;
    use crate::ui::pages::search::search_kind_label;
    let i18n = use_i18n();
    let q = leptos_router::hooks::use_location()
        .pathname
        .get_untracked()
        .eq("/search")
        .then(|| leptos_router::hooks::use_query_map().with_untracked(|m| m.get("q")))
        .flatten()
        .unwrap_or_default();
    let kinds = SearchKind::ALL
        .iter()
        .map(|k| (k.as_str().to_owned(), search_kind_label(i18n, *k)))
        .collect();
    view! {
        <SearchBox label=i18n.t("search-label") submit=i18n.t("search-submit")
            suggestions_label=i18n.t("search-suggestions-label") kinds=kinds q=q/>
    }
}

/// The user's own links and logging out, in a disclosure that works without JavaScript.
#[component]
fn UserMenu(id: crate::model::ids::UserId, name: String) -> impl IntoView {
    let i18n = use_i18n();
    let profile_href = format!("/people/{id}");
    view! {
        <MenuKeys>
            <details class="user-menu">
                <summary>
                    <Avatar id=id initials=initials(&name)/>
                    <span class="user-name">{name.clone()}</span>
                    <span class="visually-hidden">{i18n.t("nav-user-menu")}</span>
                </summary>
                <ul>
                    <li><a href=profile_href>{i18n.t("nav-my-profile")}</a></li>
                    <li><a href="/account/password">{i18n.t("nav-change-password")}</a></li>
                    <li><a href="/account/sessions">{i18n.t("nav-sessions")}</a></li>
                    <li><a href="/account/mail">{i18n.t("nav-mail")}</a></li>
                    <li><a href="/compliance/queue">{i18n.t("nav-held")}</a></li>
                    <li>
                        <JsonForm action=Logout::PATH class="inline-form" then=AfterSave::Go("/".to_owned())>
                            <button type="submit" class="link-button">{i18n.t("nav-logout")}</button>
                        </JsonForm>
                    </li>
                </ul>
            </details>
        </MenuKeys>
    }
}
