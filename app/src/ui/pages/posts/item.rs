//! One item on a thread's page: its header, text, likes, and the forms its reader may use.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::ui::components::time::Time;

use super::versions::{TranslateForms, VersionLine};
use crate::api::content::{AcceptAnswer, DeleteContent, LockTopic, PinTopic, UpdateContent};
use crate::i18n::use_i18n;
use crate::islands::form::AfterSave;
use crate::islands::likes::{LikeText, Likes};
use crate::model::content::{
    ContentKind, Item, MAX_POST_BODY, MAX_RESPONSE_BODY, MAX_STATUS, MAX_TITLE,
};
use crate::ui::components::composer::{LangSelect, MarkdownField};
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::stream_list::{LangBadge, TagLinks, kind_label};

/// How an item sits in its thread.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The thread's first item.
    First,
    /// A reply to a question: `accept` when the reader may accept, `accepted` when it is.
    Reply { accept: bool, accepted: bool },
    /// Any other reply or comment.
    Other,
}

/// One item with its forms.
#[component]
pub fn ItemView(item: Item, role: Role, thread: i64) -> impl IntoView {
    let i18n = use_i18n();
    let id = item.id;
    let anchor = format!("item-{id}");
    let first = role == Role::First;
    let title = item.title.clone().filter(|t| !t.is_empty());
    let place = item.community_slug.clone().zip(item.community_name.clone());
    let edited = item.edited_at.map(|at| {
        let by = item
            .edited_by
            .as_ref()
            .map(|p| p.display_name.clone())
            .unwrap_or_default();
        i18n.t_args(
            "post-edited",
            &[
                ("date", i18n.format_datetime_utc(at).into()),
                ("name", by.into()),
            ],
        )
    });
    let accepted = matches!(role, Role::Reply { accepted: true, .. });
    let class = format!(
        "item item-{}{}",
        item.kind.as_str(),
        if accepted { " item-accepted" } else { "" }
    );
    view! {
        <article id=anchor class=class>
            {accepted.then(|| view! { <p class="badge badge-answered">{i18n.t("forum-accepted-answer")}</p> })}
            <p class="stream-meta">
                <span class="kind">{kind_label(i18n, item.kind)}</span>
                " · "
                <a href=format!("/people/{}", item.author.id)>{item.author.display_name.clone()}</a>
                {place.filter(|_| first).map(|(slug, name)| view! {
                    " · "<a href=format!("/communities/{slug}")>{name}</a>
                })}
                " · "
                <Time at=item.created_at/>
                " "
                <LangBadge lang=item.lang.clone()/>
                {(!item.published).then(|| view! { " " <span class="badge">{i18n.t("blog-draft")}</span> })}
                {item.pinned.then(|| view! { " " <span class="badge">{i18n.t("forum-pinned")}</span> })}
                {item.locked.then(|| view! { " " <span class="badge">{i18n.t("forum-locked")}</span> })}
            </p>
            {match (title, first) {
                (Some(t), true) => Some(view! { <h1>{t}</h1> }.into_any()),
                (Some(t), false) => Some(view! { <h2>{t}</h2> }.into_any()),
                // A status update has no title; its page still needs a heading.
                (None, true) => Some(view! {
                    <h1 class="untitled">{i18n.t_args("post-untitled-heading", &[("name", item.author.display_name.clone().into())])}</h1>
                }.into_any()),
                (None, false) => None,
            }}
            <VersionLine item=item.clone() thread=thread/>
            <div class="prose" lang=item.lang.clone() inner_html=item.body_html.clone()/>
            {edited.map(|e| view! { <p class="muted small">{e}</p> })}
            {(!item.tags.is_empty()).then(|| view! {
                <p class="tags-line">
                    <TagLinks tags=item.tags.clone()/>
                </p>
            })}
            <ItemBar item=item.clone() role=role/>
            <TranslateForms item=item.clone() first=first thread=thread/>
        </article>
    }
    .into_any()
}

