//! `/communities/:slug/inbox` and `/communities/:slug/inbox/:id`: the shared inbox of a
//! functional mailbox, for the community's members. The list by status; a conversation with
//! its mails, the team's replies and internal notes, and plain forms to answer by mail, note,
//! assign, change the status and keep the answer in the forum or the wiki. Server-rendered:
//! no island of its own.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::frame::{CommunityFrame, Tab};
use crate::api::inbox::{
    InboxAssign, InboxNote, InboxReply, InboxStatus, InboxToForum, InboxToWiki, inbox_get,
    inbox_list,
};
use crate::i18n::{I18n, use_i18n};
use crate::islands::form::AfterSave;
use crate::model::community::{Community, Tool};
use crate::model::inbox::{
    Conversation, ConversationStatus, ConversationSummary, InboxMessage, MAX_INBOX_TEXT,
    MessageDirection,
};
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::loaded::Loaded;

fn status_label(i18n: I18n, s: ConversationStatus) -> String {
    i18n.t(&format!("inbox-status-{}", s.as_str()))
}

fn subject_or_none(i18n: I18n, subject: &str) -> String {
    if subject.trim().is_empty() {
        i18n.t("inbox-no-subject")
    } else {
        subject.to_owned()
    }
}

/// The list of conversations.
#[component]
pub fn CommunityInboxPage() -> impl IntoView {
    view! {
        <CommunityFrame tab=Tab::Inbox children=move |c| view! { <List community=c/> }/>
    }
}

