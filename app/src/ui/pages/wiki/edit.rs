//! `/communities/:slug/wiki/new` (`?title=T` from a link to a missing page, `?parent=N` to
//! add it under a page) and `/communities/:slug/wiki/:id/edit`: writing a page. An edit
//! carries the version it started from; when someone saved in between, the server refuses
//! it with `edit_conflict` and keeps what was written, and this page then shows it merged
//! with the page as it is now (where both changed the same lines, both between markers),
//! with how it differs, to check and save, or to discard.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

use super::history::DiffParts;
use super::{WikiLoaded, id_param};
use crate::api::wiki::{
    CreateWikiPage, DiscardWikiEdit, MoveWikiPage, UpdateWikiPage, get_wiki_merge, get_wiki_page,
    get_wiki_tree,
};
use crate::i18n::use_i18n;
use crate::islands::form::AfterSave;
use crate::model::content::MAX_TITLE;
use crate::model::wiki::{MAX_PAGE_BODY, MAX_SUMMARY, PageMerge, WikiPage, WikiTree};
use crate::ui::components::composer::{LangSelect, MarkdownField, default_lang};
use crate::ui::components::json_form::JsonForm;
use crate::ui::current_user::CurrentUser;
use crate::ui::pages::communities::frame::{CommunityFrame, Tab};

/// A new page.
#[component]
pub fn NewWikiPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let title = query.get("title").unwrap_or_default();
    let parent = query.get("parent").and_then(|p| p.parse::<i64>().ok());
    let me = CurrentUser::get().me();
    view! {
        <CommunityFrame tab=Tab::Wiki children=move |c| {
            let slug = c.slug.clone();
            let lang = me.as_ref().map(default_lang).unwrap_or_default();
            view! {
                <h2>{i18n.t("wiki-new-page")}</h2>
                <JsonForm action=CreateWikiPage::PATH class="stack card"
                    then=AfterSave::Go(format!("/communities/{slug}/wiki/{{id}}"))>
                    <input type="hidden" name="community_slug" value=slug.clone()/>
                    {parent.map(|p| view! { <input type="hidden" name="parent_id[num]" value=p.to_string()/> })}
                    <label for="wiki-title">{i18n.t("wiki-title-label")}</label>
                    <input id="wiki-title" name="title" required maxlength=MAX_TITLE.to_string() value=title.clone()/>
                    <MarkdownField id="wiki-body" name="body" label=i18n.t("wiki-body-label")
                        max=MAX_PAGE_BODY rows=16 place=Some(slug.clone()) required=true/>
                    <p class="muted small">{i18n.t("wiki-link-help")}</p>
                    <label for="wiki-tags">{i18n.t("post-tags-label")}</label>
                    <input id="wiki-tags" name="tags[csv]"/>
                    <LangSelect id="wiki-lang" selected=lang/>
                    <button type="submit" class="primary">{i18n.t("wiki-create-submit")}</button>
                </JsonForm>
            }
        }/>
    }
}

/// Editing a page, and moving it in the tree.
#[component]
pub fn EditWikiPage() -> impl IntoView {
    let id = id_param();
    view! {
        <CommunityFrame tab=Tab::Wiki children=move |c| view! {
            <WikiLoaded data=page_and_merge(id) children=|(page, merge)| view! { <EditForm page=page merge=merge/> }/>
            <WikiLoaded data=get_wiki_tree(c.slug) children=move |tree| view! { <MoveForm id=id tree=tree/> }/>
        }/>
    }
}

/// The page, and the reader's refused edit of it merged with it, if one is kept. (Someone
/// who may no longer edit gets no merge; the form then says they may not edit.)
async fn page_and_merge(id: i64) -> Result<(WikiPage, Option<PageMerge>), crate::error::AppError> {
    let page = get_wiki_page(id, None, None).await?;
    let merge = if page.can.edit {
        get_wiki_merge(id).await.ok().flatten()
    } else {
        None
    };
    Ok((page, merge))
}

/// Moving a page under another (or to the top) at a place among its new siblings. The page
/// itself and the pages under it are not offered as its new parent.
#[component]
fn MoveForm(id: i64, tree: WikiTree) -> impl IntoView {
    let i18n = use_i18n();
    let Some(me) = tree.pages.iter().find(|p| p.id == id).cloned() else {
        return ().into_any();
    };
    if !tree.can_create || me.front {
        return ().into_any();
    }
    // In reading order, a page's subtree is the run after it that is deeper than it.
    let start = tree.pages.iter().position(|p| p.id == id).unwrap_or(0);
    let below: Vec<i64> = tree.pages[start + 1..]
        .iter()
        .take_while(|p| p.depth > me.depth)
        .map(|p| p.id)
        .collect();
    let parents: Vec<_> = tree
        .pages
        .iter()
        .filter(|p| p.id != id && !below.contains(&p.id))
        .cloned()
        .collect();
    view! {
        <details class="card">
            <summary>{i18n.t("wiki-move")}</summary>
            <JsonForm action=MoveWikiPage::PATH class="stack" done=i18n.t("wiki-moved")>
                <input type="hidden" name="id[num]" value=id.to_string()/>
                <label for="move-parent">{i18n.t("wiki-move-parent")}</label>
                <select id="move-parent" name="parent_id[num]">
                    <option value="" selected=me.parent_id.is_none()>{i18n.t("wiki-move-top")}</option>
                    {parents.into_iter().map(|p| {
                        let indent = "\u{a0}\u{a0}".repeat(p.depth as usize);
                        view! { <option value=p.id.to_string() selected=me.parent_id == Some(p.id)>{format!("{indent}{}", p.title)}</option> }
                    }).collect_view()}
                </select>
                <label for="move-position">{i18n.t("wiki-move-position")}</label>
                // The service puts a page past the end last.
                <select id="move-position" name="position[num]">
                    <option value="100000">{i18n.t("wiki-move-last")}</option>
                    <option value="0">{i18n.t("wiki-move-first")}</option>
                </select>
                <button type="submit">{i18n.t("wiki-move-submit")}</button>
            </JsonForm>
        </details>
    }
    .into_any()
}

