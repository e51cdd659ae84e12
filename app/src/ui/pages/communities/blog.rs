//! `/communities/:slug/blog`: a community's blog, newest first, with a form for a new post.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::frame::{CommunityFrame, Tab};
use crate::api::content::list_blog;
use crate::i18n::use_i18n;
use crate::model::community::Community;
use crate::ui::components::language_bar::language_query;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::post_composer::BlogComposer;
use crate::ui::components::stream_list::ListedStream;
use crate::ui::current_user::CurrentUser;

/// The blog page.
#[component]
pub fn CommunityBlogPage() -> impl IntoView {
    view! {
        <CommunityFrame tab=Tab::Blog children=move |c| view! { <Blog community=c/> }/>
    }
}

#[component]
fn Blog(community: Community) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let me = CurrentUser::get().me();
    let base = format!("/communities/{}/blog", community.slug);
    let can_post = community.my_role.is_some() && !community.archived;
    let (lang, all) = language_query(&query);
    let posts = list_blog(
        Some(community.slug.clone()),
        None,
        query.get("cursor"),
        lang,
        all,
    );
    view! {
        {can_post.then(|| me.map(|me| view! { <BlogComposer me=me community=community.slug.clone()/> })).flatten()}
        // The posts' titles are third-level headings: the list has its own (heading order).
        <h2 class="visually-hidden">{i18n.t("community-tab-blog")}</h2>
        <Loaded data=posts children=move |page| view! {
            <ListedStream page=page base=base query=query keep=&[]
                empty=i18n.t("blog-empty") in_community=true/>
        }/>
    }
}
