//! SQL the search asks at query time: the communities a reader may read (the policy's one
//! rule, `server::visibility`), and what a page of hits shows, loaded fresh and checked again
//! (an item deleted a moment ago, not yet out of the index, is not shown).

use crate::model::ids::UserId;
use crate::server::db::{Arg, Args, Db};
use crate::server::fault::{Context, ServiceResult};
use crate::server::visibility::community_readable_by;

/// The ids of the restricted communities a reader may read (what is in the others is for
/// everyone logged in).
pub async fn readable_restricted_communities(db: &Db, reader: UserId) -> ServiceResult<Vec<i64>> {
    let sql = format!(
        "SELECT k.id FROM communities k WHERE k.visibility = 'restricted' AND {}",
        community_readable_by("k", "$1")
    );
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
        .bind(reader.0)
        .fetch_all(&db.pool)
        .await
        .context("loading the reader's communities")
}

/// A community the reader may read, by slug: (id, slug, name).
pub async fn readable_community(
    db: &Db,
    reader: UserId,
    slug: &str,
) -> ServiceResult<Option<(i64, String, String)>> {
    let sql = format!(
        "SELECT k.id, k.slug, k.name FROM communities k WHERE k.slug = $2 AND {}",
        community_readable_by("k", "$1")
    );
    sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(reader.0)
        .bind(slug)
        .fetch_optional(&db.pool)
        .await
        .context("loading a community to search in")
}

/// Slugs and names of communities (all readable: they come from the reader's results).
pub async fn community_names(db: &Db, ids: &[i64]) -> ServiceResult<Vec<(i64, String, String)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut args = Args::default();
    let list: Vec<String> = ids.iter().map(|id| args.push(Arg::Int(*id))).collect();
    let sql = format!(
        "SELECT id, slug, name FROM communities WHERE id IN ({})",
        list.join(", ")
    );
    args.bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_all(&db.pool)
        .await
        .context("naming communities")
}

/// What an item hit shows.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ItemHitRow {
    pub id: i64,
    pub kind: String,
    pub thread_id: Option<i64>,
    pub title: Option<String>,
    pub thread_title: Option<String>,
    pub lang: String,
    pub created_at: i64,
    pub published_at: Option<i64>,
    pub author_id: i64,
    pub author_name: String,
    pub community_slug: Option<String>,
    pub community_name: Option<String>,
    pub thread_kind: Option<String>,
    pub original_id: Option<i64>,
    pub is_question: i64,
    pub accepted_reply_id: Option<i64>,
    pub file_owner: Option<i64>,
}

/// The item hits among `ids` the reader may still see, as they are now.
pub async fn item_hits(db: &Db, reader: UserId, ids: &[i64]) -> ServiceResult<Vec<ItemHitRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut args = Args::default();
    let me = args.push(Arg::Int(reader.0));
    let list: Vec<String> = ids.iter().map(|id| args.push(Arg::Int(*id))).collect();
    let sql = format!(
        "SELECT c.id, c.kind, c.thread_id, c.title, t.title AS thread_title, c.lang, c.created_at, \
         c.published_at, c.author_id, p.display_name AS author_name, k.slug AS community_slug, \
         k.name AS community_name, t.kind AS thread_kind, c.original_id, c.is_question, \
         c.accepted_reply_id, f.owner_id AS file_owner \
         FROM content c JOIN profiles p ON p.user_id = c.author_id \
         LEFT JOIN content t ON t.id = c.thread_id \
         LEFT JOIN communities k ON k.id = c.community_id \
         LEFT JOIN files f ON f.content_id = COALESCE(c.original_id, c.id) \
         WHERE c.id IN ({list}) AND c.deleted_at IS NULL \
         AND (c.published_at IS NOT NULL OR c.author_id = {me}) \
         AND (c.community_id IS NULL OR {readable})",
        list = list.join(", "),
        readable = community_readable_by("k", &me),
    );
    args.bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_all(&db.pool)
        .await
        .context("loading search hits")
}

/// People hits: (id, display name, title, department).
pub async fn person_hits(
    db: &Db,
    ids: &[i64],
) -> ServiceResult<Vec<(i64, String, String, String)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut args = Args::default();
    let list: Vec<String> = ids.iter().map(|id| args.push(Arg::Int(*id))).collect();
    let sql = format!(
        "SELECT p.user_id, p.display_name, p.title, p.department FROM profiles p \
         JOIN users u ON u.id = p.user_id WHERE p.user_id IN ({}) AND u.disabled_at IS NULL",
        list.join(", ")
    );
    args.bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_all(&db.pool)
        .await
        .context("loading people hits")
}

/// Community hits the reader may read: (id, slug, name, description).
pub async fn community_hits(
    db: &Db,
    reader: UserId,
    ids: &[i64],
) -> ServiceResult<Vec<(i64, String, String, String)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut args = Args::default();
    let me = args.push(Arg::Int(reader.0));
    let list: Vec<String> = ids.iter().map(|id| args.push(Arg::Int(*id))).collect();
    let sql = format!(
        "SELECT k.id, k.slug, k.name, k.description FROM communities k WHERE k.id IN ({}) AND {}",
        list.join(", "),
        community_readable_by("k", &me)
    );
    args.bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_all(&db.pool)
        .await
        .context("loading community hits")
}

/// Translations (and originals) of `originals` in `langs`: (original id, id, lang, title).
pub async fn versions_in(
    db: &Db,
    originals: &[i64],
    langs: &[String],
) -> ServiceResult<Vec<(i64, i64, String, Option<String>)>> {
    if originals.is_empty() || langs.is_empty() {
        return Ok(Vec::new());
    }
    let mut args = Args::default();
    let ids: Vec<String> = originals
        .iter()
        .map(|id| args.push(Arg::Int(*id)))
        .collect();
    let ls: Vec<String> = langs
        .iter()
        .map(|l| args.push(Arg::Text(l.clone())))
        .collect();
    let (ids, ls) = (ids.join(", "), ls.join(", "));
    let sql = format!(
        "SELECT COALESCE(original_id, id), id, lang, title FROM content \
         WHERE (original_id IN ({ids}) OR id IN ({ids})) AND lang IN ({ls}) AND deleted_at IS NULL"
    );
    args.bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_all(&db.pool)
        .await
        .context("loading translations of hits")
}

/// Which of these communities are restricted: their ids and slugs.
pub async fn restricted_among(db: &Db, slugs: &[&str]) -> ServiceResult<Vec<(i64, String)>> {
    let mut args = Args::default();
    let marks: Vec<String> = slugs
        .iter()
        .map(|s| args.push(Arg::Text((*s).to_owned())))
        .collect();
    args.bind(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT id, slug FROM communities WHERE visibility = 'restricted' AND slug IN ({})",
        marks.join(", ")
    ))))
    .fetch_all(&db.pool)
    .await
    .context("finding restricted communities among hits")
}
