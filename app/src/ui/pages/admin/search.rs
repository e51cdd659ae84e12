//! `/admin/search`: for admins, this node's search index: how many documents it holds, how
//! far behind the database it is, and its last rebuild (`gemenskap search reindex` rebuilds
//! it while it keeps answering).

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::search::get_search_status;
use crate::i18n::use_i18n;
use crate::model::search::SearchStatus;
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::require_user::RequireUser;
use crate::ui::components::time::Time;

/// The admin view of the search index.
#[component]
pub fn AdminSearchPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("admin-search-title")/>
        <RequireUser children=move |me| {
            if me.can_manage_accounts {
                view! {
                    <h1>{i18n.t("admin-search-title")}</h1>
                    <Loaded data=get_search_status() children=|s| view! { <Status status=s/> }/>
                }.into_any()
            } else {
                view! { <ErrorMessage error=crate::error::AppError::Forbidden/> }.into_any()
            }
        }/>
    }
}

#[component]
fn Status(status: SearchStatus) -> impl IntoView {
    let i18n = use_i18n();
    let s = status;
    let seconds = (s.lag_ms + 999) / 1000;
    view! {
        <dl class="card facts">
            <dt>{i18n.t("admin-search-documents")}</dt>
            <dd>{s.documents.to_string()}</dd>
            <dt>{i18n.t("admin-search-lag")}</dt>
            <dd>{i18n.t_args("admin-search-lag-value", &[("count", s.lag_changes.into()), ("seconds", seconds.into())])}</dd>
            <dt>{i18n.t("admin-search-rebuilt")}</dt>
            <dd>{match (s.last_rebuild_at, s.last_rebuild_docs, s.last_rebuild_ms) {
                (Some(at), Some(docs), Some(ms)) => view! {
                    <Time at=at/> " · "
                    {i18n.t_args("admin-search-rebuilt-value", &[("count", docs.into()), ("seconds", ((ms + 999) / 1000).into())])}
                }.into_any(),
                _ => view! { {i18n.t("admin-search-never")} }.into_any(),
            }}</dd>
        </dl>
        <p class="muted small">{i18n.t("admin-search-help")}</p>
    }
}
