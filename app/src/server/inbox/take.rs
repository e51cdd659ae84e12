//! Mail to a community's inbox address: anyone may write (a colleague or a client outside the
//! bank); the mail becomes a new conversation, or joins the one it answers (by its
//! `In-Reply-To` and `References`, which carry the ids of the team's replies), which opens
//! again. Its attachments are kept for the team (see the migration `inbox_attachments`). The
//! client-name guard reads it, with its files' names, as it reads any text written in the
//! community: in a community where the name may not be written, the mail is refused, and the
//! mail server returns it to its sender with the reason.

use crate::model::ids::CommunityId;
use crate::model::inbox::{ConversationStatus, MessageDirection};
use crate::server::clock::now_ms;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::{Context, ServiceError, ServiceResult};
use crate::server::guard::{Screen, screen};
use crate::server::mail::inbound::parse::InboundMail;
use crate::server::policy::Actor;

use super::repo::{self, NewAttachment, NewMessage};

/// What became of a mail to an inbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taken {
    /// In conversation `id`.
    Into(i64),
    /// It names a client who may not be named in this community.
    ClientName,
}

/// Takes a mail into the inbox of `community`.
pub async fn take(backend: &Backend, community: i64, mail: &InboundMail) -> ServiceResult<Taken> {
    let body = mail.body.trim().to_owned();
    let names: Vec<&str> = mail.attachments.iter().map(|a| a.name.as_str()).collect();
    let names = names.join("\n");
    // The sender may be nobody in the intranet: the guard records the hit without a person.
    let ctx = RequestCtx::for_actor(Actor::Anonymous);
    let s = Screen::new(Some(CommunityId(community)), None)
        .text("title", &mail.subject)
        .text("body", &body)
        .text("file_name", &names);
    match screen(backend, &ctx, s, None).await {
        Ok(()) => {}
        Err(ServiceError::Caller(_)) => return Ok(Taken::ClientName),
        Err(e) => return Err(e),
    }
    // Attachments are kept for the team, not made files of the community (a public
    // community's files are read by everyone). Their bytes are stored first; the
    // conversation, the message and the rows that name the bytes are one write after, so a
    // crash or a full disk leaves at most bytes nobody names (the file store's sweep removes
    // them), never a conversation without its mail.
    let mut kept = Vec::with_capacity(mail.attachments.len());
    for a in &mail.attachments {
        let mut incoming = backend.files.begin(a.data.len() as u64).await?;
        incoming.write(&a.data).await?;
        let (blob_hash, size) = backend.files.keep(incoming).await?;
        let name = crate::server::files::service::clean_file_name(&a.name);
        kept.push(NewAttachment {
            // What the sender claims is not served: a page or a script would run as this
            // site. Files get their type from their name, as uploads do.
            content_type: crate::server::files::types::stored_type(&name).to_owned(),
            name,
            size: size as i64,
            blob_hash,
        });
    }
    let now = now_ms();
    let mut ids = mail.references.clone();
    ids.extend(mail.in_reply_to.iter().cloned());
    let known = repo::by_mail_ids(&backend.db, community, &ids).await?;
    let mut tx = backend.db.pool.begin().await.context("taking a mail")?;
    let conversation = match known {
        Some(id) => id,
        // An empty subject stays empty: the pages say "no subject" in the reader's language.
        None => {
            repo::create_in(
                &mut tx,
                community,
                mail.subject.trim(),
                &mail.from,
                &mail.from_name,
                now,
            )
            .await?
        }
    };
    let message = repo::add_message_in(
        &mut tx,
        NewMessage {
            conversation,
            direction: MessageDirection::In,
            author: None,
            body: &body,
            message_id: mail.message_id.as_deref(),
            status: Some(ConversationStatus::Open),
            now,
        },
    )
    .await?;
    repo::add_attachments_in(&mut tx, message, &kept).await?;
    tx.commit().await.context("taking a mail")?;
    Ok(Taken::Into(conversation))
}