#[component]
fn EditForm(page: WikiPage, merge: Option<PageMerge>) -> impl IntoView {
    let i18n = use_i18n();
    // Always the original's text: a translation is edited on its own.
    let id = page.translated_from.as_ref().map_or(page.id, |t| t.id);
    if page.translated_from.is_some() || !page.can.edit {
        return view! {
            <p class="muted">{i18n.t("wiki-may-not-edit")}</p>
            <p><a href=page.path.clone()>{i18n.t("wiki-back-to-page")}</a></p>
        }
        .into_any();
    }
    let path = page.path.clone();
    // After a refused save the form holds the merge, based on the version there is now.
    let (version, title, body, summary, lang) = match &merge {
        Some(m) => (
            m.current_version,
            m.merged_title.clone(),
            m.merged_body.clone(),
            m.your_summary.clone(),
            m.merged_lang.clone(),
        ),
        None => (
            page.version,
            page.title.clone(),
            page.body.clone(),
            String::new(),
            page.lang.clone(),
        ),
    };
    view! {
        <h2>{i18n.t_args("wiki-editing", &[("title", page.title.clone().into())])}</h2>
        <p class="muted small">
            {i18n.t_args("wiki-editing-version", &[("version", version.into())])} " "
            <a href=path.clone() target="_blank" rel="noopener">{i18n.t("wiki-open-current")}</a>
        </p>
        {merge.map(|m| view! { <MergeNotice merge=m/> })}
        <JsonForm action=UpdateWikiPage::PATH class="stack card" then=AfterSave::Go(path.clone())>
            <input type="hidden" name="id[num]" value=id.to_string()/>
            <input type="hidden" name="base_version[num]" value=version.to_string()/>
            <label for="wiki-title">{i18n.t("wiki-title-label")}</label>
            <input id="wiki-title" name="title" required maxlength=MAX_TITLE.to_string() value=title/>
            <MarkdownField id="wiki-body" name="body" label=i18n.t("wiki-body-label")
                max=MAX_PAGE_BODY rows=18 value=body place=Some(page.community_slug.clone()) required=true/>
            <p class="muted small">{i18n.t("wiki-link-help")}</p>
            <label for="wiki-summary">{i18n.t("wiki-summary-label")}</label>
            <input id="wiki-summary" name="summary" maxlength=MAX_SUMMARY.to_string() value=summary/>
            <LangSelect id="wiki-lang" selected=lang/>
            <div class="row">
                <button type="submit" class="primary">{i18n.t("wiki-save")}</button>
                <a href=path>{i18n.t("wiki-cancel")}</a>
            </div>
        </JsonForm>
    }
    .into_any()
}

/// What happened to a refused save: who saved meanwhile, whether the two edits merged
/// cleanly or where to choose, how the kept text differs from the page now, the kept text
/// itself to copy from, and a way to throw it away.
#[component]
fn MergeNotice(merge: PageMerge) -> impl IntoView {
    let i18n = use_i18n();
    let m = merge;
    let names = m
        .saved_since_by
        .iter()
        .map(|p| p.display_name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let outcome = if m.conflicts == 0 {
        i18n.t("wiki-merge-clean")
    } else {
        i18n.t_args("wiki-merge-conflicts", &[("count", m.conflicts.into())])
    };
    let title_note =
        (m.your_title != m.current_title && m.merged_title != m.current_title).then(|| {
            i18n.t_args(
                "wiki-merge-title",
                &[("title", m.current_title.clone().into())],
            )
        });
    view! {
        <div class="alert alert-warning stack" role="alert" id="wiki-merge">
            <p><strong>{i18n.t_args("wiki-merge-notice", &[
                ("names", names.into()),
                ("version", m.current_version.into()),
                ("base", m.base_version.into()),
            ])}</strong></p>
            <p>{outcome}</p>
            {title_note.map(|t| view! { <p>{t}</p> })}
            <details>
                <summary>{i18n.t("wiki-merge-diff")}</summary>
                <DiffParts parts=m.parts/>
            </details>
            <details>
                <summary>{i18n.t("wiki-merge-yours")}</summary>
                <label for="wiki-kept" class="visually-hidden">{i18n.t("wiki-merge-yours")}</label>
                <textarea id="wiki-kept" readonly rows="10">{m.your_body}</textarea>
            </details>
            <JsonForm action=DiscardWikiEdit::PATH class="inline" then=AfterSave::Go(m.path.clone())>
                <input type="hidden" name="id[num]" value=m.id.to_string()/>
                <button type="submit" class="link">{i18n.t("wiki-merge-discard")}</button>
            </JsonForm>
        </div>
    }
}
