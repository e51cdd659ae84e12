//! The task that sends: it queues the notices of people who want mail at once, builds the
//! digests whose period has ended, and hands due mails to the SMTP server one by one.
//!
//! Before a mail goes, who may see is checked again: a notice is written anew from the
//! notification as its recipient may see it now (not at all: the mail is dropped); a digest
//! that counted a restricted community its reader has left is written again without it; and
//! nobody who chose no mail since, or whose account was disabled, gets one.
//!
//! A mail the server does not take is tried again later and later (5 s, 30 s, 2 min, 10 min,
//! 30 min, then hourly) and given up after two days, or at once when the server refuses it
//! for good (a 5xx answer). Its `Message-ID` is the same on every try.

use std::time::Duration;

use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::model::ids::UserId;
use crate::model::mail::{MailKind, MailMode};
use crate::server::clock::now_ms;
use crate::server::ctx::Backend;
use crate::server::fault::{Context, ServiceResult};

use super::compose::Letter;
use super::notice::{recipient, unsubscribe_link};
use super::queue::{self, QueuedMail};
use super::{digest, notice, prefs};

/// The SMTP transport, built from `GEMENSKAP_SMTP_URL`.
pub type Transport = AsyncSmtpTransport<Tokio1Executor>;

/// Mails sent per pass.
const PER_PASS: i64 = 100;
/// How long a mail is tried before it is given up.
const GIVE_UP_MS: i64 = 48 * 3600 * 1000;
/// How often the digest builder looks for a period that has ended.
const DIGEST_CHECK: Duration = Duration::from_secs(60);

/// Why `GEMENSKAP_SMTP_URL` (or the CA file beside it) cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum SmtpUrlError {
    #[error("GEMENSKAP_SMTP_URL must start with smtp:// or smtps://")]
    Scheme,
    #[error("GEMENSKAP_SMTP_URL has no host")]
    Host,
    #[error("the port in GEMENSKAP_SMTP_URL is not a number")]
    Port,
    #[error("GEMENSKAP_SMTP_URL may end only in ?tls=required (STARTTLS), after smtp://")]
    Query,
    #[error("GEMENSKAP_SMTP_CA_FILE cannot be read as a PEM certificate: {0}")]
    Ca(String),
    #[error("TLS to the mail server cannot be set up: {0}")]
    Tls(String),
}

/// How the connection to the mail server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Security {
    /// Plain SMTP, for a relay on the same host or network segment.
    Plain,
    /// STARTTLS, demanded: a server that does not offer it gets no mail.
    StartTls,
    /// TLS from the first byte (`smtps://`).
    Wrapper,
}

/// The transport for `GEMENSKAP_SMTP_URL`: `smtp://[user:password@]host[:port]` (plain SMTP,
/// port 25), the same ending in `?tls=required` (STARTTLS demanded, port 587), or
/// `smtps://…` (TLS from the first byte, port 465). Over TLS the server's certificate must be
/// valid for its host name and signed by a root the system trusts or by the one in
/// `ca_file` (a PEM file: the bank's own certificate authority).
pub fn transport(url: &str, ca_file: Option<&str>) -> Result<Transport, SmtpUrlError> {
    let (security, rest) = if let Some(rest) = url.strip_prefix("smtps://") {
        (Security::Wrapper, rest)
    } else if let Some(rest) = url.strip_prefix("smtp://") {
        (Security::Plain, rest)
    } else {
        return Err(SmtpUrlError::Scheme);
    };
    // The login first: a password may hold a `?`.
    let (login, address) = match rest.rsplit_once('@') {
        Some((login, address)) => (Some(login), address),
        None => (None, rest),
    };
    let (address, query) = address.split_once('?').unwrap_or((address, ""));
    let security = match (security, query) {
        (any, "") => any,
        (Security::Plain, "tls=required") => Security::StartTls,
        _ => return Err(SmtpUrlError::Query),
    };
    let address = address.trim_end_matches('/');
    let default_port = match security {
        Security::Plain => 25,
        Security::StartTls => 587,
        Security::Wrapper => 465,
    };
    let (host, port) = match address.rsplit_once(':') {
        Some((host, port)) => (host, port.parse::<u16>().map_err(|_| SmtpUrlError::Port)?),
        None => (address, default_port),
    };
    if host.is_empty() {
        return Err(SmtpUrlError::Host);
    }
    let mut builder = Transport::builder_dangerous(host)
        .port(port)
        .timeout(Some(Duration::from_secs(30)));
    if security != Security::Plain {
        let tls = tls_parameters(host, ca_file)?;
        builder = builder.tls(if security == Security::Wrapper {
            Tls::Wrapper(tls)
        } else {
            Tls::Required(tls)
        });
    }
    if let Some((user, password)) = login.and_then(|l| l.split_once(':')) {
        builder = builder.credentials(Credentials::new(user.to_owned(), password.to_owned()));
    }
    Ok(builder.build())
}

