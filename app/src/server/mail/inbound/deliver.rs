//! What becomes of a message for one of the intranet's addresses: a reply to a notice becomes
//! a forum reply or a comment, a mail to a community's posting address a forum topic or a
//! blog post, in both cases as its author, through the same services (so the same policy
//! and the same client-name guard) as the web. Attachments become files of the community.
//!
//! Only an address's own people may use it: a reply address takes mail only from the person
//! it was made for, a posting address only from people with an account. A refusal of the
//! text itself (a client's name, a locked topic, nothing of their own) is answered by a mail
//! in their language with their text quoted back, and nothing is posted. Every message is
//! recorded in `mail_inbound`, so one handed over twice is taken once.

use crate::error::AppError;
use crate::model::content::ContentKind;
use crate::model::ids::UserId;
use crate::server::clock::now_ms;
use crate::server::content::writing::{self, NewPost};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::db::Db;
use crate::server::fault::{Context, ServiceError, ServiceResult};
use crate::server::files::service as files;
use crate::server::mail::answer::{self, Answer, Refusal};
use crate::server::mail::notice::{Recipient, recipient};
use crate::server::mail::reply_address::{self, ReplyTarget};
use crate::server::notification::repo::shown_one;
use crate::server::policy::{Actor, ContentFilter};

use super::parse::{InboundMail, parse};

/// One of the intranet's addresses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Address {
    /// A notice's reply address.
    Reply(ReplyTarget),
    /// A community's posting address.
    Community { slug: String, blog: bool },
    /// A community's shared inbox (its functional address), by the community's id.
    Inbox(i64),
}

/// The answer the mail server gets for one recipient of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Taken: posted, answered by mail, or ignored (an auto-reply).
    Taken,
    /// Not taken: the mail server returns it to its sender (`code`, enhanced code and text).
    Rejected(u16, &'static str),
}

/// What the mail server is told for an address that is not one of ours, and for one the
/// sender may not know exists (a restricted community's).
pub const NO_SUCH_ADDRESS: Verdict = Verdict::Rejected(550, "5.1.1 No such address here");
const NOT_YOURS: Verdict = Verdict::Rejected(550, "5.7.1 This reply address is not yours");
const UNKNOWN_SENDER: Verdict = Verdict::Rejected(550, "5.7.1 The sender has no account here");
const NOT_A_MESSAGE: Verdict = Verdict::Rejected(554, "5.6.0 Not a readable message");
const NAMES_A_CLIENT: Verdict = Verdict::Rejected(
    550,
    "5.7.1 The message names a client who may not be named here; write to the client's team",
);

/// The address `local` stands for, if any. Letter case is ignored.
pub async fn address(db: &Db, local: &str) -> ServiceResult<Option<Address>> {
    let local = local.trim().to_ascii_lowercase();
    if local.starts_with("reply+") {
        let key = reply_address::key(db).await?;
        return Ok(reply_address::read(&key, &local).map(Address::Reply));
    }
    let row: Option<(String, String)> = sqlx::query_as(
        "SELECT slug, mail_posts_to FROM communities WHERE mail_local = $1 AND archived_at IS NULL",
    )
    .bind(&local)
    .fetch_optional(&db.pool)
    .await
    .context("finding a community by its mail address")?;
    if let Some((slug, to)) = row {
        return Ok(Some(Address::Community {
            slug,
            blog: to == "blog",
        }));
    }
    Ok(crate::server::inbox::repo::community_of_address(db, &local)
        .await?
        .map(Address::Inbox))
}

/// The active account with this address, and how it acts.
async fn sender(db: &Db, email: &str) -> ServiceResult<Option<(Recipient, Actor)>> {
    let email = crate::server::account::normalise_email(email);
    let row: Option<(i64, String)> =
        sqlx::query_as("SELECT id, role FROM users WHERE email = $1 AND disabled_at IS NULL")
            .bind(&email)
            .fetch_optional(&db.pool)
            .await
            .context("finding who sent a mail")?;
    let Some((id, role)) = row else {
        return Ok(None);
    };
    let user = UserId(id);
    let Some(r) = recipient(db, user).await? else {
        return Ok(None);
    };
    let actor = if role == "admin" {
        Actor::Admin(user)
    } else {
        Actor::Member(user)
    };
    Ok(Some((r, actor)))
}

