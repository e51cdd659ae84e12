//! What a community's members do with its shared inbox: list and read conversations, answer
//! by mail from the functional address (threaded under the correspondent's mail), keep
//! internal notes, assign, change the status, and keep an answered conversation as a forum
//! question with its accepted answer or as a wiki page; download what came attached to mail
//! in. Every call goes through the policy (`Resource::Inbox`): outside the community an inbox
//! does not exist.

use crate::error::{AppError, FieldError};
use crate::model::community::Tool;
use crate::model::ids::{CommunityId, UserId};
use crate::model::inbox::{
    Conversation, ConversationStatus, Converted, InboxPage, MAX_INBOX_TEXT, MessageDirection,
};
use crate::model::mail::MailKind;
use crate::server::clock::now_ms;
use crate::server::content::input::{self, Problems};
use crate::server::content::repo::{CommunityPlace, community_by_slug, community_slug};
use crate::server::content::writing::{self, NewPost};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::{Context, ServiceResult};
use crate::server::guard::{Screen, screen};
use crate::server::mail::compose::{escape_html, one_line};
use crate::server::mail::notice::message_id;
use crate::server::mail::queue::{self, NewMail};
use crate::server::notification::repo::notify_assigned;
use crate::server::policy::{Action, Resource, authorize};

use super::repo::{self, ConversationRow, NewMessage};

/// A community's inbox, as the policy decides on it.
fn inbox_of(c: &CommunityPlace) -> Resource {
    Resource::Inbox {
        visibility: c.visibility,
        role: c.role,
        archived: c.archived,
    }
}

/// The community of an inbox, if the caller may do `action` in its inbox.
pub async fn community(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    action: Action,
) -> ServiceResult<CommunityPlace> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let c = community_by_slug(&backend.db, slug, me)
        .await?
        .ok_or(AppError::NotFound)?;
    authorize(&ctx.actor, action, &inbox_of(&c)).map_err(AppError::from)?;
    // A community without the tool has no inbox.
    if !c.tools.contains(&Tool::Inbox) {
        return Err(AppError::NotFound.into());
    }
    Ok(c)
}

