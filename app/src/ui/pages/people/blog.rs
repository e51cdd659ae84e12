//! `/people/:id/blog`: a person's own blog; its owner writes here and sees their drafts.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::content::{list_blog, list_drafts};
use crate::api::profile::get_profile;
use crate::i18n::use_i18n;
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::language_bar::language_query;
use crate::ui::components::post_composer::BlogComposer;
use crate::ui::components::require_user::RequireUser;
use crate::ui::components::stream_list::{ListedStream, StreamList};

/// The personal blog page.
#[component]
pub fn PersonalBlogPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = use_params_map()
        .with_untracked(|p| p.get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0));
    let query = use_query_map().get_untracked();
    view! {
        <RequireUser children=move |me| view! {
            <Suspense fallback=move || view! { <p class="muted">{i18n.t("loading")}</p> }>
                {Suspend::new(async move {
                        let p = match get_profile(id).await {
                            Ok(p) => p,
                            Err(e) => return view! { <ErrorMessage error=e/> }.into_any(),
                        };
                        let own = me.id == p.id;
                        let heading = i18n.t_args("blog-personal-title", &[("name", p.display_name.clone().into())]);
                        let drafts = if own { list_drafts().await.ok() } else { None };
                        let base = format!("/people/{}/blog", p.id);
                        let (lang, all) = language_query(&query);
                        let posts = list_blog(None, Some(p.id.0), query.get("cursor"), lang, all);
                        view! {
                            <Title text=heading.clone()/>
                            <h1>{heading}</h1>
                            <p><a href=format!("/people/{}", p.id)>{i18n.t("blog-back-to-profile")}</a></p>
                            {own.then(|| view! { <BlogComposer me=me.clone()/> })}
                            {drafts.filter(|d| !d.items.is_empty()).map(|d| view! {
                                <section aria-labelledby="drafts-heading">
                                    <h2 id="drafts-heading">{i18n.t("blog-drafts-heading")}</h2>
                                    <StreamList page=d empty=String::new()/>
                                </section>
                            })}
                            {match posts.await {
                                Ok(page) => view! {
                                    <ListedStream page=page base=base query=query.clone() keep=&[]
                                        empty=i18n.t("blog-empty")/>
                                }.into_any(),
                                Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                            }}
                        }.into_any()
                })}
            </Suspense>
        }/>
    }
}