/// Whether this message was taken for this address before.
async fn seen(db: &Db, message_id: Option<&str>, to: &str) -> ServiceResult<bool> {
    let Some(id) = message_id else {
        return Ok(false);
    };
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM mail_inbound WHERE message_id = $1 AND recipient = $2",
    )
    .bind(id)
    .bind(to)
    .fetch_one(&db.pool)
    .await
    .context("looking for a repeated mail")?;
    Ok(n > 0)
}

/// One line of the inbound log.
struct Record<'a> {
    sender: &'a str,
    to: &'a str,
    message_id: Option<&'a str>,
    user: Option<UserId>,
    outcome: &'static str,
    reason: &'a str,
    item: Option<i64>,
}

async fn record(db: &Db, r: Record<'_>) -> ServiceResult<()> {
    sqlx::query(
        "INSERT INTO mail_inbound (received_at, sender, recipient, message_id, user_id, outcome, \
         reason, item_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
    )
    .bind(now_ms())
    .bind(r.sender)
    .bind(r.to)
    .bind(r.message_id)
    .bind(r.user.map(|u| u.0))
    .bind(r.outcome)
    .bind(r.reason)
    .bind(r.item)
    .execute(&db.pool)
    .await
    .context("recording a mail taken in")?;
    Ok(())
}

/// Takes one message for one of our addresses (`to`, as the mail server gave it).
pub async fn take(
    backend: &Backend,
    address: &Address,
    to: &str,
    raw: &[u8],
) -> ServiceResult<Verdict> {
    let Some(mail) = parse(raw) else {
        return Ok(NOT_A_MESSAGE);
    };
    let to = to.to_ascii_lowercase();
    if seen(&backend.db, mail.message_id.as_deref(), &to).await? {
        return Ok(Verdict::Taken);
    }
    if let Address::Inbox(community) = address {
        return into_inbox(backend, *community, &to, &mail).await;
    }
    let Some((person, actor)) = sender(&backend.db, &mail.from).await? else {
        return Ok(UNKNOWN_SENDER);
    };
    if let Address::Reply(target) = address
        && target.person != person.id
    {
        return Ok(NOT_YOURS);
    }
    let log = |outcome, reason, item| Record {
        sender: &mail.from,
        to: &to,
        message_id: mail.message_id.as_deref(),
        user: Some(person.id),
        outcome,
        reason,
        item,
    };
    if mail.ignore {
        record(&backend.db, log("ignored", "automatic", None)).await?;
        return Ok(Verdict::Taken);
    }
    let ctx = RequestCtx {
        ui_lang: crate::i18n::supported_code(&person.lang).unwrap_or("en"),
        ..RequestCtx::for_actor(actor)
    };
    let outcome = match address {
        Address::Reply(target) => reply(backend, &ctx, *target, &mail).await?,
        Address::Community { slug, blog } => post(backend, &ctx, slug, *blog, &mail).await?,
        Address::Inbox(_) => return Ok(NO_SUCH_ADDRESS),
    };
    match outcome {
        Posted::Yes(id) => {
            record(&backend.db, log("posted", "", Some(id))).await?;
        }
        // A restricted community's address answers a non-member as if it did not exist.
        Posted::Hidden => return Ok(NO_SUCH_ADDRESS),
        Posted::No(refusal, path) => {
            record(&backend.db, log("refused", refusal.code(), None)).await?;
            let a = Answer {
                to: &person,
                refusal: &refusal,
                address: &to,
                subject: &mail.subject,
                their_text: &mail.body,
                path: &path,
                in_reply_to: mail.message_id.as_deref(),
                now: now_ms(),
            };
            answer::queue_answer(backend, a).await?;
        }
    }
    Ok(Verdict::Taken)
}

/// A mail to a shared inbox: from anyone, inside the bank or outside.
async fn into_inbox(
    backend: &Backend,
    community: i64,
    to: &str,
    mail: &InboundMail,
) -> ServiceResult<Verdict> {
    let user = sender(&backend.db, &mail.from).await?.map(|(r, _)| r.id);
    let log = |outcome, reason| Record {
        sender: &mail.from,
        to,
        message_id: mail.message_id.as_deref(),
        user,
        outcome,
        reason,
        item: None,
    };
    if mail.ignore {
        record(&backend.db, log("ignored", "automatic")).await?;
        return Ok(Verdict::Taken);
    }
    match crate::server::inbox::take::take(backend, community, mail).await? {
        crate::server::inbox::take::Taken::Into(_) => {
            record(&backend.db, log("posted", "inbox")).await?;
            Ok(Verdict::Taken)
        }
        crate::server::inbox::take::Taken::ClientName => {
            record(&backend.db, log("refused", "client_name")).await?;
            Ok(NAMES_A_CLIENT)
        }
    }
}