/// The certificate check for `host`: the system's roots, and the bank's own when given.
fn tls_parameters(host: &str, ca_file: Option<&str>) -> Result<TlsParameters, SmtpUrlError> {
    let mut tls = TlsParameters::builder(host.to_owned());
    if let Some(path) = ca_file {
        let pem = std::fs::read(path).map_err(|e| SmtpUrlError::Ca(format!("{path}: {e}")))?;
        // An empty or foreign file would otherwise leave the system's roots alone, quietly.
        if !pem.windows(27).any(|w| w == b"-----BEGIN CERTIFICATE-----") {
            return Err(SmtpUrlError::Ca(format!("{path}: no certificate in it")));
        }
        let cert =
            Certificate::from_pem(&pem).map_err(|e| SmtpUrlError::Ca(format!("{path}: {e}")))?;
        tls = tls.add_root_certificate(cert);
    }
    tls.build().map_err(|e| SmtpUrlError::Tls(e.to_string()))
}

/// When a mail that failed `attempts` times (this one included) is tried next.
pub fn next_try(attempts: i64, created_at: i64, now: i64) -> Option<i64> {
    const STEPS: [i64; 5] = [5_000, 30_000, 120_000, 600_000, 1_800_000];
    let wait = STEPS
        .get((attempts.max(1) - 1) as usize)
        .copied()
        .unwrap_or(3_600_000);
    (now + wait - created_at <= GIVE_UP_MS).then_some(now + wait)
}

/// What to do with a due mail once who may see has been checked again.
enum Decision {
    /// The letter to send, and its headers.
    Send(Letter, Headers),
    Drop(&'static str),
}

/// Whether the restricted communities a digest counted are all still readable by its reader.
async fn scope_still_readable(
    backend: &Backend,
    user: UserId,
    scope: &[i64],
) -> ServiceResult<bool> {
    if scope.is_empty() {
        return Ok(true);
    }
    let marks: Vec<String> = (0..scope.len()).map(|i| format!("${}", i + 2)).collect();
    let readable = crate::server::visibility::community_readable_by("k", "$1");
    let sql = format!(
        "SELECT COUNT(*) FROM communities k WHERE k.id IN ({}) AND {readable}",
        marks.join(", ")
    );
    let mut q = sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql)).bind(user.0);
    for id in scope {
        q = q.bind(*id);
    }
    let n = q
        .fetch_one(&backend.db.pool)
        .await
        .context("checking a digest's communities")?;
    Ok(n == scope.len() as i64)
}

/// The headers a mail carries beyond the usual ones.
#[derive(Default)]
struct Headers {
    /// The one-click unsubscribe address (notices and digests).
    unsubscribe: Option<String>,
    /// Where an answer by mail goes (a notice's signed reply address).
    reply_to: Option<String>,
}

