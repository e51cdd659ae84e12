//! `/communities/:slug/wiki/new` (`?title=T` from a link to a missing page, `?parent=N` to
//! add it under a page) and `/communities/:slug/wiki/:id/edit`: writing a page. An edit
//! carries the version it started from; when someone saved in between, the server refuses
//! it with `edit_conflict` and the form keeps what was written, with the way to the page as
//! it is now to merge by hand.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

use super::{WikiLoaded, id_param};
use crate::api::wiki::{
    CreateWikiPage, MoveWikiPage, UpdateWikiPage, get_wiki_page, get_wiki_tree,
};
use crate::i18n::use_i18n;
use crate::islands::form::AfterSave;
use crate::model::content::MAX_TITLE;
use crate::model::wiki::{MAX_PAGE_BODY, MAX_SUMMARY, WikiPage, WikiTree};
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
            <WikiLoaded data=get_wiki_page(id, None, None) children=|page| view! { <EditForm page=page/> }/>
            <WikiLoaded data=get_wiki_tree(c.slug) children=move |tree| view! { <MoveForm id=id tree=tree/> }/>
        }/>
    }
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
fn EditForm(page: WikiPage) -> impl IntoView {
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
    view! {
        <h2>{i18n.t_args("wiki-editing", &[("title", page.title.clone().into())])}</h2>
        <p class="muted small">
            {i18n.t_args("wiki-editing-version", &[("version", page.version.into())])} " "
            <a href=path.clone() target="_blank" rel="noopener">{i18n.t("wiki-open-current")}</a>
        </p>
        <JsonForm action=UpdateWikiPage::PATH class="stack card" then=AfterSave::Go(path.clone())>
            <input type="hidden" name="id[num]" value=id.to_string()/>
            <input type="hidden" name="base_version[num]" value=page.version.to_string()/>
            <label for="wiki-title">{i18n.t("wiki-title-label")}</label>
            <input id="wiki-title" name="title" required maxlength=MAX_TITLE.to_string() value=page.title.clone()/>
            <MarkdownField id="wiki-body" name="body" label=i18n.t("wiki-body-label")
                max=MAX_PAGE_BODY rows=18 value=page.body.clone() place=Some(page.community_slug.clone()) required=true/>
            <p class="muted small">{i18n.t("wiki-link-help")}</p>
            <label for="wiki-summary">{i18n.t("wiki-summary-label")}</label>
            <input id="wiki-summary" name="summary" maxlength=MAX_SUMMARY.to_string()/>
            <LangSelect id="wiki-lang" selected=page.lang.clone()/>
            <div class="row">
                <button type="submit" class="primary">{i18n.t("wiki-save")}</button>
                <a href=path>{i18n.t("wiki-cancel")}</a>
            </div>
        </JsonForm>
    }
    .into_any()
}
