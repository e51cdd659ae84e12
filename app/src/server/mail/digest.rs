//! Digests: once a day or once a week, for each person who chose it (the weekly digest is
//! the default), a mail with what happened in their communities and from the people and tags
//! they follow (their home stream over the period, their own posts left out), the unanswered
//! questions of the helpdesks they belong to, and how many notifications wait unread.
//!
//! Items of restricted communities are counted, never listed, and the mail remembers which
//! communities it counted (`scope`): if the reader has left one by the time it is sent, the
//! digest is written again without it.
//!
//! One node builds a period's digests (`mail_digest_runs`); each person's is queued under
//! the key `digest:<period>:<person>`, so a run that stops halfway is taken up again, after a
//! restart or by another node, without a second digest for anyone.

use std::collections::HashSet;

use crate::i18n::I18n;
use crate::model::ids::UserId;
use crate::model::mail::{MailKind, MailMode};
use crate::model::site_path::item_path;
use crate::server::content::repo::lists::{self, Window};
use crate::server::ctx::Backend;
use crate::server::fault::{Context, ServiceResult};
use crate::server::policy::ContentFilter;

use super::compose::{self, DigestContent, DigestLine, Letter};
use super::notice::{Recipient, message_id, recipient, unsubscribe_link};
use super::period::{self, Period};
use super::queue::{self, NewMail};

/// Items listed in a digest; more are counted.
const LISTED: usize = 10;
/// Items looked at in a period: a digest counts at most this many.
const LOOKED_AT: i64 = 200;
/// Unanswered questions listed.
const QUESTIONS: i64 = 5;
/// How far back an unanswered question is still worth a line.
const QUESTION_AGE_MS: i64 = 30 * 24 * 3600 * 1000;
/// A run not finished after this long was stopped; another node may take it up.
const RUN_STALE_MS: i64 = 15 * 60 * 1000;
/// People read per batch of a run.
const PAGE: i64 = 500;
/// Digests written at once.
const PARALLEL: usize = 4;

/// What a digest for `user` over `period` holds, and the restricted communities it counted.
pub async fn gather(
    backend: &Backend,
    to: &Recipient,
    period: &Period,
) -> ServiceResult<(DigestContent, Vec<i64>)> {
    let db = &backend.db;
    let filter = ContentFilter::VisibleTo(to.id);
    let window = Window {
        before: Some((period.end, 0)),
        since: Some(period.start),
        limit: LOOKED_AT,
    };
    let keys = lists::home(db, filter, &[], &window).await?;
    let ids: Vec<i64> = keys
        .iter()
        .filter(|k| k.author_id != to.id.0)
        .map(|k| k.id)
        .collect();
    let rows = lists::by_ids(db, &ids).await?;
    let mut slugs: Vec<&str> = rows
        .iter()
        .filter_map(|r| r.community_slug.as_deref())
        .collect();
    slugs.sort_unstable();
    slugs.dedup();
    let restricted = if slugs.is_empty() {
        Vec::new()
    } else {
        crate::server::search::repo::restricted_among(db, &slugs).await?
    };
    let hidden: HashSet<&str> = restricted.iter().map(|(_, s)| s.as_str()).collect();
    let mut content = DigestContent {
        reader_name: to.name.clone(),
        ..DigestContent::default()
    };
    let mut scope = HashSet::new();
    for r in &rows {
        if let Some(slug) = r.community_slug.as_deref().filter(|s| hidden.contains(s)) {
            content.restricted += 1;
            if let Some((id, _)) = restricted.iter().find(|(_, s)| s == slug) {
                scope.insert(*id);
            }
        } else if content.items.len() < LISTED {
            content.items.push(DigestLine {
                title: r
                    .title
                    .clone()
                    .filter(|t| !t.trim().is_empty())
                    .unwrap_or_else(|| r.excerpt.clone()),
                author: r.author_name.clone(),
                community: r.community_name.clone(),
                path: item_path(r.thread_id, r.id),
            });
        } else {
            content.more_items += 1;
        }
    }
    content.questions = unanswered(backend, to.id, period.end).await?;
    content.unread = crate::server::notification::repo::unread_for_mail(db, filter).await?;
    Ok((content, scope.into_iter().collect()))
}