/// What became of the text.
enum Posted {
    Yes(i64),
    /// Refused, and where it was meant to go (a path on the site).
    No(Refusal, String),
    /// A place the sender may not know of.
    Hidden,
}

/// Where a reply to a notice about `item` goes: a forum reply on its topic, or a comment.
async fn reply_place(db: &Db, item: i64) -> ServiceResult<Option<(bool, i64)>> {
    let row: Option<(String, Option<i64>, Option<i64>)> =
        sqlx::query_as("SELECT kind, parent_id, thread_id FROM content WHERE id = $1")
            .bind(item)
            .fetch_optional(&db.pool)
            .await
            .context("finding what a mail answers")?;
    let Some((kind, parent, thread)) = row else {
        return Ok(None);
    };
    Ok(match ContentKind::parse(&kind) {
        Some(ContentKind::Topic) => Some((true, item)),
        Some(ContentKind::Reply) => thread.or(parent).map(|t| (true, t)),
        Some(ContentKind::Comment) => parent.map(|p| (false, p)),
        Some(_) => Some((false, item)),
        None => None,
    })
}

async fn reply(
    backend: &Backend,
    ctx: &RequestCtx,
    target: ReplyTarget,
    mail: &InboundMail,
) -> ServiceResult<Posted> {
    let shown = shown_one(
        &backend.db,
        ContentFilter::VisibleTo(target.person),
        target.notification,
    )
    .await?;
    let Some(item) = shown.and_then(|n| n.content_id) else {
        return Ok(Posted::No(Refusal::Gone, "/notifications".to_owned()));
    };
    let Some((topic, parent)) = reply_place(&backend.db, item).await? else {
        return Ok(Posted::No(Refusal::Gone, "/notifications".to_owned()));
    };
    let path = format!("/posts/{parent}");
    let community = community_of(&backend.db, parent).await?;
    let body = match with_files(backend, ctx, community.as_deref(), mail, "").await? {
        Ok(body) => body,
        Err(refusal) => return Ok(Posted::No(refusal, path)),
    };
    let lang = language(&body);
    let done = if topic {
        writing::create_reply(backend, ctx, parent, &body, &lang).await
    } else {
        writing::create_comment(backend, ctx, parent, &body, &lang).await
    };
    settle(backend, ctx, done.map(|s| s.id), path).await
}

async fn post(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    blog: bool,
    mail: &InboundMail,
) -> ServiceResult<Posted> {
    let path = format!("/c/{slug}");
    if mail.subject.trim().is_empty() {
        return Ok(Posted::No(Refusal::NoTitle, path));
    }
    let body = match with_files(backend, ctx, Some(slug), mail, &mail.subject).await? {
        Ok(body) => body,
        Err(Refusal::Gone) => return Ok(Posted::Hidden),
        Err(refusal) => return Ok(Posted::No(refusal, path)),
    };
    let lang = language(&format!("{}\n{body}", mail.subject));
    let new = NewPost {
        community_slug: Some(slug),
        title: &mail.subject,
        body: &body,
        lang: &lang,
        tags: &[],
        published: true,
        question: None,
    };
    let done = if blog {
        writing::create_blog_post(backend, ctx, new).await
    } else {
        writing::create_topic(backend, ctx, new).await
    };
    match settle(backend, ctx, done.map(|s| s.id), path).await? {
        Posted::No(Refusal::Gone, _) => Ok(Posted::Hidden),
        other => Ok(other),
    }
}

/// The slug of the community an item is in.
async fn community_of(db: &Db, item: i64) -> ServiceResult<Option<String>> {
    let slug: Option<Option<String>> = sqlx::query_scalar(
        "SELECT k.slug FROM content c LEFT JOIN communities k ON k.id = c.community_id WHERE c.id = $1",
    )
    .bind(item)
    .fetch_optional(&db.pool)
    .await
    .context("finding an item's community")?;
    Ok(slug.flatten())
}

/// The language of a mail's text, as far as it can be told.
fn language(text: &str) -> String {
    crate::server::language::detect::detect(text).lang
}

