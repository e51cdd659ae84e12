//! What every page of one community shares: loading it by the slug in the address, the
//! heading with its kind, and the tabs the reader may use. A community the reader may not
//! see shows the same "not found" page as an address that never existed.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::labels::{self, href};
use crate::api::community::{get_community, get_community_heading};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::model::community::{Community, Tool, Visibility};
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::not_found::NotFound;
use crate::ui::components::require_user::RequireUser;

/// Which tab of a community is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Home,
    Forum,
    Blog,
    Wiki,
    Files,
    Inbox,
    Members,
    Requests,
    Settings,
    History,
    Translations,
}

/// Loads the community of the address and renders `children` under its heading and tabs.
/// Only the home tab lists the owners, so only it asks for them.
#[component]
pub fn CommunityFrame<F, V>(tab: Tab, children: F) -> impl IntoView
where
    F: FnOnce(Community) -> V + Send + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    let slug = slug_param();
    view! {
        <RequireUser children=move |_| view! {
            <Suspense fallback=move || view! { <p class="muted">{i18n.t("loading")}</p> }>
                {Suspend::new(async move {
                    let community = if tab == Tab::Home {
                        get_community(slug).await
                    } else {
                        get_community_heading(slug).await
                    };
                    match community {
                        Ok(c) => view! { <Heading community=c.clone() tab=tab/>{children(c)} }.into_any(),
                        Err(AppError::NotFound) => view! {
                            <NotFound message="community-not-found"
                                back=("/communities", "community-back-to-directory")/>
                        }.into_any(),
                        Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        }/>
    }
}

/// The slug in the address of a community page.
pub fn slug_param() -> String {
    use_params_map().with_untracked(|p| p.get("slug").unwrap_or_default())
}

#[component]
fn Heading(community: Community, tab: Tab) -> impl IntoView {
    let i18n = use_i18n();
    let c = &community;
    let tab_title = match tab {
        Tab::Home => c.name.clone(),
        Tab::Forum => format!("{} · {}", i18n.t("community-tab-forum"), c.name),
        Tab::Blog => format!("{} · {}", i18n.t("community-tab-blog"), c.name),
        Tab::Wiki => format!("{} · {}", i18n.t("community-tab-wiki"), c.name),
        Tab::Files => format!("{} · {}", i18n.t("community-tab-files"), c.name),
        Tab::Inbox => format!("{} · {}", i18n.t("community-tab-inbox"), c.name),
        Tab::Members => format!("{} · {}", i18n.t("community-tab-members"), c.name),
        Tab::Requests => format!("{} · {}", i18n.t("community-tab-requests"), c.name),
        Tab::Settings => format!("{} · {}", i18n.t("community-tab-settings"), c.name),
        Tab::History => format!("{} · {}", i18n.t("community-tab-history"), c.name),
        Tab::Translations => format!("{} · {}", i18n.t("translations-outdated-title"), c.name),
    };
    let link = |t: Tab, page: &str, label: String| {
        let current = (t == tab).then_some("page");
        view! { <a href=href(&c.slug, page) aria-current=current>{label}</a> }
    };
    let requests_label = i18n.t_args(
        "community-tab-requests-count",
        &[("count", c.pending_requests.unwrap_or(0).into())],
    );
    view! {
        <Title text=tab_title/>
        <header class="community-head">
            <h1>{c.name.clone()}</h1>
            <ul class="tags" aria-label=i18n.t("community-kind-label")>
                <li class=format!("badge badge-{}", c.visibility.as_str())>{labels::visibility(i18n, c.visibility)}</li>
                <li>{labels::template(i18n, c.template)}</li>
                {c.archived.then(|| view! { <li class="badge badge-archived">{i18n.t("community-archived-badge")}</li> })}
            </ul>
        </header>
        {(c.visibility == Visibility::Restricted).then(|| view! {
            <p class="alert alert-restricted">{i18n.t("community-restricted-notice")}</p>
        })}
        {c.archived.then(|| view! { <p class="alert alert-info">{i18n.t("community-archived-notice")}</p> })}
        <nav class="tabs" aria-label=i18n.t("community-tabs-label")>
            {link(Tab::Home, "", i18n.t("community-tab-home"))}
            {(!c.content_hidden && c.tools.contains(&Tool::Forum)).then(|| link(Tab::Forum, "forum", i18n.t("community-tab-forum")))}
            {(!c.content_hidden && c.tools.contains(&Tool::Blog)).then(|| link(Tab::Blog, "blog", i18n.t("community-tab-blog")))}
            {(!c.content_hidden && c.tools.contains(&Tool::Wiki)).then(|| link(Tab::Wiki, "wiki", i18n.t("community-tab-wiki")))}
            {(!c.content_hidden && c.tools.contains(&Tool::Files)).then(|| link(Tab::Files, "files", i18n.t("community-tab-files")))}
            {c.can.inbox.then(|| link(Tab::Inbox, "inbox", i18n.t("community-tab-inbox")))}
            {link(Tab::Members, "members", i18n.t("community-tab-members"))}
            {(!c.content_hidden).then(|| link(Tab::Translations, "translations", i18n.t("translations-outdated-title")))}
            {c.can.approve.then(|| link(Tab::Requests, "requests", requests_label))}
            {(c.can.edit || c.can.archive || c.can.delete).then(|| link(Tab::Settings, "settings", i18n.t("community-tab-settings")))}
            {c.can.export_history.then(|| link(Tab::History, "history", i18n.t("community-tab-history")))}
        </nav>
    }
}