/// The newest unanswered questions of the helpdesks (public or moderated) the reader
/// belongs to, asked by others. The conditions on `c` are those of the partial index
/// `content_by_kind (community_id, kind, published_at, id)`, so each helpdesk costs a range
/// scan over its last month of topics (without them: every topic it ever had, 0.5 s for one
/// reader at 2 million items).
async fn unanswered(backend: &Backend, me: UserId, until: i64) -> ServiceResult<Vec<DigestLine>> {
    let rows: Vec<(i64, Option<String>, String, String, String)> = sqlx::query_as(
        "SELECT c.id, c.title, c.excerpt, COALESCE(p.display_name, ''), k.name FROM content c \
         JOIN communities k ON k.id = c.community_id \
         JOIN community_members m ON m.community_id = k.id AND m.user_id = $1 \
         LEFT JOIN profiles p ON p.user_id = c.author_id \
         WHERE k.template = 'helpdesk' AND k.visibility <> 'restricted' AND k.deleted_at IS NULL \
         AND c.kind = 'topic' AND c.parent_id IS NULL AND c.original_id IS NULL \
         AND c.is_question = 1 AND c.accepted_reply_id IS NULL \
         AND c.reply_count = 0 AND c.deleted_at IS NULL AND c.published_at IS NOT NULL \
         AND c.author_id <> $1 AND c.published_at >= $2 AND c.published_at < $3 \
         ORDER BY c.published_at DESC, c.id DESC LIMIT $4",
    )
    .bind(me.0)
    .bind(until - QUESTION_AGE_MS)
    .bind(until)
    .bind(QUESTIONS)
    .fetch_all(&backend.db.pool)
    .await
    .context("finding unanswered questions")?;
    Ok(rows
        .into_iter()
        .map(|(id, title, excerpt, author, community)| DigestLine {
            title: title.filter(|t| !t.trim().is_empty()).unwrap_or(excerpt),
            author,
            community: Some(community),
            path: format!("/posts/{id}"),
        })
        .collect())
}

/// The digest mail for a person, or `None` when there is nothing to tell.
pub async fn letter(
    backend: &Backend,
    to: &Recipient,
    period: &Period,
    unsubscribe: &str,
) -> ServiceResult<Option<(Letter, Vec<i64>)>> {
    let (content, scope) = gather(backend, to, period).await?;
    if content.is_empty() {
        return Ok(None);
    }
    let letter = compose::digest(
        I18n::new(&to.lang),
        &backend.mail,
        period.mode,
        &content,
        unsubscribe,
    );
    Ok(Some((letter, scope)))
}

/// The key a person's digest for a period is queued under.
pub fn key(period: &Period, user: UserId) -> String {
    format!("digest:{}:{}", period.key, user.0)
}

/// The period and person a digest's key names.
pub fn parse_key(key: &str) -> Option<(Period, UserId)> {
    let rest = key.strip_prefix("digest:")?;
    let (period, user) = rest.rsplit_once(':')?;
    Some((period::from_key(period)?, UserId(user.parse().ok()?)))
}

/// Queues one person's digest for a period (once); whether a mail was queued.
pub async fn queue_one(
    backend: &Backend,
    user: UserId,
    period: &Period,
    now: i64,
) -> ServiceResult<bool> {
    let Some(to) = recipient(&backend.db, user).await? else {
        return Ok(false);
    };
    let unsubscribe = unsubscribe_link(backend, user).await?;
    let Some((letter, scope)) = letter(backend, &to, period, &unsubscribe).await? else {
        return Ok(false);
    };
    let key = key(period, user);
    let mail = NewMail {
        recipient: Some(user),
        kind: MailKind::Digest,
        message_id: message_id(&backend.mail.from, &key),
        dedupe_key: key,
        notification: None,
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
    };
    queue::insert(&backend.db, &mail).await
}