/// Like, who liked, accept, moderate, edit, delete.
#[component]
fn ItemBar(item: Item, role: Role) -> impl IntoView {
    let i18n = use_i18n();
    let id = item.id;
    let counted = |n: i64| i18n.t_args("stream-likes", &[("count", n.into())]);
    let toggled = if item.liked_by_me {
        item.like_count - 1
    } else {
        item.like_count + 1
    };
    let like_text = LikeText {
        like: i18n.t("post-like"),
        unlike: i18n.t("post-unlike"),
        count_now: counted(item.like_count),
        count_toggled: counted(toggled.max(0)),
    };
    // Deleting the thread's first item leaves nothing to come back to: go home.
    let after_delete = (role == Role::First).then(|| AfterSave::Go("/".to_owned()));
    let topic = item.kind == ContentKind::Topic;
    view! {
        <div class="item-bar">
            <Likes target_id=id liked=item.liked_by_me can_like=item.can.like text=like_text/>
            {match role {
                Role::Reply { accept: true, accepted } => {
                    let topic_id = item.parent_id.unwrap_or_default();
                    Some(view! {
                        <JsonForm action=AcceptAnswer::PATH class="inline">
                            <input type="hidden" name="topic_id[num]" value=topic_id.to_string()/>
                            <input type="hidden" name="reply_id[num]" value=if accepted { String::new() } else { id.to_string() }/>
                            <button type="submit" class="link">
                                {i18n.t(if accepted { "forum-unaccept" } else { "forum-accept" })}
                            </button>
                        </JsonForm>
                    })
                }
                _ => None,
            }}
            {(topic && item.can.moderate).then(|| view! {
                <JsonForm action=PinTopic::PATH class="inline">
                    <input type="hidden" name="topic_id[num]" value=id.to_string()/>
                    {(!item.pinned).then(|| view! { <input type="hidden" name="pinned[bool]" value="true"/> })}
                    <button type="submit" class="link">{i18n.t(if item.pinned { "forum-unpin" } else { "forum-pin" })}</button>
                </JsonForm>
                <JsonForm action=LockTopic::PATH class="inline">
                    <input type="hidden" name="topic_id[num]" value=id.to_string()/>
                    {(!item.locked).then(|| view! { <input type="hidden" name="locked[bool]" value="true"/> })}
                    <button type="submit" class="link">{i18n.t(if item.locked { "forum-unlock" } else { "forum-lock" })}</button>
                </JsonForm>
            })}
            {item.can.edit.then(|| view! { <EditForm item=item.clone()/> })}
            {item.can.delete.then(|| view! {
                <details class="danger-zone">
                    <summary>{i18n.t("post-delete")}</summary>
                    <JsonForm action=DeleteContent::PATH class="stack" then=after_delete.clone().unwrap_or(AfterSave::Reload)>
                        <input type="hidden" name="id[num]" value=id.to_string()/>
                        <label class="check">
                            <input type="checkbox" required/>
                            {i18n.t(if item.kind == ContentKind::Comment { "post-delete-confirm" } else { "post-delete-confirm-all" })}
                        </label>
                        <button type="submit" class="danger">{i18n.t("post-delete-submit")}</button>
                    </JsonForm>
                </details>
            })}
        </div>
    }
    .into_any()
}

/// Editing one's own item in place.
#[component]
fn EditForm(item: Item) -> impl IntoView {
    let i18n = use_i18n();
    let id = item.id;
    let titled = matches!(item.kind, ContentKind::BlogPost | ContentKind::Topic);
    let max = match item.kind {
        ContentKind::Status => MAX_STATUS,
        ContentKind::BlogPost | ContentKind::Topic => MAX_POST_BODY,
        _ => MAX_RESPONSE_BODY,
    };
    let field_id = format!("edit-body-{id}");
    let lang_id = format!("edit-lang-{id}");
    let title_id = format!("edit-title-{id}");
    let tags = item.tags.join(", ");
    view! {
        <details class="edit">
            <summary>{i18n.t("post-edit")}</summary>
            <JsonForm action=UpdateContent::PATH class="stack">
                <input type="hidden" name="id[num]" value=id.to_string()/>
                {titled.then(|| view! {
                    <label for=title_id.clone()>{i18n.t("post-title-label")}</label>
                    <input id=title_id.clone() name="title" required maxlength=MAX_TITLE.to_string() value=item.title.clone().unwrap_or_default()/>
                    <label for=format!("{title_id}-tags")>{i18n.t("post-tags-label")}</label>
                    <input id=format!("{title_id}-tags") name="tags[csv]" value=tags.clone()/>
                })}
                <MarkdownField id=field_id name="body" label=i18n.t("post-body-label") max=max rows=6 value=item.body.clone()
                    place=item.community_slug.clone() required=true/>
                <LangSelect id=lang_id selected=item.lang.clone()/>
                <button type="submit" class="primary">{i18n.t("post-save")}</button>
            </JsonForm>
        </details>
    }
    .into_any()
}