/// A conversation and its community, if the caller may do `action` in that inbox.
async fn load(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    action: Action,
) -> ServiceResult<(ConversationRow, CommunityPlace)> {
    let row = repo::conversation(&backend.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let slug = community_slug(&backend.db, CommunityId(row.community_id))
        .await?
        .ok_or(AppError::NotFound)?;
    let c = community(backend, ctx, &slug, action).await?;
    Ok((row, c))
}

/// `local@` the mail domain, while mail is taken in.
async fn address(backend: &Backend, community: i64) -> ServiceResult<Option<String>> {
    Ok(repo::address_of(&backend.db, community)
        .await?
        .and_then(|local| backend.mail.address(&local)))
}

/// The conversations of a community's inbox, with one status or all.
pub async fn list(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    status: Option<&str>,
) -> ServiceResult<InboxPage> {
    let c = community(backend, ctx, slug, Action::View).await?;
    let status = match status.filter(|s| !s.is_empty()) {
        Some(s) => Some(ConversationStatus::parse(s).ok_or_else(|| {
            AppError::validation(vec![FieldError::new("status", "invalid_choice")])
        })?),
        None => None,
    };
    let items = repo::list(&backend.db, c.id.0, status).await?;
    let (open, waiting, closed) = repo::counts(&backend.db, c.id.0).await?;
    Ok(InboxPage {
        address: address(backend, c.id.0).await?,
        items,
        open,
        waiting,
        closed,
    })
}

/// One conversation, whole.
pub async fn get(backend: &Backend, ctx: &RequestCtx, id: i64) -> ServiceResult<Conversation> {
    let (row, c) = load(backend, ctx, id, Action::View).await?;
    // A client team's mail is read in the audit trail, as its items are.
    crate::server::audit::read_in(
        backend,
        ctx,
        &c.place(),
        Some(c.id.0),
        "inbox_read",
        id,
        serde_json::json!({}),
    );
    shown(backend, ctx, row, &c).await
}

/// A conversation as the team sees it, after a change of theirs (not a read for the trail:
/// the change is what they did).
async fn after_change(backend: &Backend, ctx: &RequestCtx, id: i64) -> ServiceResult<Conversation> {
    let (row, c) = load(backend, ctx, id, Action::View).await?;
    shown(backend, ctx, row, &c).await
}

async fn shown(
    backend: &Backend,
    ctx: &RequestCtx,
    row: ConversationRow,
    c: &CommunityPlace,
) -> ServiceResult<Conversation> {
    let id = row.id;
    let messages = repo::messages(&backend.db, id).await?;
    let answered = messages.iter().any(|m| m.direction == MessageDirection::In)
        && messages
            .iter()
            .any(|m| m.direction == MessageDirection::Out);
    Ok(Conversation {
        id: row.id,
        community_slug: c.slug.clone(),
        subject: row.subject,
        correspondent: row.correspondent,
        correspondent_name: row.correspondent_name,
        status: row.status,
        assignee: row.assignee,
        messages,
        team: repo::team(&backend.db, c.id.0).await?,
        topic_id: row.topic_id,
        wiki_path: row.wiki_path,
        can_act: authorize(&ctx.actor, Action::Respond, &inbox_of(c)).is_ok(),
        answered,
        created_at: row.created_at,
    })
}

/// A file that came attached to a mail in, to download; the same `NotFound` for one that
/// does not exist and for one in an inbox the caller may not read.
pub async fn attachment(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
) -> ServiceResult<crate::server::files::service::Download> {
    // Without a session nothing is looked up: no answer tells which ids exist.
    ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let row = repo::attachment(&backend.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (_, c) = load(backend, ctx, row.conversation, Action::View).await?;
    crate::server::audit::read_in(
        backend,
        ctx,
        &c.place(),
        Some(c.id.0),
        "inbox_attachment_download",
        id,
        serde_json::json!({ "conversation": row.conversation, "size": row.size }),
    );
    let path = backend
        .files
        .blob_path(&row.blob_hash)
        .ok_or(AppError::NotFound)?;
    Ok(crate::server::files::service::Download {
        path,
        name: row.name,
        mime: row.content_type,
        size: row.size,
    })
}

/// A reply or a note's text, checked like any text written in the community.
async fn checked_text(
    backend: &Backend,
    ctx: &RequestCtx,
    c: &CommunityPlace,
    body: &str,
) -> ServiceResult<String> {
    let mut p = Problems::default();
    let body = input::body(body, "body", MAX_INBOX_TEXT, &mut p);
    p.finish()?;
    // Nothing is held for review here: a reply that names a client is refused, to be
    // written again (or answered from the client's restricted community).
    let s = Screen::new(Some(c.id), None).text("body", &body);
    screen(backend, ctx, s, None).await?;
    Ok(body)
}

/// Answers the correspondent by mail from the inbox's address; the conversation then waits
/// for them.
pub async fn reply(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    body: &str,
) -> ServiceResult<Conversation> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let (row, c) = load(backend, ctx, id, Action::Respond).await?;
    let body = checked_text(backend, ctx, &c, body).await?;
    let Some(from) = address(backend, c.id.0).await? else {
        // Without an address (or while no mail goes in and out) nothing can be sent.
        return Err(AppError::validation(vec![FieldError::new("body", "no_inbox_address")]).into());
    };
    if !backend.mail.enabled() {
        return Err(AppError::validation(vec![FieldError::new("body", "mail_off")]).into());
    }
    let now = now_ms();
    let from = format!(
        "\"{}\" <{from}>",
        one_line(&c.name).replace(['"', '\\'], "")
    );
    let (mut references, last_in) = repo::thread_ids(&backend.db, id).await?;
    // Keep the header short: the first message and the latest ones.
    if references.len() > 20 {
        let tail = references.split_off(references.len() - 19);
        references.truncate(1);
        references.extend(tail);
    }
    // The Message-ID carries random bytes; the queue's key is made of it, so two replies in
    // one millisecond are two mails (a key of time and person alone took the second as the
    // first sent again).
    let mid = message_id(&from, &format!("inbox:{id}:{now}:{}", me.0));
    let key = format!("inbox:{mid}");
    let subject = if row.subject.to_lowercase().starts_with("re:") {
        row.subject.clone()
    } else {
        format!("Re: {}", row.subject)
    };
    let signature = format!(
        "{}\n{}",
        crate::server::content::repo::display_name(&backend.db, me)
            .await?
            .unwrap_or_default(),
        one_line(&c.name)
    );
    let text = format!("{body}\n\n-- \n{signature}\n");
    let html = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{}</title></head>\
         <body style=\"font-family:system-ui,sans-serif;line-height:1.5\">\
         <div style=\"white-space:pre-wrap\">{}</div><p style=\"color:#555\">-- <br>{}</p></body></html>",
        escape_html(&subject),
        escape_html(&body),
        escape_html(&signature).replace('\n', "<br>"),
    );
    let to = if row.correspondent_name.is_empty() {
        row.correspondent.clone()
    } else {
        format!(
            "\"{}\" <{}>",
            one_line(&row.correspondent_name).replace(['"', '\\'], ""),
            row.correspondent
        )
    };
    let mail = NewMail {
        recipient: None,
        kind: MailKind::Inbox,
        dedupe_key: key,
        notification: None,
        scope: Vec::new(),
        to,
        subject: one_line(&subject),
        text,
        html,
        message_id: mid.clone(),
        now,
        skip: None,
        in_reply_to: last_in,
        references: (!references.is_empty()).then(|| references.join(" ")),
        from: Some(from),
    };
    // The mail and its record in the conversation are one write: a crash never leaves a
    // sent reply missing from the conversation (its answer would not thread back).
    let mut tx = backend.db.pool.begin().await.context("sending a reply")?;
    queue::insert_in(&mut tx, &mail).await?;
    repo::add_message_in(
        &mut tx,
        NewMessage {
            conversation: id,
            direction: MessageDirection::Out,
            author: Some(me),
            body: &body,
            message_id: Some(&mid),
            status: Some(ConversationStatus::Waiting),
            now,
        },
    )
    .await?;
    tx.commit().await.context("sending a reply")?;
    after_change(backend, ctx, id).await
}

