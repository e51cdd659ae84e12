//! `/communities/:slug/blog`: a community's blog, newest first, with a form for a new post.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::frame::{CommunityFrame, Tab, slug_param};
use crate::api::content::list_blog;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::model::community::Community;
use crate::model::content::StreamPage;
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::language_bar::{
    LanguageActions, LanguageBar, language_query, next_page_href,
};
use crate::ui::components::post_composer::BlogComposer;
use crate::ui::components::stream_list::StreamList;
use crate::ui::current_user::CurrentUser;

/// The blog page.
#[component]
pub fn CommunityBlogPage() -> impl IntoView {
    let slug = slug_param();
    let query = use_query_map();
    let prefs = LanguageActions::new();
    let posts = Resource::new(
        move || {
            (
                slug.get(),
                query.with(|q| (q.get("cursor"), language_query(q))),
                prefs.version(),
            )
        },
        |(slug, (cursor, (lang, all)), _)| list_blog(Some(slug), None, cursor, lang, all),
    );
    view! {
        <CommunityFrame tab=Tab::Blog refresh=Signal::derive(|| 0) children=move |c| view! {
            <Blog community=c posts=posts prefs=prefs/>
        }/>
    }
}

#[component]
fn Blog(
    community: Community,
    posts: Resource<Result<StreamPage, AppError>>,
    prefs: LanguageActions,
) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let me = CurrentUser::get().me();
    let base = format!("/communities/{}/blog", community.slug);
    let can_post = community.my_role.is_some() && !community.archived;
    view! {
        {can_post.then(|| me.map(|me| view! { <BlogComposer me=me community=community.slug.clone()/> })).flatten()}
        // The posts' titles are third-level headings: the list has its own (heading order).
        <h2 class="visually-hidden">{i18n.t("community-tab-blog")}</h2>
        <Suspense fallback=move || view! { <p class="muted">{i18n.t("loading")}</p> }>
            {move || {
                let base = base.clone();
                Suspend::new(async move {
                    match posts.await {
                        Ok(page) => {
                            let more = page.next_cursor.clone().map(|c| {
                                query.with_untracked(|q| next_page_href(&base, q, &[], &c))
                            });
                            view! {
                                <LanguageBar view=page.languages.clone() hidden=page.hidden_by_language.clone()
                                    base=base.clone() keep=&[] actions=prefs/>
                                <StreamList page=page more=more empty=i18n.t("blog-empty") in_community=true/>
                            }.into_any()
                        }
                        Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
