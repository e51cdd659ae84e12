//! `/posts/:id`: a whole thread. A question shows its accepted answer right under it; every
//! reply carries its comments. Forms post as JSON from the page (the `AsyncForm` island),
//! or as plain forms without JavaScript; either way the thread loads again after a save.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::item::{ItemView, Role};
use crate::api::content::{CreateComment, CreateReply, get_thread};
use crate::api::wiki::PromoteTopic;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::islands::form::AfterSave;
use crate::model::account::Me;
use crate::model::content::{ContentKind, Item, MAX_RESPONSE_BODY, Thread};
use crate::ui::components::composer::{LangSelect, MarkdownField, default_lang};
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::not_found::NotFound;
use crate::ui::components::require_user::RequireUser;

/// The thread page.
#[component]
pub fn ThreadPage() -> impl IntoView {
    let id = use_params_map()
        .with_untracked(|p| p.get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0));
    // `?lang=fi`: the thread in that language where it exists (the original's, for example).
    let lang = use_query_map().with_untracked(|q| q.get("lang"));
    let i18n = use_i18n();
    view! {
        <RequireUser children=move |me| view! {
            <Suspense fallback=move || view! { <p class="muted">{i18n.t("loading")}</p> }>
                {Suspend::new(async move {
                        match get_thread(id, lang).await {
                            // A wiki page (and a comment on one) is read in its wiki.
                            Ok(t) if t.item.kind == ContentKind::WikiPage => {
                                let path = crate::model::wiki::page_path(
                                    t.item.community_slug.as_deref().unwrap_or_default(),
                                    t.item.translated_from.as_ref().map_or(t.item.id, |_| t.item.translation_id.unwrap_or(t.item.id)),
                                );
                                view! { <leptos_router::components::Redirect path=path/> }.into_any()
                            }
                            Ok(t) => view! { <ThreadView thread=t me=me/> }.into_any(),
                            Err(AppError::NotFound) => view! {
                                <NotFound message="post-not-found" back=("/", "post-back-home")/>
                            }.into_any(),
                            Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                        }
                })}
            </Suspense>
        }/>
    }
    .into_any()
}