/// An internal note: for the team only, never sent.
pub async fn note(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    body: &str,
) -> ServiceResult<Conversation> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let (_, c) = load(backend, ctx, id, Action::Respond).await?;
    let body = checked_text(backend, ctx, &c, body).await?;
    repo::add_message(
        &backend.db,
        NewMessage {
            conversation: id,
            direction: MessageDirection::Note,
            author: Some(me),
            body: &body,
            message_id: None,
            status: None,
            now: now_ms(),
        },
    )
    .await?;
    after_change(backend, ctx, id).await
}

/// Assigns the conversation to a member of the community, or to nobody. The new assignee is
/// notified (in the same transaction), unless they assigned it to themselves or already had it.
pub async fn assign(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    who: Option<UserId>,
) -> ServiceResult<Conversation> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let (row, c) = load(backend, ctx, id, Action::Respond).await?;
    if let Some(who) = who {
        let team = repo::team(&backend.db, c.id.0).await?;
        if !team.iter().any(|p| p.id == who) {
            return Err(
                AppError::validation(vec![FieldError::new("assignee_id", "not_a_member")]).into(),
            );
        }
    }
    let now = now_ms();
    let mut tx = backend.db.pool.begin().await.context("assigning")?;
    repo::set_assignee(&mut tx, id, who, now).await?;
    let had_it = row.assignee.as_ref().map(|p| p.id);
    if let Some(who) = who.filter(|w| had_it != Some(*w)) {
        notify_assigned(&mut tx, who, c.id, id, me, now).await?;
    }
    tx.commit().await.context("assigning")?;
    after_change(backend, ctx, id).await
}

/// Sets the status: open, waiting or closed.
pub async fn set_status(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    status: &str,
) -> ServiceResult<Conversation> {
    let status = ConversationStatus::parse(status)
        .ok_or_else(|| AppError::validation(vec![FieldError::new("status", "invalid_choice")]))?;
    load(backend, ctx, id, Action::Respond).await?;
    repo::set_status(&backend.db, id, status, now_ms()).await?;
    after_change(backend, ctx, id).await
}

