//! Immediate mail: for people who chose `immediate`, a mail for each new notification they
//! may see, queued once (key `notice:<notification>`), written in their interface language.
//! A notification about a restricted community becomes the mail that says only that
//! something waits in a community they belong to.

use rand::RngCore;

use crate::i18n::I18n;
use crate::model::content::Notification;
use crate::model::ids::UserId;
use crate::model::mail::MailKind;
use crate::server::ctx::Backend;
use crate::server::db::Db;
use crate::server::fault::{Context, ServiceResult};
use crate::server::notification::repo::shown_one;
use crate::server::policy::ContentFilter;

use super::compose::{self, Letter};
use super::queue::{self, NewMail};

/// Notifications older than this are not mailed one by one (the server was off, or mail
/// was just turned on): the digest is the place for them.
const NOTICE_MAX_AGE_MS: i64 = 24 * 3600 * 1000;
/// How many notifications one pass looks at.
const BATCH: i64 = 200;

/// Who a mail goes to: their address, interface language and name.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub id: UserId,
    pub email: String,
    pub lang: String,
    pub name: String,
}

/// The recipient, if their account is active.
pub async fn recipient(db: &Db, user: UserId) -> ServiceResult<Option<Recipient>> {
    let row: Option<(String, String, String)> = sqlx::query_as(
        "SELECT u.email, p.ui_language, p.display_name FROM users u \
         JOIN profiles p ON p.user_id = u.id WHERE u.id = $1 AND u.disabled_at IS NULL",
    )
    .bind(user.0)
    .fetch_optional(&db.pool)
    .await
    .context("reading whom a mail is for")?;
    Ok(row.map(|(email, lang, name)| Recipient {
        id: user,
        email,
        lang,
        name,
    }))
}

/// A `Message-ID` for a mail: unique, on the sender's domain, kept with the mail so every
/// try sends the same one (a receiving server can tell a repeat).
pub fn message_id(from: &str, key: &str) -> String {
    let domain = from
        .rsplit_once('@')
        .map_or("localhost", |(_, d)| d.trim_end_matches('>'));
    let mut bytes = [0u8; 8];
    rand::thread_rng().fill_bytes(&mut bytes);
    let key: String = key
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '.' })
        .collect();
    format!("<{key}.{}@{domain}>", hex::encode(bytes))
}

/// The restricted community a notification is about, if it is about one.
async fn restricted_community(db: &Db, n: &Notification) -> ServiceResult<Option<i64>> {
    let Some(slug) = n.community_slug.as_deref() else {
        return Ok(None);
    };
    let found = crate::server::search::repo::restricted_among(db, &[slug]).await?;
    Ok(found.first().map(|(id, _)| *id))
}

/// A notice's mail as things stand: the letter, its scope (the restricted community it is
/// about, if any) and whether it can be answered by mail (it then gets a signed `Reply-To`).
pub struct NoticeMail {
    pub letter: Letter,
    pub scope: Vec<i64>,
    pub answerable: bool,
}

/// The mail about notification `id` for its recipient as things stand now: `None` when they
/// may no longer see it.
pub async fn letter(
    backend: &Backend,
    to: &Recipient,
    id: i64,
    unsubscribe: &str,
) -> ServiceResult<Option<NoticeMail>> {
    let Some(n) = shown_one(&backend.db, ContentFilter::VisibleTo(to.id), id).await? else {
        return Ok(None);
    };
    let restricted = restricted_community(&backend.db, &n).await?;
    let letter = compose::notice(
        I18n::new(&to.lang),
        &backend.mail,
        &n,
        restricted.is_some(),
        unsubscribe,
    );
    Ok(Some(NoticeMail {
        letter,
        answerable: compose::answerable(&backend.mail, &n, restricted.is_some()),
        scope: restricted.into_iter().collect(),
    }))
}

