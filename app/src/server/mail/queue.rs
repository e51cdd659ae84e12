//! SQL for the mail queue (`mail_queue`): writing a mail once under its key, taking the due
//! ones, recording each try, and the send log. Several nodes may send from one queue: a node
//! takes a mail by moving its next try into the future (a lease) before sending it, so two
//! never send the same mail; a node that dies while sending leaves it to be tried again when
//! the lease ends.

use crate::model::ids::UserId;
use crate::model::mail::{MailKind, MailStatus, SentMail};
use crate::server::db::Db;
use crate::server::fault::{Context, ServiceResult};

/// How long a node has to send a mail it took before another may try it.
pub const LEASE_MS: i64 = 5 * 60 * 1000;

/// A mail to queue.
#[derive(Debug, Clone)]
pub struct NewMail {
    /// The person it is for; `None` for an inbox's reply to someone outside the intranet.
    pub recipient: Option<UserId>,
    pub kind: MailKind,
    /// What the mail is (`notice:42`, `digest:daily:2026-12-03:7`): it is queued once.
    pub dedupe_key: String,
    pub notification: Option<i64>,
    /// The restricted communities it counts items of.
    pub scope: Vec<i64>,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub message_id: String,
    pub now: i64,
    /// Why it is not to be sent after all: it is recorded as dropped, so what it was about is
    /// not looked at again.
    pub skip: Option<&'static str>,
    /// The message an answer answers (threaded under it in the reader's mail client).
    pub in_reply_to: Option<String>,
    /// The conversation's message ids, space-separated (`References`).
    pub references: Option<String>,
    /// Another sender than the intranet's (an inbox's functional address).
    pub from: Option<String>,
}

/// A mail due to be sent.
#[derive(Debug, Clone)]
pub struct QueuedMail {
    pub id: i64,
    pub recipient: Option<UserId>,
    pub kind: MailKind,
    pub dedupe_key: String,
    pub notification: Option<i64>,
    pub scope: Vec<i64>,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub message_id: String,
    pub attempts: i64,
    pub created_at: i64,
    pub in_reply_to: Option<String>,
    pub references: Option<String>,
    pub from: Option<String>,
}

fn scope_text(scope: &[i64]) -> String {
    scope
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

fn scope_of(text: &str) -> Vec<i64> {
    text.split(',').filter_map(|s| s.parse().ok()).collect()
}

/// Queues a mail unless one with its key was queued before; whether it was new.
pub async fn insert(db: &Db, m: &NewMail) -> ServiceResult<bool> {
    let mut conn = db.pool.acquire().await.context("queueing a mail")?;
    insert_in(&mut conn, m).await
}

/// [`insert`] inside the caller's transaction, so a mail is queued with what it records.
pub async fn insert_in(conn: &mut sqlx::AnyConnection, m: &NewMail) -> ServiceResult<bool> {
    let done = sqlx::query(
        "INSERT INTO mail_queue (recipient_id, kind, dedupe_key, notification_id, scope, to_addr, \
         subject, body_text, body_html, message_id, next_attempt_at, created_at, status, last_error, \
         in_reply_to, references_ids, from_addr) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12, $13, $14, $15, $16) \
         ON CONFLICT DO NOTHING",
    )
    .bind(m.recipient.map(|r| r.0))
    .bind(m.kind.as_str())
    .bind(&m.dedupe_key)
    .bind(m.notification)
    .bind(scope_text(&m.scope))
    .bind(&m.to)
    .bind(&m.subject)
    .bind(&m.text)
    .bind(&m.html)
    .bind(&m.message_id)
    .bind(m.now)
    .bind(if m.skip.is_some() { "dropped" } else { "queued" })
    .bind(m.skip)
    .bind(&m.in_reply_to)
    .bind(&m.references)
    .bind(&m.from)
    .execute(&mut *conn)
    .await
    .context("queueing a mail")?;
    Ok(done.rows_affected() == 1)
}

type Row = (
    i64,
    Option<i64>,
    String,
    String,
    Option<i64>,
    String,
    String,
    String,
    String,
    String,
    String,
    i64,
    i64,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// Up to `limit` mails whose time has come, oldest first.
pub async fn due(db: &Db, now: i64, limit: i64) -> ServiceResult<Vec<QueuedMail>> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, recipient_id, kind, dedupe_key, notification_id, scope, to_addr, subject, \
         body_text, body_html, message_id, attempts, created_at, in_reply_to, references_ids, from_addr \
         FROM mail_queue \
         WHERE status = 'queued' AND next_attempt_at <= $1 ORDER BY next_attempt_at, id LIMIT $2",
    )
    .bind(now)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
    .context("finding mail to send")?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let (
                id,
                recipient,
                kind,
                key,
                notification,
                scope,
                to,
                subject,
                text,
                html,
                mid,
                attempts,
                created,
                in_reply_to,
                references,
                from,
            ) = r;
            Some(QueuedMail {
                id,
                recipient: recipient.map(UserId),
                kind: MailKind::parse(&kind)?,
                dedupe_key: key,
                notification,
                scope: scope_of(&scope),
                to,
                subject,
                text,
                html,
                message_id: mid,
                attempts,
                created_at: created,
                in_reply_to,
                references,
                from,
            })
        })
        .collect())
}

