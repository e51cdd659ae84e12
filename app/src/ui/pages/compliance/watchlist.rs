//! `/compliance`: the watchlist for compliance officers: find a name, the entries with their
//! rules, add one, remove one, and the CSV import (a plain multipart form; the server sends the
//! browser back here with what it did) and export.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

use super::{ComplianceNav, OfficerPage};
use crate::api::compliance::{WatchlistCreate, WatchlistDelete, watchlist_list};
use crate::i18n::{I18n, use_i18n};
use crate::model::guard::{Strictness, WatchlistEntry};
use crate::ui::components::data_table::DataTable;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::query_href::encode;

/// The page; others than compliance officers are told it is not theirs.
#[component]
pub fn WatchlistPage() -> impl IntoView {
    view! { <OfficerPage title="compliance-watchlist-title" children=|| view! { <Watchlist/> }/> }
}

/// The translated name of a strictness.
pub fn strictness_label(i18n: I18n, s: Strictness) -> String {
    i18n.t(match s {
        Strictness::Always => "compliance-strictness-always",
        Strictness::Capitalised => "compliance-strictness-capitalised",
        Strictness::WithLegalForm => "compliance-strictness-with-legal-form",
    })
}

/// The fields of an entry, empty or filled in (the create and the update forms).
#[component]
pub fn EntryFields(prefix: &'static str, entry: Option<WatchlistEntry>) -> impl IntoView {
    let i18n = use_i18n();
    let id = move |f: &str| format!("{prefix}-{f}");
    let (name, aliases, legal, strictness, allowed) = match &entry {
        Some(e) => (
            e.name.clone(),
            e.aliases.join(", "),
            e.legal_form.clone().unwrap_or_default(),
            e.strictness,
            e.allowed_communities
                .iter()
                .map(|c| c.slug.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        None => (
            String::new(),
            String::new(),
            String::new(),
            Strictness::Always,
            String::new(),
        ),
    };
    let options = [
        Strictness::Always,
        Strictness::Capitalised,
        Strictness::WithLegalForm,
    ]
    .into_iter()
    .map(|s| view! { <option value=s.as_str() selected=s == strictness>{strictness_label(i18n, s)}</option> })
    .collect_view();
    view! {
        <label for=id("name")>{i18n.t("field-name")}</label>
        <input id=id("name") name="name" required maxlength="200" value=name/>
        <label for=id("aliases")>{i18n.t("field-aliases")}</label>
        <input id=id("aliases") name="aliases[csv]" value=aliases aria-describedby=id("aliases-help")/>
        <p id=id("aliases-help") class="muted small">{i18n.t("compliance-watchlist-aliases-help")}</p>
        <label for=id("legal")>{i18n.t("field-legal-form")}</label>
        <input id=id("legal") name="legal_form" maxlength="40" value=legal/>
        <label for=id("strictness")>{i18n.t("field-strictness")}</label>
        <select id=id("strictness") name="strictness">{options}</select>
        <label for=id("allowed")>{i18n.t("field-allowed-communities")}</label>
        <input id=id("allowed") name="allowed_communities[csv]" value=allowed aria-describedby=id("allowed-help")/>
        <p id=id("allowed-help") class="muted small">{i18n.t("compliance-watchlist-communities-help")}</p>
    }
}

/// What an import did, when the server sent the browser back here after one.
fn import_outcome(i18n: I18n, imported: Option<String>, problems: Option<String>) -> impl IntoView {
    let done = imported.and_then(|v| {
        let (c, u) = v.split_once('-')?;
        Some((c.parse::<i64>().ok()?, u.parse::<i64>().ok()?))
    });
    let done = done.map(|(created, updated)| {
        let text = i18n.t_args(
            "compliance-import-done",
            &[("created", created.into()), ("updated", updated.into())],
        );
        view! { <p class="form-done" role="status">{text}</p> }
    });
    let failed = problems.filter(|p| !p.is_empty()).map(|p| {
        let lines = p
            .split(',')
            .filter_map(|one| one.split_once(':'))
            .map(|(line, code)| {
                let problem = import_problem(i18n, code);
                let text = i18n.t_args(
                    "compliance-import-line",
                    &[
                        ("line", line.to_owned().into()),
                        ("problem", problem.into()),
                    ],
                );
                view! { <li>{text}</li> }
            })
            .collect_view();
        view! {
            <div class="alert alert-error" role="alert">
                <p>{i18n.t("compliance-import-failed")}</p>
                <ul>{lines}</ul>
            </div>
        }
    });
    (done, failed)
}

/// A problem code of an imported line, in words (`name_required` → "Name: this field is
/// required").
pub fn import_problem(i18n: I18n, code: &str) -> String {
    match code {
        "duplicate_name" => return i18n.t("compliance-import-duplicate"),
        "too_many_lines" => return i18n.t("compliance-import-too-many-lines"),
        "allowed_communities_not_restricted" => return i18n.t("error-field-not-restricted"),
        _ => {}
    }
    let fields = [
        "allowed_communities",
        "legal_form",
        "strictness",
        "aliases",
        "name",
    ];
    let Some((field, problem)) = fields.iter().find_map(|f| {
        code.strip_prefix(f)
            .and_then(|rest| rest.strip_prefix('_'))
            .map(|rest| (*f, rest))
    }) else {
        return i18n.t("compliance-import-other");
    };
    let limit = match problem {
        "too_long" => 200,
        "too_many" => 50,
        _ => 0,
    };
    i18n.t_args(
        "error-field-line",
        &[
            (
                "field",
                i18n.t(&format!("field-{}", field.replace('_', "-"))).into(),
            ),
            (
                "problem",
                i18n.t_args(
                    &format!("error-field-{}", problem.replace('_', "-")),
                    &[("limit", limit.into())],
                )
                .into(),
            ),
        ],
    )
}

#[component]
fn Watchlist() -> impl IntoView {
    let i18n = use_i18n();
    let (q, cursor, imported, problems) = use_query_map().with_untracked(|m| {
        (
            m.get("q"),
            m.get("cursor"),
            m.get("imported"),
            m.get("import_problems"),
        )
    });
    let list = watchlist_list(q.clone(), cursor);
    let query = q.clone().unwrap_or_default();
    view! {
        <h1>{i18n.t("compliance-watchlist-title")}</h1>
        <ComplianceNav current="watchlist"/>
        <p class="muted">{i18n.t("compliance-watchlist-help")}</p>
        {import_outcome(i18n, imported, problems)}
        <form method="get" action="/compliance" class="inline-form" role="search">
            <label for="wl-q">{i18n.t("compliance-watchlist-search")}</label>" "
            <input id="wl-q" type="search" name="q" value=query/>" "
            <button type="submit">{i18n.t("compliance-watchlist-search-submit")}</button>
        </form>
        <Loaded data=list children=move |page| {
            let count = i18n.t_args("compliance-watchlist-count", &[("count", page.total.into())]);
            let next = page.next_cursor.map(|c| {
                let mut href = format!("/compliance?cursor={}", encode(&c));
                if let Some(q) = &q {
                    href.push_str(&format!("&q={}", encode(q)));
                }
                view! { <a class="button" href=href>{i18n.t("compliance-watchlist-next-page")}</a> }
            });
            if page.entries.is_empty() {
                return view! { <p>{i18n.t("compliance-watchlist-empty")}</p> }.into_any();
            }
            view! {
                <p class="muted">{count}</p>
                <DataTable class="watchlist" caption=i18n.t("compliance-watchlist-title") headings=vec![
                    i18n.t("field-name"),
                    i18n.t("field-aliases"),
                    i18n.t("field-legal-form"),
                    i18n.t("field-strictness"),
                    i18n.t("field-allowed-communities"),
                    i18n.t("compliance-watchlist-actions"),
                ]>
                    {page.entries.into_iter().map(|e| view! { <EntryRow entry=e/> }).collect_view()}
                </DataTable>
                {next}
            }.into_any()
        }/>
        <section class="card" aria-labelledby="wl-add-heading">
            <h2 id="wl-add-heading">{i18n.t("compliance-watchlist-add")}</h2>
            <JsonForm action=WatchlistCreate::PATH class="stack narrow" done=i18n.t("compliance-watchlist-added")>
                <EntryFields prefix="wl-new" entry=None/>
                <button type="submit" class="primary">{i18n.t("compliance-watchlist-add-submit")}</button>
            </JsonForm>
        </section>
        <section class="card" aria-labelledby="wl-transfer-heading">
            <h2 id="wl-transfer-heading">{i18n.t("compliance-transfer-heading")}</h2>
            <p class="muted">{i18n.t("compliance-import-help")}</p>
            <form method="post" action="/api/compliance/watchlist/import" enctype="multipart/form-data" class="stack narrow">
                <label for="wl-file">{i18n.t("compliance-import-file")}</label>
                <input id="wl-file" type="file" name="file" accept=".csv,text/csv" required/>
                <button type="submit">{i18n.t("compliance-import-submit")}</button>
            </form>
            <p><a href="/api/compliance/watchlist/export" download="watchlist.csv">{i18n.t("compliance-export")}</a></p>
        </section>
    }
}

#[component]
fn EntryRow(entry: WatchlistEntry) -> impl IntoView {
    let i18n = use_i18n();
    let allowed = if entry.allowed_communities.is_empty() {
        view! { <span class="muted">{i18n.t("compliance-watchlist-nowhere")}</span> }.into_any()
    } else {
        entry
            .allowed_communities
            .iter()
            .map(|c| view! { <a href=format!("/communities/{}", c.slug)>{c.name.clone()}</a>" " })
            .collect_view()
            .into_any()
    };
    let edit_label = i18n.t_args(
        "compliance-watchlist-edit",
        &[("name", entry.name.clone().into())],
    );
    let delete_label = i18n.t_args(
        "compliance-watchlist-delete",
        &[("name", entry.name.clone().into())],
    );
    view! {
        <tr>
            <td>{entry.name.clone()}</td>
            <td>{entry.aliases.join(", ")}</td>
            <td>{entry.legal_form.clone().unwrap_or_default()}</td>
            <td>{strictness_label(i18n, entry.strictness)}</td>
            <td>{allowed}</td>
            <td class="actions">
                <a href=format!("/compliance/watchlist/{}", entry.id) aria-label=edit_label>{i18n.t("compliance-watchlist-edit-short")}</a>" "
                <JsonForm action=WatchlistDelete::PATH class="inline-form">
                    <input type="hidden" name="id[num]" value=entry.id.to_string()/>
                    <button type="submit" aria-label=delete_label>{i18n.t("compliance-watchlist-delete-short")}</button>
                </JsonForm>
            </td>
        </tr>
    }
}
