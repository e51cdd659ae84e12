//! `/communities/:slug/wiki`: the wiki's pages as a tree, with the way to add one; and
//! `/communities/:slug/wiki/go?title=T`, where a link between pages leads (to the page with
//! that title, or to the form that creates it).

use leptos::prelude::*;

use super::WikiLoaded;
use leptos_router::hooks::use_query_map;

use crate::api::wiki::get_wiki_tree;
use crate::i18n::use_i18n;
use crate::model::site_path::encode_query_value;
use crate::model::wiki::{TreePage, WikiTree};
use crate::ui::components::stream_list::LangBadge;
use crate::ui::components::time::Time;
use crate::ui::pages::communities::frame::{CommunityFrame, Tab};

/// The wiki's tree.
#[component]
pub fn WikiIndexPage() -> impl IntoView {
    view! {
        <CommunityFrame tab=Tab::Wiki children=move |c| view! {
            <WikiLoaded data=get_wiki_tree(c.slug) children=|tree| view! { <Tree tree=tree/> }/>
        }/>
    }
}

#[component]
fn Tree(tree: WikiTree) -> impl IntoView {
    let i18n = use_i18n();
    let new_href = format!("/communities/{}/wiki/new", tree.community_slug);
    view! {
        <div class="row spread">
            <h2>{i18n.t("wiki-pages-heading")}</h2>
            {tree.can_create.then(|| view! { <a class="button primary" href=new_href.clone()>{i18n.t("wiki-new-page")}</a> })}
        </div>
        {if tree.pages.is_empty() {
            view! { <p class="muted empty">{i18n.t("wiki-empty")}</p> }.into_any()
        } else {
            view! {
                <ul class="wiki-tree">
                    {tree.pages.into_iter().map(|p| view! { <TreeRow page=p/> }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}

#[component]
fn TreeRow(page: TreePage) -> impl IntoView {
    let i18n = use_i18n();
    // Indented by depth (capped, so a deep tree still fits a phone).
    let indent = format!("wiki-depth-{}", page.depth.min(6));
    view! {
        <li class=indent>
            <a href=page.path.clone()>{page.title.clone()}</a>
            {page.front.then(|| view! { " " <span class="badge">{i18n.t("wiki-front-page")}</span> })}
            " " <LangBadge lang=page.lang.clone()/>
            <span class="muted small">" · " <Time at=page.updated_at/></span>
        </li>
    }
}

/// Where `[[Title]]` leads: the page with that title, or the form that creates it.
#[component]
pub fn WikiGoPage() -> impl IntoView {
    let slug = crate::ui::pages::communities::frame::slug_param();
    let title = use_query_map().with_untracked(|q| q.get("title").unwrap_or_default());
    let fallback = format!(
        "/communities/{slug}/wiki/new?title={}",
        encode_query_value(&title)
    );
    view! {
        <WikiLoaded data=crate::api::wiki::find_wiki_page(slug, title) children=move |found| {
            let to = found.path.unwrap_or(fallback);
            view! { <leptos_router::components::Redirect path=to/> }
        }/>
    }
}