/// Takes a due mail for this node: false when another node took it first.
pub async fn take(db: &Db, id: i64, now: i64) -> ServiceResult<bool> {
    let done = sqlx::query(
        "UPDATE mail_queue SET next_attempt_at = $3 \
         WHERE id = $1 AND status = 'queued' AND next_attempt_at <= $2",
    )
    .bind(id)
    .bind(now)
    .bind(now + LEASE_MS)
    .execute(&db.pool)
    .await
    .context("taking a mail to send")?;
    Ok(done.rows_affected() == 1)
}

/// Records a try that reached the mail server.
pub async fn sent(db: &Db, id: i64, now: i64) -> ServiceResult<()> {
    sqlx::query(
        "UPDATE mail_queue SET status = 'sent', sent_at = $2, attempts = attempts + 1, \
         last_error = NULL WHERE id = $1",
    )
    .bind(id)
    .bind(now)
    .execute(&db.pool)
    .await
    .context("recording a sent mail")?;
    Ok(())
}

/// Records a failed try: the mail waits until `next`, or is given up (`next` is `None`).
pub async fn failed(db: &Db, id: i64, next: Option<i64>, error: &str) -> ServiceResult<()> {
    let error: String = error.chars().take(500).collect();
    let status = if next.is_some() { "queued" } else { "failed" };
    sqlx::query(
        "UPDATE mail_queue SET status = $2, attempts = attempts + 1, next_attempt_at = $3, \
         last_error = $4 WHERE id = $1",
    )
    .bind(id)
    .bind(status)
    .bind(next.unwrap_or(0))
    .bind(error)
    .execute(&db.pool)
    .await
    .context("recording a failed mail")?;
    Ok(())
}

/// Records that a mail is not sent, and why.
pub async fn dropped(db: &Db, id: i64, why: &str) -> ServiceResult<()> {
    sqlx::query("UPDATE mail_queue SET status = 'dropped', last_error = $2 WHERE id = $1")
        .bind(id)
        .bind(why)
        .execute(&db.pool)
        .await
        .context("dropping a mail")?;
    Ok(())
}

/// Replaces what a queued mail says (a digest written again after its reader lost sight of
/// a community it counted).
pub async fn rewrite(
    db: &Db,
    id: i64,
    subject: &str,
    text: &str,
    html: &str,
    scope: &[i64],
) -> ServiceResult<()> {
    sqlx::query(
        "UPDATE mail_queue SET subject = $2, body_text = $3, body_html = $4, scope = $5 WHERE id = $1",
    )
    .bind(id)
    .bind(subject)
    .bind(text)
    .bind(html)
    .bind(scope_text(scope))
    .execute(&db.pool)
    .await
    .context("rewriting a mail")?;
    Ok(())
}

type LogRow = (i64, String, String, String, i64, i64, Option<i64>);

/// A person's latest mails, newest first.
pub async fn log(db: &Db, user: UserId, limit: i64) -> ServiceResult<Vec<SentMail>> {
    let rows: Vec<LogRow> = sqlx::query_as(
        "SELECT id, kind, subject, status, attempts, created_at, sent_at FROM mail_queue \
         WHERE recipient_id = $1 ORDER BY id DESC LIMIT $2",
    )
    .bind(user.0)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
    .context("reading the send log")?;
    Ok(rows
        .into_iter()
        .filter_map(
            |(id, kind, subject, status, attempts, created_at, sent_at)| {
                Some(SentMail {
                    id,
                    kind: MailKind::parse(&kind)?,
                    subject,
                    status: MailStatus::parse(&status)?,
                    attempts,
                    created_at,
                    sent_at,
                })
            },
        )
        .collect())
}

/// Mails waiting, sent in the last day, and given up in the last day.
pub async fn counts(db: &Db, now: i64) -> ServiceResult<(i64, i64, i64)> {
    let day = now - 24 * 3600 * 1000;
    let row: (i64, i64, i64) = sqlx::query_as(
        "SELECT \
         (SELECT COUNT(*) FROM mail_queue WHERE status = 'queued'), \
         (SELECT COUNT(*) FROM mail_queue WHERE status = 'sent' AND sent_at >= $1), \
         (SELECT COUNT(*) FROM mail_queue WHERE status = 'failed' AND created_at >= $1)",
    )
    .bind(day)
    .fetch_one(&db.pool)
    .await
    .context("counting mail")?;
    Ok(row)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scope_reads_back_as_written() {
        assert_eq!(scope_of(&scope_text(&[3, 17])), vec![3, 17]);
        assert!(scope_of(&scope_text(&[])).is_empty());
    }
}
