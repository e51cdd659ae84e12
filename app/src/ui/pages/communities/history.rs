//! `/communities/:slug/history`: the membership history for owners and admins, newest
//! first, and the insider-list download for a range of days.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::frame::{CommunityFrame, Tab, slug_param};
use super::labels;
use crate::api::community::list_history;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::model::community::{Community, HistoryEvent, HistoryPage};
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::query_href::encode;

/// The history page.
#[component]
pub fn CommunityHistoryPage() -> impl IntoView {
    let slug = slug_param();
    let query = use_query_map();
    let page = Resource::new(
        move || (slug.get(), query.with(|q| q.get("cursor"))),
        |(slug, cursor)| list_history(slug, cursor),
    );
    view! {
        <CommunityFrame tab=Tab::History refresh=Signal::derive(|| 0) children=move |c| view! { <History community=c page=page/> }/>
    }
}

#[component]
fn History(community: Community, page: Resource<Result<HistoryPage, AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    let slug = community.slug.clone();
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
        <Transition fallback=move || view! { <p class="muted">{i18n.t("loading")}</p> }>
            {move || {
                let here = here.clone();
                Suspend::new(async move {
                    match page.await {
                        Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                        Ok(p) => view! {
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
                        }.into_any(),
                    }
                })
            }}
        </Transition>
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
