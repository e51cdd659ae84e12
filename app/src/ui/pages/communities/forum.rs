//! `/communities/:slug/forum`: a community's forum: pinned topics first, then by last
//! activity; in a questions forum, filters for unanswered and answered questions; a form for
//! a new topic.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::frame::{CommunityFrame, Tab};
use crate::api::content::list_topics;
use crate::i18n::use_i18n;
use crate::model::community::{Community, ForumMode};
use crate::ui::components::language_bar::language_query;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::post_composer::TopicComposer;
use crate::ui::components::stream_list::ListedStream;
use crate::ui::current_user::CurrentUser;

/// The forum page.
#[component]
pub fn CommunityForumPage() -> impl IntoView {
    view! {
        <CommunityFrame tab=Tab::Forum children=move |c| view! { <Forum community=c/> }/>
    }
}

#[component]
fn Forum(community: Community) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let me = CurrentUser::get().me();
    let base = format!("/communities/{}/forum", community.slug);
    let questions = community.forum_mode == ForumMode::Questions;
    let current = query.get("filter").unwrap_or_default();
    let (lang, all) = language_query(&query);
    let topics = list_topics(
        community.slug.clone(),
        query.get("filter"),
        query.get("cursor"),
        lang,
        all,
    );
    let filter = {
        let base = base.clone();
        move |f: &'static str, label: String| {
            let href = if f.is_empty() {
                base.clone()
            } else {
                format!("{base}?filter={f}")
            };
            view! { <a href=href aria-current=(current == f).then_some("page")>{label}</a> }
        }
    };
    let can_post = community.my_role.is_some() && !community.archived;
    view! {
        {(can_post).then(|| me.clone().map(|me| view! {
            <TopicComposer me=me community=community.slug.clone() question=questions/>
        })).flatten()}
        {(!can_post && !community.archived).then(|| view! { <p class="muted">{i18n.t("forum-join-to-post")}</p> })}
        // The topics' titles are third-level headings: the list has its own (WCAG heading order).
        <h2 class="visually-hidden">{i18n.t("community-tab-forum")}</h2>
        <nav class="tabs kind-tabs" aria-label=i18n.t("forum-filter-label")>
            {filter("", i18n.t("forum-filter-all"))}
            {filter("questions", i18n.t("forum-filter-questions"))}
            {filter("unanswered", i18n.t("forum-filter-unanswered"))}
            {filter("answered", i18n.t("forum-filter-answered"))}
        </nav>
        <Loaded data=topics children=move |page| view! {
            <ListedStream page=page base=base query=query keep=&["filter"]
                empty=i18n.t("forum-empty") in_community=true/>
        }/>
    }
}
