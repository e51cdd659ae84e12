//! A list of items as streams, blogs, forums and tag pages show them: who wrote what where,
//! in which language, how it is doing (likes, replies, answered), and a link to the next page.

use leptos::prelude::*;
use leptos_router::params::ParamsMap;

use crate::ui::components::time::Time;

use crate::i18n::{I18n, use_i18n};
use crate::model::content::{ContentKind, StreamItem, StreamPage};
use crate::ui::components::language_bar::{LanguageBar, next_page_href};
use crate::ui::components::language_name::language_name;
use crate::ui::components::query_href::encode;

/// The address of an item: its thread's page, at the item.
pub fn item_href(thread_id: i64, id: i64) -> String {
    crate::model::site_path::item_path(thread_id, id)
}

/// The name of an item's kind.
pub fn kind_label(i18n: I18n, kind: ContentKind) -> String {
    i18n.t(match kind {
        ContentKind::Status => "kind-status",
        ContentKind::BlogPost => "kind-blog-post",
        ContentKind::Topic => "kind-topic",
        ContentKind::Reply => "kind-reply",
        ContentKind::Comment => "kind-comment",
        ContentKind::WikiPage => "kind-wiki-page",
        ContentKind::File => "kind-file",
    })
}

/// A language badge: the code, with the language's name for those who hover or listen.
#[component]
pub fn LangBadge(#[prop(into)] lang: String) -> impl IntoView {
    let i18n = use_i18n();
    let name = if lang == "und" {
        i18n.t("post-lang-und")
    } else {
        language_name(&lang)
    };
    view! { <span class="badge badge-lang" title=name.clone() aria-label=name>{lang}</span> }
}

/// A list page's body: the list's language controls, then its items and the link to the next
/// page, which keeps the language choice and the query keys in `keep` (a kind or a filter).
#[component]
pub fn ListedStream(
    page: StreamPage,
    #[prop(into)] base: String,
    query: ParamsMap,
    keep: &'static [&'static str],
    #[prop(into)] empty: String,
    #[prop(optional)] in_community: bool,
) -> impl IntoView {
    let more = page
        .next_cursor
        .as_deref()
        .map(|c| next_page_href(&base, &query, keep, c));
    view! {
        <LanguageBar view=page.languages.clone() hidden=page.hidden_by_language.clone()
            base=base keep=keep/>
        <StreamList page=page more=more empty=empty in_community=in_community/>
    }
}

/// One page of items; `more` is the address of the next page, if there is one.
#[component]
pub fn StreamList(
    page: StreamPage,
    #[prop(optional_no_strip)] more: Option<String>,
    #[prop(into)] empty: String,
    /// Leave out the community name (on a community's own pages).
    #[prop(optional)]
    in_community: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    if page.items.is_empty() {
        return view! { <p class="muted empty">{empty}</p> }.into_any();
    }
    view! {
        <ul class="stream">
            {page.items.into_iter().map(|item| view! { <StreamCard item=item in_community=in_community/> }).collect_view()}
        </ul>
        {more.map(|href| view! { <p class="more"><a href=href rel="next">{i18n.t("stream-older")}</a></p> })}
    }
    .into_any()
}

#[component]
fn StreamCard(item: StreamItem, in_community: bool) -> impl IntoView {
    let i18n = use_i18n();
    let href = item_href(item.thread_id, item.id);
    // A status update has no title: its text is the link, so the card does not name its kind
    // twice ("Status update" above and as the heading).
    let title = item.title.clone().filter(|t| !t.is_empty());
    let responses = if matches!(item.content_kind, ContentKind::Topic) {
        i18n.t_args("stream-replies", &[("count", item.reply_count.into())])
    } else {
        i18n.t_args("stream-comments", &[("count", item.comment_count.into())])
    };
    let place = item
        .community_slug
        .clone()
        .zip(item.community_name.clone())
        .filter(|_| !in_community);
    view! {
        <li class=format!("stream-item kind-{}", item.kind)>
            <p class="stream-meta">
                <span class="kind">{kind_label(i18n, item.content_kind)}</span>
                " · "
                <a href=format!("/people/{}", item.author.id)>{item.author.display_name.clone()}</a>
                {place.map(|(slug, name)| view! {
                    " · "<a href=format!("/communities/{slug}")>{name}</a>
                })}
                " · "
                <Time at=item.created_at/>
                " "
                <LangBadge lang=item.lang.clone()/>
            </p>
            {match title {
                Some(title) => view! {
                    <h3 class="stream-title"><a href=href>{title}</a></h3>
                    <p class="excerpt">{item.excerpt.clone()}</p>
                }.into_any(),
                None => view! {
                    <p class="excerpt excerpt-only"><a href=href>{item.excerpt.clone()}</a></p>
                }.into_any(),
            }}
            <p class="stream-foot">
                {item.pinned.then(|| view! { <span class="badge">{i18n.t("forum-pinned")}</span> })}
                {item.locked.then(|| view! { <span class="badge">{i18n.t("forum-locked")}</span> })}
                {(item.question && item.answered).then(|| view! { <span class="badge badge-answered">{i18n.t("forum-answered")}</span> })}
                {(item.question && !item.answered).then(|| view! { <span class="badge badge-open">{i18n.t("forum-unanswered")}</span> })}
                <span>{i18n.t_args("stream-likes", &[("count", item.like_count.into())])}</span>
                {(item.content_kind != ContentKind::Comment && item.content_kind != ContentKind::Reply).then(|| view! { <span>{responses}</span> })}
                {item.edited.then(|| view! { <span class="muted">{i18n.t("post-edited-short")}</span> })}
                <TagLinks tags=item.tags.clone()/>
            </p>
        </li>
    }
}

/// Tag links, one space apart so they read (and copy) as separate words.
#[component]
pub fn TagLinks(tags: Vec<String>) -> impl IntoView {
    tags.into_iter()
        .map(|t| {
            view! {
                " "
                <a class="tag" href=format!("/tags/{}", encode(&t))>{format!("#{t}")}</a>
            }
        })
        .collect_view()
}