/// The address of the one-click unsubscribe for a person.
pub async fn unsubscribe_link(backend: &Backend, user: UserId) -> ServiceResult<String> {
    let token = super::prefs::token_for(&backend.db, user).await?;
    Ok(backend.mail.link(&format!("/mail/unsubscribe/{token}")))
}

/// Queues a mail for each new notification of the people who want them at once; how many.
pub async fn queue_new(backend: &Backend, now: i64) -> ServiceResult<usize> {
    if !backend.mail.enabled() {
        return Ok(0);
    }
    // Two ways to want a notification at once: the main choice says so and the kind follows
    // it (and did when the notification came: one that came while its kind was `never` is
    // not mailed later), or the kind's own choice says so, whatever the main one (from when
    // it was made, or from when the main choice said so). Each half starts from the few
    // people who made that choice.
    let due: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT n.id, n.recipient_id FROM mail_prefs m \
         JOIN notifications n ON n.recipient_id = m.user_id \
         WHERE m.mode = 'immediate' AND n.created_at >= m.since AND n.created_at >= $1 \
         AND n.read_at IS NULL \
         AND NOT EXISTS (SELECT 1 FROM mail_kind_prefs k \
             WHERE k.user_id = n.recipient_id AND k.kind = n.kind \
             AND (k.choice <> 'default' OR k.since > n.created_at)) \
         AND NOT EXISTS (SELECT 1 FROM mail_queue q WHERE q.notification_id = n.id) \
         UNION ALL \
         SELECT n.id, n.recipient_id FROM mail_kind_prefs k \
         JOIN notifications n ON n.recipient_id = k.user_id AND n.kind = k.kind \
         LEFT JOIN mail_prefs m ON m.user_id = k.user_id \
         WHERE k.choice = 'immediate' AND n.created_at >= $1 AND n.read_at IS NULL \
         AND (n.created_at >= k.since OR (m.mode = 'immediate' AND n.created_at >= m.since)) \
         AND NOT EXISTS (SELECT 1 FROM mail_queue q WHERE q.notification_id = n.id) \
         ORDER BY 1 LIMIT $2",
    )
    .bind(now - NOTICE_MAX_AGE_MS)
    .bind(BATCH)
    .fetch_all(&backend.db.pool)
    .await
    .context("finding notifications to mail")?;
    let mut queued = 0;
    for (id, user) in due {
        let user = UserId(user);
        let key = format!("notice:{id}");
        let written = match recipient(&backend.db, user).await? {
            Some(to) => {
                let unsubscribe = unsubscribe_link(backend, user).await?;
                letter(backend, &to, id, &unsubscribe)
                    .await?
                    .map(|letter| (to, letter))
            }
            None => None,
        };
        let mail = match written {
            Some((to, NoticeMail { letter, scope, .. })) => NewMail {
                recipient: Some(user),
                kind: MailKind::Notice,
                message_id: message_id(&backend.mail.from, &key),
                dedupe_key: key,
                notification: Some(id),
                scope,
                to: to.email,
                subject: letter.subject,
                text: letter.text,
                html: letter.html,
                now,
                skip: None,
                in_reply_to: None,
                references: None,
                from: None,
            },
            // Kept as a dropped mail, so the notification is not looked at again.
            None => NewMail {
                recipient: Some(user),
                kind: MailKind::Notice,
                message_id: String::new(),
                dedupe_key: key,
                notification: Some(id),
                scope: Vec::new(),
                to: String::new(),
                subject: String::new(),
                text: String::new(),
                html: String::new(),
                now,
                skip: Some("not visible"),
                in_reply_to: None,
                references: None,
                from: None,
            },
        };
        if queue::insert(&backend.db, &mail).await? && mail.skip.is_none() {
            queued += 1;
        }
    }
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_id_is_on_the_senders_domain_and_unique() {
        let a = message_id("Intranet <intranet@bank.example>", "notice:42");
        let b = message_id("intranet@bank.example", "notice:42");
        assert!(
            a.starts_with("<notice.42.") && a.ends_with("@bank.example>"),
            "{a}"
        );
        assert_ne!(a, b);
    }
}