async fn decide(backend: &Backend, mail: &QueuedMail) -> ServiceResult<Decision> {
    let stored = Letter {
        subject: mail.subject.clone(),
        text: mail.text.clone(),
        html: mail.html.clone(),
    };
    // A team's reply from its shared inbox goes as its member wrote it, to whoever wrote in.
    if mail.kind == MailKind::Inbox {
        return Ok(Decision::Send(stored, Headers::default()));
    }
    let Some(person) = mail.recipient else {
        return Ok(Decision::Drop("no recipient"));
    };
    let Some(to) = recipient(&backend.db, person).await? else {
        return Ok(Decision::Drop("account disabled"));
    };
    // An answer to a person's own mail goes even to someone who chose no mail.
    if mail.kind == MailKind::Answer {
        return Ok(Decision::Send(stored, Headers::default()));
    }
    // A notice goes only if its kind is still wanted at once (the person may have changed
    // their choice, or unsubscribed, since it was queued); anything else unless they chose
    // no mail.
    let unwanted = match (mail.kind, mail.notification) {
        (MailKind::Notice, Some(id)) => !prefs::wants_at_once(&backend.db, id).await?,
        _ => prefs::mode_of(&backend.db, person).await? == MailMode::Never,
    };
    if unwanted {
        return Ok(Decision::Drop("unsubscribed"));
    }
    let unsubscribe = unsubscribe_link(backend, person).await?;
    // The letter as things stand, its scope, and whether it can be answered by mail.
    let fresh = match (mail.kind, mail.notification) {
        (MailKind::Notice, Some(id)) => notice::letter(backend, &to, id, &unsubscribe)
            .await?
            .map(|m| (m.letter, m.scope, m.answerable)),
        (MailKind::Digest, _) => {
            if scope_still_readable(backend, person, &mail.scope).await? {
                let headers = Headers {
                    unsubscribe: Some(unsubscribe),
                    reply_to: None,
                };
                return Ok(Decision::Send(stored, headers));
            }
            match digest::parse_key(&mail.dedupe_key) {
                Some((period, _)) => digest::letter(backend, &to, &period, &unsubscribe)
                    .await?
                    .map(|(letter, scope)| (letter, scope, false)),
                None => None,
            }
        }
        (MailKind::Notice, None) | (MailKind::Answer | MailKind::Inbox, _) => None,
    };
    let Some((letter, scope, answerable)) = fresh else {
        return Ok(Decision::Drop("no longer visible"));
    };
    if letter != stored {
        queue::rewrite(
            &backend.db,
            mail.id,
            &letter.subject,
            &letter.text,
            &letter.html,
            &scope,
        )
        .await?;
    }
    let reply_to = match (mail.kind, mail.notification) {
        (MailKind::Notice, Some(id)) if answerable => reply_to(backend, id, person).await?,
        _ => None,
    };
    let headers = Headers {
        unsubscribe: Some(unsubscribe),
        reply_to,
    };
    Ok(Decision::Send(letter, headers))
}

/// An answerable notice's signed reply address (see `compose::answerable`).
async fn reply_to(
    backend: &Backend,
    notification: i64,
    person: UserId,
) -> ServiceResult<Option<String>> {
    let key = super::reply_address::key(&backend.db).await?;
    let target = super::reply_address::ReplyTarget {
        notification,
        person,
    };
    Ok(backend
        .mail
        .address(&super::reply_address::local_part(&key, target)))
}

/// Why a mail could not be built for sending (an address that is not one).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct BuildError(String);