#[component]
fn List(community: Community) -> impl IntoView {
    let i18n = use_i18n();
    if !community.can.inbox {
        return view! { <ErrorMessage error=crate::error::AppError::NotFound/> }.into_any();
    }
    let status = use_query_map()
        .get_untracked()
        .get("status")
        .filter(|s| ConversationStatus::parse(s).is_some());
    let slug = community.slug.clone();
    let page = inbox_list(slug.clone(), status.clone());
    let base = format!("/communities/{slug}/inbox");
    view! {
        <section aria-labelledby="inbox-heading">
            <h2 id="inbox-heading">{i18n.t("inbox-heading")}</h2>
            <Loaded data=page children=move |p| {
                let current = status.clone().unwrap_or_default();
                let tab = |value: &str, label: String, count: Option<i64>| {
                    let href = if value.is_empty() { base.clone() } else { format!("{base}?status={value}") };
                    let text = match count {
                        Some(n) => format!("{label} ({n})"),
                        None => label,
                    };
                    let here = current == value;
                    view! {
                        <a href=href aria-current=here.then_some("page")>{text}</a>
                    }
                };
                view! {
                    {match p.address.clone() {
                        Some(a) => view! { <p class="mail-address">{i18n.t_args("inbox-address", &[("address", a.into())])}</p> }.into_any(),
                        None => view! { <p class="muted">{i18n.t("inbox-no-address")}</p> }.into_any(),
                    }}
                    <nav class="tabs sub-tabs" aria-label=i18n.t("inbox-filter-label")>
                        {tab("open", status_label(i18n, ConversationStatus::Open), Some(p.open))}
                        {tab("waiting", status_label(i18n, ConversationStatus::Waiting), Some(p.waiting))}
                        {tab("closed", status_label(i18n, ConversationStatus::Closed), Some(p.closed))}
                        {tab("", i18n.t("inbox-filter-all"), None)}
                    </nav>
                    {if p.items.is_empty() {
                        view! { <p class="muted">{i18n.t("inbox-empty")}</p> }.into_any()
                    } else {
                        let slug = slug.clone();
                        view! {
                            <ul class="inbox-list">
                                {p.items.into_iter().map(|c| view! { <Row conversation=c slug=slug.clone()/> }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                }
            }/>
        </section>
    }
    .into_any()
}

#[component]
fn Row(conversation: ConversationSummary, slug: String) -> impl IntoView {
    let i18n = use_i18n();
    let c = conversation;
    let assignee = match &c.assignee {
        Some(p) => i18n.t_args(
            "inbox-assigned-to",
            &[("name", p.display_name.clone().into())],
        ),
        None => i18n.t("inbox-unassigned"),
    };
    let count = i18n.t_args("inbox-message-count", &[("count", c.messages.into())]);
    view! {
        <li class="inbox-row">
            <a class="inbox-subject" href=format!("/communities/{slug}/inbox/{}", c.id)>{subject_or_none(i18n, &c.subject)}</a>
            <span class=format!("badge badge-inbox-{}", c.status.as_str())>{status_label(i18n, c.status)}</span>
            <p class="muted">
                {c.correspondent.clone()} " · " {assignee} " · " {count} " · " {i18n.format_date(c.updated_at)}
            </p>
        </li>
    }
}

/// One conversation.
#[component]
pub fn InboxConversationPage() -> impl IntoView {
    view! {
        <CommunityFrame tab=Tab::Inbox children=move |c| view! { <One community=c/> }/>
    }
}

#[component]
fn One(community: Community) -> impl IntoView {
    if !community.can.inbox {
        return view! { <ErrorMessage error=crate::error::AppError::NotFound/> }.into_any();
    }
    let id = use_params_map()
        .with_untracked(|p| p.get("id").and_then(|i| i.parse::<i64>().ok()).unwrap_or(0));
    let conversation = inbox_get(id);
    view! {
        <Loaded data=conversation children=move |conv| view! { <ConversationView conv=conv community=community/> }/>
    }
    .into_any()
}

#[component]
fn ConversationView(conv: Conversation, community: Community) -> impl IntoView {
    let i18n = use_i18n();
    let id = conv.id.to_string();
    let back = format!("/communities/{}/inbox", conv.community_slug);
    let from = if conv.correspondent_name.is_empty() {
        conv.correspondent.clone()
    } else {
        format!("{} <{}>", conv.correspondent_name, conv.correspondent)
    };
    let name_of_them = if conv.correspondent_name.is_empty() {
        conv.correspondent.clone()
    } else {
        conv.correspondent_name.clone()
    };
    let forum = community.tools.contains(&Tool::Forum);
    let wiki = community.tools.contains(&Tool::Wiki);
    let can = conv.can_act;
    let status = conv.status;
    let assignee = conv.assignee.as_ref().map(|p| p.id);
    // Each form carries the conversation's id (each closure below owns its copy).
    let (id_reply, id_note, id_assign, id_status, id_forum, id_wiki) = (
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
        id,
    );
    view! {
        <p><a href=back>{i18n.t("inbox-back")}</a></p>
        <article class="inbox-conversation" aria-labelledby="conversation-heading">
            <header>
                <h2 id="conversation-heading">{subject_or_none(i18n, &conv.subject)}</h2>
                <p>
                    <span class=format!("badge badge-inbox-{}", status.as_str())>{status_label(i18n, status)}</span>
                    " "
                    {i18n.t_args("inbox-from", &[("from", from.into())])}
                </p>
            </header>
            <ol class="inbox-messages">
                {conv.messages.iter().map(|m| view! { <Message message=m.clone() them=name_of_them.clone()/> }).collect_view()}
            </ol>
            {conv.topic_id.map(|t| view! {
                <p class="alert alert-info"><a href=format!("/posts/{t}")>{i18n.t("inbox-kept-forum")}</a></p>
            })}
            {conv.wiki_path.clone().map(|p| view! {
                <p class="alert alert-info"><a href=p>{i18n.t("inbox-kept-wiki")}</a></p>
            })}
        </article>
        {can.then(|| view! {
            <section class="card" aria-labelledby="reply-heading">
                <h3 id="reply-heading">{i18n.t("inbox-reply-heading")}</h3>
                <JsonForm action=InboxReply::PATH class="stack" then=AfterSave::Reload done=i18n.t("inbox-reply-sent")>
                    <input type="hidden" name="id[num]" value=id_reply/>
                    <label for="inbox-reply">{i18n.t_args("inbox-reply-label", &[("name", name_of_them.clone().into())])}</label>
                    <textarea id="inbox-reply" name="body" rows="6" required maxlength=MAX_INBOX_TEXT.to_string()></textarea>
                    <button type="submit" class="primary">{i18n.t("inbox-reply-send")}</button>
                </JsonForm>
            </section>
            <section class="card note-card" aria-labelledby="note-heading">
                <h3 id="note-heading">{i18n.t("inbox-note-heading")}</h3>
                <JsonForm action=InboxNote::PATH class="stack" then=AfterSave::Reload done=i18n.t("inbox-note-added")>
                    <input type="hidden" name="id[num]" value=id_note/>
                    <label for="inbox-note">{i18n.t("inbox-note-label")}</label>
                    <textarea id="inbox-note" name="body" rows="3" required maxlength=MAX_INBOX_TEXT.to_string()></textarea>
                    <button type="submit">{i18n.t("inbox-note-add")}</button>
                </JsonForm>
            </section>
            <section class="card" aria-labelledby="handle-heading">
                <h3 id="handle-heading">{i18n.t("inbox-handle-heading")}</h3>
                <JsonForm action=InboxAssign::PATH class="row" then=AfterSave::Reload done=i18n.t("inbox-assigned")>
                    <input type="hidden" name="id[num]" value=id_assign/>
                    <label for="inbox-assignee">{i18n.t("field-assignee-id")}</label>
                    <select id="inbox-assignee" name="assignee_id[num]">
                        <option value="" selected=assignee.is_none()>{i18n.t("inbox-unassigned")}</option>
                        {conv.team.iter().map(|p| view! {
                            <option value=p.id.0.to_string() selected=assignee == Some(p.id)>{p.display_name.clone()}</option>
                        }).collect_view()}
                    </select>
                    <button type="submit">{i18n.t("inbox-assign")}</button>
                </JsonForm>
                <div class="row">
                    {ConversationStatus::ALL.into_iter().filter(|s| *s != status).map(|s| {
                        let id = id_status.clone();
                        let label = i18n.t(&format!("inbox-set-{}", s.as_str()));
                        view! {
                            <JsonForm action=InboxStatus::PATH class="inline" then=AfterSave::Reload>
                                <input type="hidden" name="id[num]" value=id/>
                                <input type="hidden" name="status" value=s.as_str()/>
                                <button type="submit">{label}</button>
                            </JsonForm>
                        }
                    }).collect_view()}
                </div>
            </section>
            {(conv.answered && (forum || wiki)).then(|| view! {
                <section class="card" aria-labelledby="keep-heading">
                    <h3 id="keep-heading">{i18n.t("inbox-keep-heading")}</h3>
                    <p class="muted">{i18n.t("inbox-keep-help")}</p>
                    <div class="row">
                        {(forum && conv.topic_id.is_none()).then(|| view! {
                            <JsonForm action=InboxToForum::PATH class="inline" then=AfterSave::Go("{path}".to_owned())>
                                <input type="hidden" name="id[num]" value=id_forum/>
                                <button type="submit">{i18n.t("inbox-to-forum")}</button>
                            </JsonForm>
                        })}
                        {(wiki && conv.wiki_path.is_none()).then(|| view! {
                            <JsonForm action=InboxToWiki::PATH class="inline" then=AfterSave::Go("{path}".to_owned())>
                                <input type="hidden" name="id[num]" value=id_wiki/>
                                <button type="submit">{i18n.t("inbox-to-wiki")}</button>
                            </JsonForm>
                        })}
                    </div>
                </section>
            })}
        })}
    }
}

#[component]
fn Message(message: InboxMessage, them: String) -> impl IntoView {
    let i18n = use_i18n();
    let m = message;
    let who = m
        .author
        .as_ref()
        .map(|a| a.display_name.clone())
        .unwrap_or_default();
    let (class, heading) = match m.direction {
        MessageDirection::In => (
            "inbox-in",
            i18n.t_args("inbox-message-in", &[("name", them.into())]),
        ),
        MessageDirection::Out => (
            "inbox-out",
            i18n.t_args("inbox-message-out", &[("name", who.into())]),
        ),
        MessageDirection::Note => (
            "inbox-note",
            i18n.t_args("inbox-message-note", &[("name", who.into())]),
        ),
    };
    let body = if m.body.trim().is_empty() {
        i18n.t("inbox-empty-message")
    } else {
        m.body.clone()
    };
    let attachments = (!m.attachments.is_empty()).then(|| {
        view! {
            <ul class="inbox-attachments" aria-label=i18n.t("inbox-attachments")>
                {m.attachments.into_iter().map(|a| view! {
                    <li>
                        <a href=a.path download>{a.name}</a>
                        " " <span class="muted small">{crate::ui::pages::files::size_label(i18n, a.size)}</span>
                    </li>
                }).collect_view()}
            </ul>
        }
    });
    view! {
        <li class=format!("inbox-message {class}")>
            <p class="inbox-meta"><strong>{heading}</strong>" · "{i18n.format_datetime_utc(m.created_at)}</p>
            <div class="inbox-body">{body}</div>
            {attachments}
        </li>
    }
}
