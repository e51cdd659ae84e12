//! The compliance officer's pages: the watchlist of client names (`/compliance`, an entry at
//! `/compliance/watchlist/:id`), the queue of texts held for review (`/compliance/queue`,
//! which also shows writers their own held texts) and the audit trail (`/compliance/audit`).
//! Each page calls the compliance API; the policy behind it decides who sees what.

pub mod audit;
pub mod entry;
pub mod queue;
pub mod watchlist;

use leptos::prelude::*;

use leptos_meta::Title;

use crate::i18n::use_i18n;
use crate::ui::components::require_user::RequireUser;

/// The three tools, the current one marked.
#[component]
pub fn ComplianceNav(current: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let link = move |href: &'static str, key: &'static str, name: &'static str| {
        let here = (name == current).then_some("page");
        view! { <a href=href aria-current=here>{i18n.t(key)}</a> }
    };
    view! {
        <nav class="tabs" aria-label=i18n.t("compliance-title")>
            {link("/compliance", "compliance-watchlist-title", "watchlist")}
            {link("/compliance/queue", "compliance-queue-title", "queue")}
            {link("/compliance/audit", "compliance-audit-title", "audit")}
        </nav>
    }
}

/// An officer's page titled `title`: its content for compliance officers, the login form for
/// nobody, and for anyone else a word that the page is not theirs.
#[component]
pub fn OfficerPage<F, V>(title: &'static str, children: F) -> impl IntoView
where
    F: FnOnce() -> V + Send + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t(title)/>
        <RequireUser children=move |me| {
            if me.can_use_compliance_tools {
                children().into_any()
            } else {
                view! { <p class="alert alert-error" role="alert">{i18n.t("compliance-not-officer")}</p> }.into_any()
            }
        }/>
    }
}