fn message(
    backend: &Backend,
    mail: &QueuedMail,
    letter: &Letter,
    headers: &Headers,
) -> Result<Message, BuildError> {
    let from: Mailbox = mail
        .from
        .as_deref()
        .unwrap_or(&backend.mail.from)
        .parse()
        .map_err(|e| BuildError(format!("sender address: {e}")))?;
    let to: Mailbox = mail
        .to
        .parse()
        .map_err(|e| BuildError(format!("recipient address: {e}")))?;
    let mut builder = Message::builder()
        .from(from)
        .to(to)
        .subject(letter.subject.clone())
        .message_id(Some(mail.message_id.clone()));
    if let Some(unsubscribe) = &headers.unsubscribe {
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{unsubscribe}>"),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".to_owned(),
            ));
    }
    if let Some(reply_to) = &headers.reply_to {
        let mailbox: Mailbox = reply_to
            .parse()
            .map_err(|e| BuildError(format!("reply address: {e}")))?;
        builder = builder.reply_to(mailbox);
    }
    // An answer, and an inbox's reply, are threaded under the mail they answer.
    if let Some(parent) = &mail.in_reply_to {
        builder = builder
            .in_reply_to(parent.clone())
            .references(mail.references.clone().unwrap_or_else(|| parent.clone()));
    }
    // Automatic replies (out of office) are not sent back to a machine (RFC 3834); a team's
    // reply from its inbox is a person's and is not marked.
    let auto = match mail.kind {
        MailKind::Answer => Some("auto-replied"),
        MailKind::Inbox => None,
        MailKind::Notice | MailKind::Digest => Some("auto-generated"),
    };
    if let Some(auto) = auto {
        builder = builder.raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("Auto-Submitted"),
            auto.to_owned(),
        ));
    }
    builder
        .multipart(MultiPart::alternative_plain_html(
            letter.text.clone(),
            letter.html.clone(),
        ))
        .map_err(|e| BuildError(e.to_string()))
}

/// What became of one try.
enum Outcome {
    Sent,
    Dropped,
    /// The server was not reached or did not take the mail for now: stop this pass.
    Later,
    /// Refused for good, or not a mail that can be built.
    GivenUp,
}

async fn send_one(
    backend: &Backend,
    transport: &Transport,
    mail: &QueuedMail,
) -> ServiceResult<Outcome> {
    let now = now_ms();
    let (letter, headers) = match decide(backend, mail).await? {
        Decision::Drop(why) => {
            queue::dropped(&backend.db, mail.id, why).await?;
            return Ok(Outcome::Dropped);
        }
        Decision::Send(letter, headers) => (letter, headers),
    };
    let built = match message(backend, mail, &letter, &headers) {
        Ok(m) => m,
        Err(e) => {
            queue::failed(&backend.db, mail.id, None, &e.to_string()).await?;
            return Ok(Outcome::GivenUp);
        }
    };
    match transport.send(built).await {
        Ok(_) => {
            queue::sent(&backend.db, mail.id, now_ms()).await?;
            Ok(Outcome::Sent)
        }
        Err(e) if e.is_permanent() => {
            queue::failed(&backend.db, mail.id, None, &e.to_string()).await?;
            Ok(Outcome::GivenUp)
        }
        Err(e) => {
            let next = next_try(mail.attempts + 1, mail.created_at, now);
            queue::failed(&backend.db, mail.id, next, &e.to_string()).await?;
            Ok(if next.is_some() {
                Outcome::Later
            } else {
                Outcome::GivenUp
            })
        }
    }
}

/// Sends the mails that are due; how many went.
pub async fn send_due(backend: &Backend, transport: &Transport) -> ServiceResult<usize> {
    let now = now_ms();
    let mut sent = 0;
    for mail in queue::due(&backend.db, now, PER_PASS).await? {
        if !queue::take(&backend.db, mail.id, now).await? {
            continue;
        }
        match send_one(backend, transport, &mail).await? {
            Outcome::Sent => sent += 1,
            Outcome::Dropped | Outcome::GivenUp => {}
            // The rest would meet the same closed door; they keep their turn.
            Outcome::Later => break,
        }
    }
    Ok(sent)
}

