//! `/communities/:slug/history`: the membership history for owners and admins, newest
//! first, and the insider-list download for a range of days.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::frame::{CommunityFrame, Tab};
use super::labels;
use crate::api::community::list_history;
use crate::i18n::use_i18n;
use crate::model::community::{Community, HistoryEvent};
use crate::ui::components::loaded::Loaded;
use crate::ui::components::query_href::encode;

/// The history page.
#[component]
pub fn CommunityHistoryPage() -> impl IntoView {
    view! {
        <CommunityFrame tab=Tab::History children=move |c| view! { <History community=c/> }/>
    }
}

#[component]
fn History(community: Community) -> impl IntoView {
    let i18n = use_i18n();
    let slug = community.slug.clone();
    let cursor = use_query_map().with_untracked(|q| q.get("cursor"));
    let page = list_history(slug.clone(), cursor);
    let here = labels::href(&slug, "history");
    view! {
        <section class="card" aria-labelledby="export-heading">
            <h2 id="export-heading">{i18n.t("community-export-heading")}</h2>
            <p>{i18n.t("community-export-help")}</p>
            <form method="get" action="/api/communities/history" class="export-form">
                <input type="hidden" name="slug" value=slug.clone()/>
                <input type="hidden" name="format" value="csv"/>
                <div class="field">
                    <label for="ex-from">{i18n.t("community-export-from")}</label>
                    <input id="ex-from" type="date" name="from"/>
                </div>
                <div class="field">
                    <label for="ex-to">{i18n.t("community-export-to")}</label>
                    <input id="ex-to" type="date" name="to"/>
                </div>
                <button type="submit" class="primary">{i18n.t("community-export-submit")}</button>
            </form>
        </section>
        <h2>{i18n.t("community-history-heading")}</h2>
        <Loaded data=page children=move |p| view! {
                            <div class="table-wrap">
                                <table class="history">
                                    <caption class="visually-hidden">{i18n.t("community-history-heading")}</caption>
                                    <thead><tr>
                                        <th scope="col">{i18n.t("community-history-when")}</th>
                                        <th scope="col">{i18n.t("community-history-what")}</th>
                                        <th scope="col">{i18n.t("community-history-who")}</th>
                                        <th scope="col">{i18n.t("community-history-by")}</th>
                                        <th scope="col">{i18n.t("community-history-reason")}</th>
                                    </tr></thead>
                                    <tbody>
                                        {p.items.into_iter().map(|e| view! { <EventRow event=e/> }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            {p.next_cursor.map(|c| view! {
                                <a class="button" href=format!("{here}?cursor={}", encode(&c))>{i18n.t("community-history-older")}</a>
                            })}
        }/>
    }
}

#[component]
fn EventRow(event: HistoryEvent) -> impl IntoView {
    let i18n = use_i18n();
    let e = event;
    let what = match e.role {
        Some(r) if e.event != "created" => format!(
            "{} ({})",
            labels::event(i18n, &e.event),
            labels::role(i18n, r)
        ),
        _ => labels::event(i18n, &e.event),
    };
    view! {
        <tr>
            <td>{i18n.format_datetime_utc(e.at)}</td>
            <td>{what}</td>
            <td>{e.person.clone().unwrap_or_default()}</td>
            <td>{e.actor.clone().unwrap_or_default()}</td>
            <td>{e.reason.clone()}</td>
        </tr>
    }
}
