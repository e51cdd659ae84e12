//! `/communities/:slug/forum`: a community's forum: pinned topics first, then by last
//! activity; in a questions forum, filters for unanswered and answered questions; a form for
//! a new topic.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::frame::{CommunityFrame, Tab, slug_param};
use crate::api::content::list_topics;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::model::community::{Community, ForumMode};
use crate::model::content::StreamPage;
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::language_bar::{
    LanguageActions, LanguageBar, language_query, next_page_href,
};
use crate::ui::components::post_composer::TopicComposer;
use crate::ui::components::stream_list::StreamList;
use crate::ui::current_user::CurrentUser;

/// The forum page.
#[component]
pub fn CommunityForumPage() -> impl IntoView {
    let slug = slug_param();
    let query = use_query_map();
    let prefs = LanguageActions::new();
    let topics = Resource::new(
        move || {
            (
                slug.get(),
                query.with(|q| (q.get("filter"), q.get("cursor"), language_query(q))),
                prefs.version(),
            )
        },
        |(slug, (filter, cursor, (lang, all)), _)| list_topics(slug, filter, cursor, lang, all),
    );
    view! {
        <CommunityFrame tab=Tab::Forum refresh=Signal::derive(|| 0) children=move |c| view! {
            <Forum community=c topics=topics prefs=prefs/>
        }/>
    }
}

#[component]
fn Forum(
    community: Community,
    topics: Resource<Result<StreamPage, AppError>>,
    prefs: LanguageActions,
) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let me = CurrentUser::get().me();
    let base = format!("/communities/{}/forum", community.slug);
    let questions = community.forum_mode == ForumMode::Questions;
    let current = move || query.with(|q| q.get("filter").unwrap_or_default());
    let filter = {
        let base = base.clone();
        move |f: &'static str, label: String| {
            let href = if f.is_empty() {
                base.clone()
            } else {
                format!("{base}?filter={f}")
            };
            view! { <a href=href aria-current=move || (current() == f).then_some("page")>{label}</a> }
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
        <Suspense fallback=move || view! { <p class="muted">{i18n.t("loading")}</p> }>
            {move || {
                let base = base.clone();
                Suspend::new(async move {
                    match topics.await {
                        Ok(page) => {
                            let more = page.next_cursor.clone().map(|c| {
                                query.with_untracked(|q| next_page_href(&base, q, &["filter"], &c))
                            });
                            view! {
                                <LanguageBar view=page.languages.clone() hidden=page.hidden_by_language.clone()
                                    base=base.clone() keep=&["filter"] actions=prefs/>
                                <StreamList page=page more=more empty=i18n.t("forum-empty") in_community=true/>
                            }.into_any()
                        }
                        Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
