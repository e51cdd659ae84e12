//! `/compliance/audit`: the audit trail for compliance officers, filtered by community, person
//! and dates, page by page, with the same entries as a CSV file.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{ComplianceNav, OfficerPage};
use crate::api::compliance::audit_list;
use crate::i18n::use_i18n;
use crate::model::guard::AuditEntryView;
use crate::ui::components::data_table::DataTable;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::query_href::encode;

/// The page; others than compliance officers are told it is not theirs.
#[component]
pub fn ComplianceAuditPage() -> impl IntoView {
    view! { <OfficerPage title="compliance-audit-title" children=|| view! { <Trail/> }/> }
}

/// The filter as it stands in the address.
#[derive(Clone, Default)]
struct Filter {
    community_slug: String,
    user_id: String,
    from: String,
    to: String,
}

impl Filter {
    /// The filter's part of an address (`&`-joined, without the leading `?`).
    fn query(&self) -> String {
        [
            ("community_slug", &self.community_slug),
            ("user_id", &self.user_id),
            ("from", &self.from),
            ("to", &self.to),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect::<Vec<_>>()
        .join("&")
    }
}

#[component]
fn Trail() -> impl IntoView {
    let i18n = use_i18n();
    let (f, cursor) = use_query_map().with_untracked(|q| {
        let get = |k: &str| q.get(k).unwrap_or_default().trim().to_owned();
        (
            Filter {
                community_slug: get("community_slug"),
                user_id: get("user_id"),
                from: get("from"),
                to: get("to"),
            },
            q.get("cursor"),
        )
    });
    let user_id = f.user_id.parse::<i64>().ok();
    let some = |s: &String| (!s.is_empty()).then(|| s.clone());
    let page = audit_list(
        some(&f.community_slug),
        user_id,
        some(&f.from),
        some(&f.to),
        cursor,
    );
    let query = f.query();
    let csv = if query.is_empty() {
        "/api/compliance/audit?format=csv".to_owned()
    } else {
        format!("/api/compliance/audit?{query}&format=csv")
    };
    view! {
        <h1>{i18n.t("compliance-audit-title")}</h1>
        <ComplianceNav current="audit"/>
        <p class="muted">{i18n.t("compliance-audit-help")}</p>
        <form method="get" action="/compliance/audit" class="filters">
            <div class="field">
                <label for="au-community">{i18n.t("compliance-audit-community")}</label>
                <input id="au-community" name="community_slug" value=f.community_slug.clone()/>
            </div>
            <div class="field">
                <label for="au-user">{i18n.t("compliance-audit-person")}</label>
                <input id="au-user" name="user_id" inputmode="numeric" pattern="[0-9]*" value=f.user_id.clone()/>
            </div>
            <div class="field">
                <label for="au-from">{i18n.t("compliance-audit-from")}</label>
                <input id="au-from" type="date" name="from" value=f.from.clone()/>
            </div>
            <div class="field">
                <label for="au-to">{i18n.t("compliance-audit-to")}</label>
                <input id="au-to" type="date" name="to" value=f.to.clone()/>
            </div>
            <button type="submit">{i18n.t("compliance-audit-filter")}</button>
        </form>
        <p><a href=csv download="audit-trail.csv">{i18n.t("compliance-audit-csv")}</a></p>
        <Loaded data=page children=move |page| {
            if page.entries.is_empty() {
                return view! { <p>{i18n.t("compliance-audit-empty")}</p> }.into_any();
            }
            let next = page.next_cursor.map(|c| {
                let mut href = format!("/compliance/audit?cursor={}", encode(&c));
                if !query.is_empty() {
                    href.push('&');
                    href.push_str(&query);
                }
                view! { <a class="button" href=href>{i18n.t("compliance-audit-next-page")}</a> }
            });
            view! {
                <DataTable class="audit" caption=i18n.t("compliance-audit-title") headings=vec![
                    "#".to_owned(),
                    i18n.t("compliance-audit-when"),
                    i18n.t("compliance-audit-who"),
                    i18n.t("compliance-audit-what"),
                    i18n.t("compliance-audit-where"),
                    i18n.t("compliance-audit-detail"),
                ]>
                    {page.entries.into_iter().map(|e| view! { <EntryRow entry=e/> }).collect_view()}
                </DataTable>
                {next}
            }.into_any()
        }/>
    }
}

#[component]
fn EntryRow(entry: AuditEntryView) -> impl IntoView {
    let i18n = use_i18n();
    let who = match (entry.actor_id, entry.actor_name.clone()) {
        (Some(id), Some(name)) => view! { <a href=format!("/people/{id}")>{name}</a> }.into_any(),
        _ => view! { <span class="muted">{i18n.t("compliance-audit-nobody")}</span> }.into_any(),
    };
    let what = i18n.t(&format!("audit-action-{}", entry.action.replace('_', "-")));
    view! {
        <tr>
            <td>{entry.seq}</td>
            <td>{i18n.format_datetime_utc(entry.at)}</td>
            <td>{who}</td>
            <td>{what}</td>
            <td>{entry.community_slug.clone().unwrap_or_default()}</td>
            <td><code class="detail">{entry.detail.clone()}</code></td>
        </tr>
    }
}