#[component]
fn ThreadView(thread: Thread, me: Me) -> impl IntoView {
    let i18n = use_i18n();
    let first = thread.item.clone();
    let title = first
        .title
        .clone()
        .unwrap_or_else(|| first.excerpt.chars().take(60).collect());
    let topic = first.kind == ContentKind::Topic;
    let can_accept = first.can.accept;
    let accepted = first.accepted_reply_id;
    let place = first.community_slug.clone();
    let crumbs = first
        .community_slug
        .clone()
        .zip(first.community_name.clone())
        .map(|(slug, name)| {
            let section = match first.kind {
                ContentKind::Topic => Some((
                    format!("/communities/{slug}/forum"),
                    i18n.t("community-tab-forum"),
                )),
                ContentKind::BlogPost => Some((
                    format!("/communities/{slug}/blog"),
                    i18n.t("community-tab-blog"),
                )),
                _ => None,
            };
            view! {
                <nav class="breadcrumb" aria-label=i18n.t("post-breadcrumb")>
                    <a href=format!("/communities/{slug}")>{name}</a>
                    {section.map(|(href, label)| view! { " › " <a href=href>{label}</a> })}
                </nav>
            }
        });
    let comments = thread.comments.clone();
    let own_comments = (!topic).then(|| {
        view! {
            <section class="comments" aria-label=i18n.t("post-comments-heading")>
                <h2 class="visually-hidden">{i18n.t("post-comments-heading")}</h2>
                <Comments items=comments thread=first.id/>
                {first.can.respond.then(|| view! {
                    <CommentForm target=first.id place=place.clone() me=me.clone() open=false/>
                })}
            </section>
        }
    });
    let replies = thread.replies.clone();
    let reply_count = replies.len() as i64;
    // The reply being commented on, if any: each reply offers a link to its comment box rather
    // than a box of its own, so a long thread does not send (and render) one composer per reply.
    let commenting = use_query_map()
        .with_untracked(|q| q.get("comment"))
        .and_then(|v| v.parse::<i64>().ok());
    let thread_id = first.id;
    view! {
        <Title text=title/>
        {crumbs}
        <ItemView item=first.clone() role=Role::First thread=first.id/>
        {thread.wiki_page.clone().map(|path| view! {
            <p class="alert alert-info">
                {i18n.t("forum-kept-in-wiki")} " "
                <a href=format!("{path}?from=forum")>{i18n.t("forum-open-in-wiki")}</a>
            </p>
        })}
        {thread.can_keep_in_wiki.then(|| view! {
            <JsonForm action=PromoteTopic::PATH class="inline" then=AfterSave::Go("{path}".to_owned())>
                <input type="hidden" name="topic_id[num]" value=first.id.to_string()/>
                <button type="submit">{i18n.t("forum-keep-in-wiki")}</button>
            </JsonForm>
        })}
        {own_comments}
        {topic.then(|| view! {
            <section class="replies" aria-labelledby="replies-heading">
                <h2 id="replies-heading">{i18n.t_args("forum-replies-heading", &[("count", reply_count.into())])}</h2>
                {replies.into_iter().map(|r| {
                    let role = if first.question {
                        Role::Reply { accept: can_accept, accepted: accepted == Some(r.item.id) }
                    } else {
                        Role::Other
                    };
                    let respond = r.item.can.respond;
                    let rid = r.item.id;
                    view! {
                        <div class="reply">
                            <ItemView item=r.item role=role thread=first.id/>
                            <div class="reply-comments">
                                <Comments items=r.comments thread=first.id/>
                                {respond.then(|| if commenting == Some(rid) {
                                    view! { <CommentForm target=rid place=place.clone() me=me.clone() open=true/> }.into_any()
                                } else {
                                    view! {
                                        <a class="comment-link" href=format!("/posts/{thread_id}?comment={rid}#comment-form-{rid}")>
                                            {i18n.t("post-comment")}
                                        </a>
                                    }.into_any()
                                })}
                            </div>
                        </div>
                    }
                }).collect_view()}
                {thread.truncated.then(|| view! { <p class="muted">{i18n.t("post-thread-truncated")}</p> })}
                {if first.can.respond {
                    view! {
                        <section class="card" aria-labelledby="reply-heading">
                            <h2 id="reply-heading">{i18n.t("forum-reply-heading")}</h2>
                            <JsonForm action=CreateReply::PATH class="stack" done=i18n.t("forum-reply-posted")>
                                <input type="hidden" name="topic_id[num]" value=first.id.to_string()/>
                                <MarkdownField id="reply-body" name="body" label=i18n.t("post-body-label")
                                    max=MAX_RESPONSE_BODY rows=5 place=place.clone() required=true/>
                                <LangSelect id="reply-lang" selected=default_lang(&me)/>
                                <button type="submit" class="primary">{i18n.t("forum-reply-submit")}</button>
                            </JsonForm>
                        </section>
                    }.into_any()
                } else if first.locked {
                    view! { <p class="alert alert-info">{i18n.t("forum-locked-notice")}</p> }.into_any()
                } else {
                    view! { <p class="muted">{i18n.t("forum-join-to-reply")}</p> }.into_any()
                }}
            </section>
        })}
    }
    .into_any()
}

#[component]
pub fn Comments(items: Vec<Item>, thread: i64) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <div class="comment-list">
                {items.into_iter().map(|c| view! { <ItemView item=c role=Role::Other thread=thread/> }).collect_view()}
            </div>
        }
    })
}

/// A comment box under an item, folded until opened (`open`: already open, when the reader
/// followed a reply's "Comment" link here).
#[component]
pub fn CommentForm(target: i64, place: Option<String>, me: Me, open: bool) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="comment-form" id=format!("comment-form-{target}") open=open>
            <summary>{i18n.t("post-comment")}</summary>
            <JsonForm action=CreateComment::PATH class="stack" done=i18n.t("post-comment-posted") key=target.to_string()>
                <input type="hidden" name="target_id[num]" value=target.to_string()/>
                <MarkdownField id=format!("comment-{target}") name="body" label=i18n.t("post-comment-label")
                    max=MAX_RESPONSE_BODY rows=3 place=place required=true/>
                <LangSelect id=format!("comment-lang-{target}") selected=default_lang(&me)/>
                <button type="submit" class="primary">{i18n.t("post-comment-submit")}</button>
            </JsonForm>
        </details>
    }
    .into_any()
}
