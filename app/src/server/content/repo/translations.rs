//! SQL for linked translations. A translation is a `content` row of its original's kind and
//! place with `original_id` set, so visibility, edits and deletion work as for any item;
//! streams and forums leave such rows out (their partial indexes hold originals only).

use sqlx::AnyConnection;

use crate::model::content::ContentKind;
use crate::model::ids::{CommunityId, UserId};
use crate::server::content::markdown::Rendered;
use crate::server::db::{Arg, Args, Db};
use crate::server::fault::{Context, ServiceResult};
use crate::server::public_id;

/// One living translation of an original.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TranslationRow {
    pub id: i64,
    pub original_id: i64,
    pub lang: String,
    pub title: Option<String>,
    pub excerpt: String,
    /// Empty unless asked for with `full`.
    pub body: String,
    pub body_html: String,
    pub source_version: i64,
    pub author_id: i64,
    pub author_name: String,
}

/// The living translations of some originals, by original then language. Lists ask without
/// `full` (title and excerpt are enough); a thread asks with it.
pub async fn of(db: &Db, originals: &[i64], full: bool) -> ServiceResult<Vec<TranslationRow>> {
    if originals.is_empty() {
        return Ok(Vec::new());
    }
    let mut args = Args::default();
    let list: Vec<String> = originals.iter().map(|i| args.push(Arg::Int(*i))).collect();
    let bodies = if full {
        "t.body, t.body_html"
    } else {
        "'' AS body, '' AS body_html"
    };
    // `original_id IS NOT NULL` lets SQLite see that the partial index applies.
    let sql = format!(
        "SELECT t.id, t.original_id, t.lang, t.title, t.excerpt, {bodies}, \
         COALESCE(t.source_version, 0) AS source_version, t.author_id, \
         p.display_name AS author_name \
         FROM content t JOIN profiles p ON p.user_id = t.author_id \
         WHERE t.original_id IS NOT NULL AND t.original_id IN ({}) AND t.deleted_at IS NULL \
         ORDER BY t.original_id, t.lang",
        list.join(", ")
    );
    args.bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_all(&db.pool)
        .await
        .context("loading translations")
}

/// A new translation's stored values.
pub struct NewTranslationRow<'a> {
    pub original_id: i64,
    pub kind: ContentKind,
    pub community: Option<CommunityId>,
    pub translator: UserId,
    pub lang: &'a str,
    pub title: Option<&'a str>,
    pub body: &'a str,
    pub rendered: &'a Rendered,
    pub source_version: i64,
    pub now: i64,
}

/// Writes a translation; `None` when one in that language exists already (the unique index
/// decides, so two translators at once cannot both win).
pub async fn insert(
    conn: &mut AnyConnection,
    t: &NewTranslationRow<'_>,
) -> ServiceResult<Option<i64>> {
    let exists: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM content WHERE original_id = $1 AND lang = $2 AND deleted_at IS NULL",
    )
    .bind(t.original_id)
    .bind(t.lang)
    .fetch_optional(&mut *conn)
    .await
    .context("looking for a translation")?;
    if exists.is_some() {
        return Ok(None);
    }
    let mut written = None;
    for _ in 0..public_id::ATTEMPTS {
        written = sqlx::query_scalar(
        "INSERT INTO content (id, kind, author_id, community_id, title, body, body_html, excerpt, \
         lang, created_at, published_at, activity_at, original_id, source_version, \
         human_translation) \
         VALUES ($12, $1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $9, $10, $11, 1) \
         ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(t.kind.as_str())
    .bind(t.translator.0)
    .bind(t.community.map(|c| c.0))
    .bind(t.title)
    .bind(t.body)
    .bind(&t.rendered.html)
    .bind(&t.rendered.excerpt)
    .bind(t.lang)
    .bind(t.now)
    .bind(t.original_id)
    .bind(t.source_version)
    .bind(public_id::draw())
    .fetch_optional(&mut *conn)
    .await
    .context("writing a translation")?;
        if written.is_some() {
            break;
        }
    }
    let id: i64 = written.ok_or_else(|| public_id::exhausted("drawing a free content id"))?;
    sqlx::query("UPDATE content SET translation_count = translation_count + 1 WHERE id = $1")
        .bind(t.original_id)
        .execute(&mut *conn)
        .await
        .context("counting a translation")?;
    Ok(Some(id))
}

/// The translators whose translation of `original` was made from `version` (so an edit that
/// makes it `version + 1` outdates it), with their translation's id; not `editor`.
pub async fn made_from(
    conn: &mut AnyConnection,
    original: i64,
    version: i64,
    editor: UserId,
) -> ServiceResult<Vec<(i64, i64)>> {
    sqlx::query_as(
        "SELECT id, author_id FROM content WHERE original_id IS NOT NULL AND original_id = $1 \
         AND deleted_at IS NULL AND source_version = $2 AND author_id <> $3",
    )
    .bind(original)
    .bind(version)
    .bind(editor.0)
    .fetch_all(&mut *conn)
    .await
    .context("finding translations an edit outdates")
}

/// Marks a translation as made from its original's current version (its translator has
/// brought it up to date).
pub async fn catch_up(conn: &mut AnyConnection, id: i64) -> ServiceResult<()> {
    sqlx::query(
        "UPDATE content SET source_version = \
         (SELECT o.version FROM content o WHERE o.id = content.original_id) WHERE id = $1",
    )
    .bind(id)
    .execute(&mut *conn)
    .await
    .context("bringing a translation up to date")?;
    Ok(())
}

/// A translation older than its original's last edit, with what a translator's list shows.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutdatedRow {
    pub id: i64,
    pub lang: String,
    pub original_id: i64,
    pub original_lang: String,
    pub title: Option<String>,
    pub author_id: i64,
    pub author_name: String,
    pub source_version: i64,
    pub original_version: i64,
    pub original_edited_at: Option<i64>,
}

/// A community's outdated translations, most recently outdated first.
pub async fn outdated(
    db: &Db,
    community: CommunityId,
    limit: i64,
) -> ServiceResult<Vec<OutdatedRow>> {
    sqlx::query_as(
        "SELECT t.id, t.lang, t.original_id, o.lang AS original_lang, \
         COALESCE(o.title, r.title) AS title, t.author_id, p.display_name AS author_name, \
         COALESCE(t.source_version, 0) AS source_version, o.version AS original_version, \
         o.edited_at AS original_edited_at \
         FROM content t JOIN content o ON o.id = t.original_id \
         JOIN profiles p ON p.user_id = t.author_id \
         LEFT JOIN content r ON r.id = o.thread_id \
         WHERE t.community_id = $1 AND t.original_id IS NOT NULL AND t.deleted_at IS NULL \
         AND o.deleted_at IS NULL AND t.source_version < o.version \
         ORDER BY o.edited_at DESC, t.id DESC LIMIT $2",
    )
    .bind(community.0)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
    .context("listing outdated translations")
}