/// The body with a link to each attachment, kept as a file of the community (or of the
/// sender, outside communities). The whole text, with the files' names, passes the guard
/// first, so a refused mail leaves no files behind.
async fn with_files(
    backend: &Backend,
    ctx: &RequestCtx,
    community: Option<&str>,
    mail: &InboundMail,
    title: &str,
) -> ServiceResult<Result<String, Refusal>> {
    if mail.body.trim().is_empty() && mail.attachments.is_empty() {
        return Ok(Err(Refusal::Empty));
    }
    let names: Vec<&str> = mail.attachments.iter().map(|a| a.name.as_str()).collect();
    let whole = format!("{title}\n{}\n{}", mail.body, names.join("\n"));
    let found =
        match crate::server::guard::screen::check(backend, ctx, &whole, community, None).await {
            Ok(found) => found,
            Err(ServiceError::Caller(AppError::NotFound)) => return Ok(Err(Refusal::Gone)),
            Err(e) => return Err(e),
        };
    if !found.matches.is_empty() {
        let mut names: Vec<String> = found.matches.into_iter().map(|m| m.name).collect();
        names.dedup();
        return Ok(Err(Refusal::ClientName(names)));
    }
    let mut body = mail.body.clone();
    let mut kept = Vec::new();
    for a in &mail.attachments {
        match keep_file(backend, ctx, community, a).await {
            Ok(link) => kept.push(link),
            Err(ServiceError::Caller(_)) => {
                for (id, _) in &kept {
                    let _ = files::delete(backend, ctx, *id).await;
                }
                return Ok(Err(Refusal::File(a.name.clone())));
            }
            Err(e) => return Err(e),
        }
    }
    if !kept.is_empty() {
        body.push_str("\n\n");
        for (_, link) in &kept {
            body.push_str(&format!("- {link}\n"));
        }
    }
    Ok(Ok(body.trim().to_owned()))
}

/// Keeps one attachment; its id and a Markdown link to it.
async fn keep_file(
    backend: &Backend,
    ctx: &RequestCtx,
    community: Option<&str>,
    a: &super::parse::InboundAttachment,
) -> ServiceResult<(i64, String)> {
    let target = files::UploadTarget {
        community_slug: community.map(str::to_owned),
        folder_id: None,
        replace_id: None,
        description: String::new(),
        lang: String::new(),
        tags: Vec::new(),
    };
    // Mail attachments are often named alike (`image001.png`): a taken name gets a number.
    let mut attempt = 1;
    loop {
        let name = numbered(&a.name, attempt);
        let plan = files::prepare_upload(backend, ctx, target.clone()).await?;
        let mut incoming = backend.files.begin(plan.limit).await?;
        incoming.write(&a.data).await?;
        match files::finish_upload(backend, ctx, plan, incoming, &name).await {
            Ok(up) => {
                let label = name.replace(['[', ']'], "");
                return Ok((up.id, format!("[{label}]({})", up.download_path)));
            }
            Err(ServiceError::Caller(AppError::ValidationFailed { fields }))
                if attempt < 50 && fields.iter().any(|f| f.code == "taken") =>
            {
                attempt += 1;
            }
            Err(e) => return Err(e),
        }
    }
}

/// `name`, or from the second try on `name (2).ext`.
fn numbered(name: &str, attempt: u32) -> String {
    if attempt == 1 {
        return name.to_owned();
    }
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => format!("{stem} ({attempt}).{ext}"),
        _ => format!("{name} ({attempt})"),
    }
}

/// A service's answer as what became of the text.
async fn settle(
    _backend: &Backend,
    _ctx: &RequestCtx,
    done: ServiceResult<i64>,
    path: String,
) -> ServiceResult<Posted> {
    let refusal = match done {
        Ok(id) => return Ok(Posted::Yes(id)),
        Err(ServiceError::Caller(e)) => match e {
            AppError::ClientName { matches } => {
                let mut names: Vec<String> = matches.into_iter().map(|m| m.name).collect();
                names.dedup();
                Refusal::ClientName(names)
            }
            AppError::HeldForReview { .. } => Refusal::Held,
            AppError::NotFound => Refusal::Gone,
            AppError::Locked => Refusal::Locked,
            AppError::Forbidden | AppError::CommunityArchived => Refusal::NotAllowed,
            AppError::ValidationFailed { fields } => {
                if fields.iter().any(|f| f.code == "too_long") {
                    Refusal::TooLong
                } else if fields.iter().any(|f| f.code == "required") {
                    Refusal::Empty
                } else {
                    Refusal::Other
                }
            }
            _ => Refusal::Other,
        },
        Err(e) => return Err(e),
    };
    Ok(Posted::No(refusal, path))
}