/// Claims a period's run for this node: true when it is ours to build.
async fn claim(backend: &Backend, period: &Period, now: i64) -> ServiceResult<bool> {
    let db = &backend.db;
    let new = sqlx::query(
        "INSERT INTO mail_digest_runs (period, started_at) VALUES ($1, $2) ON CONFLICT DO NOTHING",
    )
    .bind(&period.key)
    .bind(now)
    .execute(&db.pool)
    .await
    .context("starting a digest run")?;
    if new.rows_affected() == 1 {
        return Ok(true);
    }
    let stale = sqlx::query(
        "UPDATE mail_digest_runs SET started_at = $2 \
         WHERE period = $1 AND finished_at IS NULL AND started_at < $3",
    )
    .bind(&period.key)
    .bind(now)
    .bind(now - RUN_STALE_MS)
    .execute(&db.pool)
    .await
    .context("taking up a digest run")?;
    Ok(stale.rows_affected() == 1)
}

/// Builds and queues the digests of one period for everyone who chose its kind; how many
/// were queued by this call. Returns 0 without work when the run is done or another node is
/// at it (unless `force`, used by the command line, which still never queues one twice).
pub async fn run(backend: &Backend, period: &Period, now: i64, force: bool) -> ServiceResult<u64> {
    if !backend.mail.enabled() {
        return Ok(0);
    }
    if !claim(backend, period, now).await? && !force {
        return Ok(0);
    }
    let mut after = 0i64;
    let mut queued = 0u64;
    loop {
        let people: Vec<(i64,)> = sqlx::query_as(
            "SELECT u.id FROM users u LEFT JOIN mail_prefs m ON m.user_id = u.id \
             WHERE u.disabled_at IS NULL AND COALESCE(m.mode, 'weekly') = $1 AND u.id > $2 \
             ORDER BY u.id LIMIT $3",
        )
        .bind(period.mode.as_str())
        .bind(after)
        .bind(PAGE)
        .fetch_all(&backend.db.pool)
        .await
        .context("finding who gets a digest")?;
        let Some(&(last,)) = people.last() else {
            break;
        };
        after = last;
        for chunk in people.chunks(PARALLEL) {
            let results = queue_some(backend, chunk, period, now).await;
            for r in results {
                if r? {
                    queued += 1;
                }
            }
        }
    }
    sqlx::query(
        "UPDATE mail_digest_runs SET finished_at = $2, queued = queued + $3 WHERE period = $1",
    )
    .bind(&period.key)
    .bind(crate::server::clock::now_ms())
    .bind(queued as i64)
    .execute(&backend.db.pool)
    .await
    .context("finishing a digest run")?;
    Ok(queued)
}

/// Queues the digests of a few people at once.
async fn queue_some(
    backend: &Backend,
    people: &[(i64,)],
    period: &Period,
    now: i64,
) -> Vec<ServiceResult<bool>> {
    let mut set = tokio::task::JoinSet::new();
    for &(id,) in people {
        let backend = backend.clone();
        let period = period.clone();
        set.spawn(async move { queue_one(&backend, UserId(id), &period, now).await });
    }
    let mut out = Vec::with_capacity(people.len());
    while let Some(joined) = set.join_next().await {
        out.push(joined.unwrap_or_else(|_| {
            Err(crate::error::AppError::Internal {
                reference: "digest-task".into(),
            }
            .into())
        }));
    }
    out
}

/// Builds the digests whose period has just ended (yesterday's daily ones, last week's
/// weekly ones), if no node has; how many were queued.
pub async fn run_due(backend: &Backend, now: i64) -> ServiceResult<u64> {
    let mut queued = 0;
    for mode in [MailMode::Daily, MailMode::Weekly] {
        if let Some(period) = period::last_whole(mode, now) {
            queued += run(backend, &period, now, false).await?;
        }
    }
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digest_key_names_its_period_and_person() {
        let p = period::last_whole(MailMode::Daily, 1_796_384_940_000).unwrap();
        let k = key(&p, UserId(7));
        assert_eq!(k, "digest:daily:2026-12-03:7");
        assert_eq!(parse_key(&k), Some((p, UserId(7))));
        assert_eq!(parse_key("notice:3"), None);
    }
}
