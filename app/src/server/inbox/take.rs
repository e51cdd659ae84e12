//! Mail to a community's inbox address: anyone may write (a colleague or a client outside the
//! bank); the mail becomes a new conversation, or joins the one it answers (by its
//! `In-Reply-To` and `References`, which carry the ids of the team's replies), which opens
//! again. The client-name guard reads it as it reads any text written in the community: in a
//! community where the name may not be written, the mail is refused, and the mail server
//! returns it to its sender with the reason.

use crate::model::ids::CommunityId;
use crate::model::inbox::{ConversationStatus, MessageDirection};
use crate::server::clock::now_ms;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::{ServiceError, ServiceResult};
use crate::server::guard::{Screen, screen};
use crate::server::mail::inbound::parse::InboundMail;
use crate::server::policy::Actor;

use super::repo::{self, NewMessage};

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
    let mut body = mail.body.clone();
    if !mail.attachments.is_empty() {
        // Mail from outside is not made files of the community (a public community's files
        // are read by everyone); the team sees what was attached and asks for it if needed.
        let names: Vec<&str> = mail.attachments.iter().map(|a| a.name.as_str()).collect();
        body.push_str(&format!("\n\n[{}]", names.join(", ")));
    }
    let body = body.trim().to_owned();
    // The sender may be nobody in the intranet: the guard records the hit without a person.
    let ctx = RequestCtx::for_actor(Actor::Anonymous);
    let s = Screen::new(Some(CommunityId(community)), None)
        .text("title", &mail.subject)
        .text("body", &body);
    match screen(backend, &ctx, s, None).await {
        Ok(()) => {}
        Err(ServiceError::Caller(_)) => return Ok(Taken::ClientName),
        Err(e) => return Err(e),
    }
    let now = now_ms();
    let mut ids = mail.references.clone();
    ids.extend(mail.in_reply_to.iter().cloned());
    let conversation = match repo::by_mail_ids(&backend.db, community, &ids).await? {
        Some(id) => id,
        // An empty subject stays empty: the pages say "no subject" in the reader's language.
        None => {
            let subject = mail.subject.trim();
            repo::create(
                &backend.db,
                community,
                subject,
                &mail.from,
                &mail.from_name,
                now,
            )
            .await?
        }
    };
    repo::add_message(
        &backend.db,
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
    Ok(Taken::Into(conversation))
}
