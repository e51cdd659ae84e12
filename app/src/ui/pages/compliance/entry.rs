//! `/compliance/watchlist/:id`: one watchlist entry, to change, for compliance officers.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

use super::watchlist::EntryFields;
use super::{ComplianceNav, OfficerPage};
use crate::api::compliance::{WatchlistUpdate, watchlist_get};
use crate::i18n::use_i18n;
use crate::islands::form::AfterSave;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::loaded::Loaded;

/// The page; others than compliance officers are told it is not theirs.
#[component]
pub fn WatchlistEntryPage() -> impl IntoView {
    view! { <OfficerPage title="compliance-watchlist-title" children=|| view! { <Entry/> }/> }
}

#[component]
fn Entry() -> impl IntoView {
    let i18n = use_i18n();
    let id = use_params_map().with_untracked(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()));
    let entry = async move {
        match id {
            Some(id) => watchlist_get(id).await,
            None => Err(crate::error::AppError::NotFound),
        }
    };
    view! {
        <Loaded data=entry children=move |e| {
            let heading = i18n.t_args("compliance-watchlist-edit", &[("name", e.name.clone().into())]);
            view! {
                <h1>{heading}</h1>
                <ComplianceNav current="watchlist"/>
                <p><a href="/compliance">{i18n.t("compliance-watchlist-back")}</a></p>
                <JsonForm action=WatchlistUpdate::PATH class="stack narrow" then=AfterSave::Go("/compliance".into())>
                    <input type="hidden" name="id[num]" value=e.id.to_string()/>
                    <EntryFields prefix="wl-edit" entry=Some(e)/>
                    <button type="submit" class="primary">{i18n.t("compliance-watchlist-save")}</button>
                </JsonForm>
            }
        }/>
    }
}
