//! `/communities/:slug/wiki/:id/history`: every version of a page with who, when and the
//! summary, a form to compare any two, and revert; `/communities/:slug/wiki/:id/diff?from=V
//! &to=W`: the words that changed between two versions, with unchanged stretches folded.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

use super::{WikiLoaded, id_param};
use crate::api::wiki::{RevertWikiPage, wiki_page_diff, wiki_page_history};
use crate::i18n::use_i18n;
use crate::model::wiki::{DiffOp, DiffPart, PageDiff, PageHistory, PageVersion};
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::time::Time;
use crate::ui::pages::communities::frame::{CommunityFrame, Tab};

/// The history page.
#[component]
pub fn WikiHistoryPage() -> impl IntoView {
    let id = id_param();
    view! {
        <CommunityFrame tab=Tab::Wiki children=move |_| view! {
            <WikiLoaded data=wiki_page_history(id) children=|h| view! { <History history=h/> }/>
        }/>
    }
}

#[component]
fn History(history: PageHistory) -> impl IntoView {
    let i18n = use_i18n();
    let h = history;
    let newest = h.versions.first().map_or(1, |v| v.version);
    let second = h.versions.get(1).map_or(newest, |v| v.version);
    view! {
        <p><a href=h.path.clone()>{format!("← {}", h.title)}</a></p>
        <h2>{i18n.t("wiki-history-heading")}</h2>
        // The restore buttons are forms of their own, so the comparison's form holds only its
        // button; its choices name it (`form=`) from inside the table (forms cannot nest).
        <form id="wiki-compare" method="get" action=format!("{}/diff", h.path)></form>
        <table class="wiki-history">
            <thead><tr>
                <th scope="col">{i18n.t("wiki-compare-from")}</th>
                <th scope="col">{i18n.t("wiki-compare-to")}</th>
                <th scope="col">{i18n.t("wiki-version-column")}</th>
            </tr></thead>
            <tbody>
                {h.versions.iter().map(|v| view! {
                    <VersionRow v=v.clone() from=second to=newest current=h.current_version
                        can_revert=h.can_revert page=h.id/>
                }).collect_view()}
            </tbody>
        </table>
        <p><button type="submit" form="wiki-compare">{i18n.t("wiki-compare")}</button></p>
    }
}

#[component]
fn VersionRow(
    v: PageVersion,
    from: i64,
    to: i64,
    current: i64,
    can_revert: bool,
    page: i64,
) -> impl IntoView {
    let i18n = use_i18n();
    let n = v.version;
    let label = i18n.t_args("wiki-version", &[("version", n.into())]);
    view! {
        <tr>
            <td><input type="radio" form="wiki-compare" name="from" value=n.to_string() checked=n == from aria-label=format!("{} {label}", i18n.t("wiki-compare-from"))/></td>
            <td><input type="radio" form="wiki-compare" name="to" value=n.to_string() checked=n == to aria-label=format!("{} {label}", i18n.t("wiki-compare-to"))/></td>
            <td>
                <strong>{label}</strong> " · "
                <a href=format!("/people/{}", v.author.id)>{v.author.display_name.clone()}</a> " · "
                <Time at=v.created_at/>
                {v.reverted_from.map(|r| view! { " · " <span class="badge">{i18n.t_args("wiki-reverted-from", &[("version", r.into())])}</span> })}
                {(!v.summary.is_empty()).then(|| view! { <br/><span class="muted">{v.summary.clone()}</span> })}
                {(can_revert && n != current).then(|| view! {
                    <JsonForm action=RevertWikiPage::PATH class="inline">
                        <input type="hidden" name="id[num]" value=page.to_string()/>
                        <input type="hidden" name="version[num]" value=n.to_string()/>
                        <button type="submit" class="link">{i18n.t("wiki-revert")}</button>
                    </JsonForm>
                })}
            </td>
        </tr>
    }
}

/// The difference page.
#[component]
pub fn WikiDiffPage() -> impl IntoView {
    let id = id_param();
    let q = use_query_map().get_untracked();
    let num = |k: &str| q.get(k).and_then(|v| v.parse::<i64>().ok()).unwrap_or(0);
    let (from, to) = (num("from"), num("to"));
    view! {
        <CommunityFrame tab=Tab::Wiki children=move |_| view! {
            <WikiLoaded data=wiki_page_diff(id, from, to) children=|d| view! { <Diff diff=d/> }/>
        }/>
    }
}

#[component]
fn Diff(diff: PageDiff) -> impl IntoView {
    let i18n = use_i18n();
    let d = diff;
    let version = |v: &PageVersion| i18n.t_args("wiki-version", &[("version", v.version.into())]);
    view! {
        <p><a href=format!("{}/history", d.path)>{format!("← {}", i18n.t("wiki-history-heading"))}</a></p>
        <h2>{format!("{} → {}", version(&d.from), version(&d.to))}</h2>
        <p class="muted small">
            {i18n.t_args("wiki-diff-counts", &[("inserted", d.inserted_words.into()), ("deleted", d.deleted_words.into())])}
        </p>
        {d.title_changed.then(|| view! {
            <p><del>{d.from.title.clone()}</del> " → " <ins>{d.to.title.clone()}</ins></p>
        })}
        <DiffParts parts=d.parts/>
    }
}

/// A word-level difference: removed words struck through, added ones underlined, long
/// unchanged stretches said in a word count.
#[component]
pub(super) fn DiffParts(parts: Vec<DiffPart>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="wiki-diff">
            {parts.into_iter().map(|p| match p.op {
                DiffOp::Equal => view! { <span>{p.text}</span> }.into_any(),
                DiffOp::Insert => view! { <ins>{p.text}</ins> }.into_any(),
                DiffOp::Delete => view! { <del>{p.text}</del> }.into_any(),
                DiffOp::Skip => view! {
                    <span class="diff-skip">{i18n.t_args("wiki-diff-skipped", &[("count", p.words.unwrap_or(0).into())])}</span>
                }.into_any(),
            }).collect_view()}
        </div>
    }
}