/// Starts the sending and the digest tasks when mail is configured; logs why not otherwise.
pub fn spawn(backend: Backend) -> Result<(), SmtpUrlError> {
    let Some(url) = backend.mail.smtp_url.clone() else {
        tracing::info!("mail is off: GEMENSKAP_SMTP_URL is not set");
        return Ok(());
    };
    let transport = transport(&url, backend.mail.smtp_ca_file.as_deref())?;
    let has_ca = backend.mail.smtp_ca_file.is_some();
    if url.starts_with("smtp://") && !url.contains("tls=required") && url.contains('@') {
        tracing::warn!(
            "GEMENSKAP_SMTP_URL sends a password over plain SMTP; add ?tls=required (STARTTLS) \
             or use smtps:// unless the relay is on this host"
        );
    }
    if has_ca && !url.starts_with("smtps://") && !url.contains("tls=required") {
        tracing::warn!("GEMENSKAP_SMTP_CA_FILE is set but GEMENSKAP_SMTP_URL uses no TLS");
    }
    let poll = Duration::from_millis(backend.mail.poll_ms.max(100));
    let sender = backend.clone();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(poll);
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            every.tick().await;
            // Faults are logged with their reference where they became an AppError.
            let _ = notice::queue_new(&sender, now_ms()).await;
            if send_due(&sender, &transport).await.is_err() {
                tracing::warn!("sending mail failed; it is tried again");
            }
        }
    });
    tokio::spawn(async move {
        let mut every = tokio::time::interval(DIGEST_CHECK);
        loop {
            every.tick().await;
            match digest::run_due(&backend, now_ms()).await {
                Ok(n) if n > 0 => tracing::info!("queued {n} digests"),
                Ok(_) => {}
                Err(_) => tracing::warn!("building digests failed; it is tried again in a minute"),
            }
        }
    });
    tracing::info!("mail goes out through {}", super::without_password(&url));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_wait_longer_and_longer_and_stop_after_two_days() {
        let t0 = 1_000_000;
        assert_eq!(next_try(1, t0, t0), Some(t0 + 5_000));
        assert_eq!(next_try(2, t0, t0 + 5_000), Some(t0 + 35_000));
        assert_eq!(next_try(9, t0, t0 + 10_000_000), Some(t0 + 13_600_000));
        assert_eq!(next_try(60, t0, t0 + GIVE_UP_MS), None);
    }

    #[tokio::test]
    async fn smtp_addresses_plain_starttls_or_tls_with_a_host_are_taken() {
        assert!(transport("smtp://127.0.0.1:2525", None).is_ok());
        assert!(transport("smtp://relay:secret@mail.bank.example", None).is_ok());
        assert!(transport("smtp://mail.bank.example?tls=required", None).is_ok());
        assert!(transport("smtps://relay:secret@mail.bank.example", None).is_ok());
        assert!(transport("smtp://relay:pa?ss@mail.bank.example?tls=required", None).is_ok());
        assert!(matches!(
            transport("imap://mail.bank.example", None),
            Err(SmtpUrlError::Scheme)
        ));
        assert!(matches!(
            transport("smtp://mail.bank.example?tls=opportunistic", None),
            Err(SmtpUrlError::Query)
        ));
        assert!(matches!(
            transport("smtp://:25", None),
            Err(SmtpUrlError::Host)
        ));
        assert!(matches!(
            transport("smtp://mail:x25", None),
            Err(SmtpUrlError::Port)
        ));
        assert!(matches!(
            transport("smtps://mail.bank.example", Some("/nonexistent/ca.pem")),
            Err(SmtpUrlError::Ca(_))
        ));
        let empty = std::env::temp_dir().join(format!("no-ca-{}.pem", std::process::id()));
        std::fs::write(&empty, "not a certificate\n").unwrap();
        assert!(matches!(
            transport("smtps://mail.bank.example", empty.to_str()),
            Err(SmtpUrlError::Ca(_))
        ));
        let _ = std::fs::remove_file(&empty);
    }
}