/// The question (the first mail in) and the answer (the latest reply out) of an answered
/// conversation.
async fn question_and_answer(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
) -> ServiceResult<(Conversation, String, String)> {
    let conv = after_change(backend, ctx, id).await?;
    if !conv.can_act {
        return Err(AppError::CommunityArchived.into());
    }
    let question = conv
        .messages
        .iter()
        .find(|m| m.direction == MessageDirection::In)
        .map(|m| m.body.clone());
    let answer = conv
        .messages
        .iter()
        .rev()
        .find(|m| m.direction == MessageDirection::Out)
        .map(|m| m.body.clone());
    match question.zip(answer) {
        Some((q, a)) => Ok((conv, q, a)),
        None => Err(AppError::NotAnswered.into()),
    }
}

/// Keeps an answered conversation as a question in the community's forum, with the reply as
/// its accepted answer (the correspondent's name and address are left out).
pub async fn to_forum(backend: &Backend, ctx: &RequestCtx, id: i64) -> ServiceResult<Converted> {
    load(backend, ctx, id, Action::Post).await?;
    let (conv, question, answer) = question_and_answer(backend, ctx, id).await?;
    if let Some(topic) = conv.topic_id {
        return Ok(Converted {
            path: format!("/posts/{topic}"),
        });
    }
    let lang = crate::server::language::detect::detect(&question).lang;
    let post = NewPost {
        community_slug: Some(&conv.community_slug),
        title: &conv.subject,
        body: &question,
        lang: &lang,
        tags: &[],
        published: true,
        question: Some(true),
    };
    let topic = writing::create_topic(backend, ctx, post).await?.id;
    let reply = writing::create_reply(backend, ctx, topic, &answer, &lang)
        .await?
        .id;
    crate::server::content::forum::accept(backend, ctx, topic, Some(reply)).await?;
    repo::set_converted(&backend.db, id, Some(topic), None).await?;
    Ok(Converted {
        path: format!("/posts/{topic}"),
    })
}

/// Keeps an answered conversation as a page of the community's wiki.
pub async fn to_wiki(backend: &Backend, ctx: &RequestCtx, id: i64) -> ServiceResult<Converted> {
    load(backend, ctx, id, Action::Post).await?;
    let (conv, question, answer) = question_and_answer(backend, ctx, id).await?;
    if let Some(path) = conv.wiki_path {
        return Ok(Converted { path });
    }
    let lang = crate::server::language::detect::detect(&question).lang;
    let body = format!("{question}\n\n---\n\n{answer}");
    let page = crate::server::wiki::service::NewPage {
        community_slug: &conv.community_slug,
        title: &conv.subject,
        body: &body,
        lang: &lang,
        parent_id: None,
        tags: &[],
    };
    let created = crate::server::wiki::service::create(backend, ctx, page).await?;
    repo::set_converted(&backend.db, id, None, Some(&created.path)).await?;
    Ok(Converted { path: created.path })
}

/// Gives the community an inbox address (`local@` the mail domain) or takes it away. For
/// those who may edit the community; the community needs the Inbox tool.
pub async fn set_address(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    local: Option<&str>,
) -> ServiceResult<()> {
    let c = crate::server::community::service::load(backend, ctx, slug, Action::Edit).await?;
    let local = local
        .map(|l| l.trim().to_ascii_lowercase())
        .filter(|l| !l.is_empty());
    let mut problems = Vec::new();
    if !c.tools.contains(&Tool::Inbox) {
        problems.push(FieldError::new("inbox_local", "tool_off"));
    }
    if let Some(l) = &local
        && !crate::server::community::service::is_mail_local(l)
    {
        problems.push(FieldError::new("inbox_local", "invalid_address"));
    }
    if !problems.is_empty() {
        return Err(AppError::validation(problems).into());
    }
    if !repo::set_address(&backend.db, c.id.0, local.as_deref()).await? {
        return Err(
            AppError::validation(vec![FieldError::new("inbox_local", "address_taken")]).into(),
        );
    }
    Ok(())
}
