//! `/communities/:slug/wiki/new` (`?title=T` from a link to a missing page, `?parent=N` to
//! add it under a page) and `/communities/:slug/wiki/:id/edit`: writing a page. An edit
//! carries the version it started from; when someone saved in between, the server refuses
//! it with `edit_conflict` and the form keeps what was written, with the way to the page as
//! it is now to merge by hand.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

use super::{WikiLoaded, id_param};
use crate::api::wiki::{CreateWikiPage, UpdateWikiPage, get_wiki_page};
use crate::i18n::use_i18n;
use crate::islands::form::AfterSave;
use crate::model::content::MAX_TITLE;
use crate::model::wiki::{MAX_PAGE_BODY, MAX_SUMMARY, WikiPage};
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

/// Editing a page.
#[component]
pub fn EditWikiPage() -> impl IntoView {
    let id = id_param();
    view! {
        <CommunityFrame tab=Tab::Wiki children=move |_| view! {
            <WikiLoaded data=get_wiki_page(id, None, None) children=|page| view! { <EditForm page=page/> }/>
        }/>
    }
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
