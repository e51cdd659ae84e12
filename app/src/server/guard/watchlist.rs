//! SQL for the watchlist: its entries with the restricted communities where each may be
//! named, the version every change raises (so each node knows to compile it again), and the
//! changes themselves, made inside the caller's transaction.

use sqlx::AnyConnection;

use super::fold::fold;
use crate::model::guard::{AllowedCommunity, Strictness, WatchlistEntry};
use crate::server::db::{Arg, Args, Db};
use crate::server::fault::{Context, ServiceResult};

/// An entry as it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryInput {
    pub name: String,
    pub aliases: Vec<String>,
    pub legal_form: Option<String>,
    pub strictness: Strictness,
    /// Ids of restricted communities.
    pub allowed: Vec<i64>,
}

/// An entry as the matcher needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compilable {
    pub id: i64,
    pub name: String,
    pub aliases: Vec<String>,
    pub legal_form: Option<String>,
    pub strictness: Strictness,
    pub allowed: Vec<i64>,
}

type EntryRow = (i64, String, String, Option<String>, String, i64, i64);

const ENTRY_SELECT: &str = "SELECT w.id, w.name, w.aliases, w.legal_form, w.strictness, w.created_at, w.updated_at \
     FROM watchlist w";

fn aliases_of(json: &str) -> Vec<String> {
    serde_json::from_str(json).unwrap_or_default()
}

/// The watchlist's version (raised by every change).
pub async fn version(db: &Db) -> ServiceResult<i64> {
    sqlx::query_scalar("SELECT version FROM watchlist_version WHERE id = 1")
        .fetch_one(&db.pool)
        .await
        .context("reading the watchlist's version")
}

/// Raises the version, inside the change's transaction.
pub async fn bump(conn: &mut AnyConnection) -> ServiceResult<()> {
    sqlx::query("UPDATE watchlist_version SET version = version + 1 WHERE id = 1")
        .execute(conn)
        .await
        .context("raising the watchlist's version")?;
    Ok(())
}

/// Every entry, to compile; with the version read in the same transaction.
pub async fn compilable(db: &Db) -> ServiceResult<(i64, Vec<Compilable>)> {
    let mut tx = db.pool.begin().await.context("reading the watchlist")?;
    let version: i64 = sqlx::query_scalar("SELECT version FROM watchlist_version WHERE id = 1")
        .fetch_one(&mut *tx)
        .await
        .context("reading the watchlist's version")?;
    let rows: Vec<EntryRow> =
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{ENTRY_SELECT} ORDER BY w.id")))
            .fetch_all(&mut *tx)
            .await
            .context("reading the watchlist")?;
    let allowed: Vec<(i64, i64)> =
        sqlx::query_as("SELECT entry_id, community_id FROM watchlist_allowed ORDER BY entry_id")
            .fetch_all(&mut *tx)
            .await
            .context("reading where clients may be named")?;
    tx.commit().await.context("reading the watchlist")?;
    let mut out: Vec<Compilable> = rows
        .into_iter()
        .map(
            |(id, name, aliases, legal_form, strictness, _, _)| Compilable {
                id,
                name,
                aliases: aliases_of(&aliases),
                legal_form,
                strictness: Strictness::parse(&strictness).unwrap_or(Strictness::Always),
                allowed: Vec::new(),
            },
        )
        .collect();
    for (entry, community) in allowed {
        if let Ok(i) = out.binary_search_by_key(&entry, |e| e.id) {
            out[i].allowed.push(community);
        }
    }
    Ok((version, out))
}

/// Entries whose folded name or aliases hold `q`, by name, after `after` (a folded name and
/// an id), with how many match in all.
pub async fn page(
    db: &Db,
    q: Option<&str>,
    after: Option<(String, i64)>,
    limit: i64,
) -> ServiceResult<(Vec<WatchlistEntry>, i64)> {
    let mut count_args = Args::default();
    let count_filter = name_filter(q, &mut count_args);
    let total: i64 = count_args
        .bind(sqlx::query_as::<_, (i64,)>(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM watchlist w{count_filter}"
        ))))
        .fetch_one(&db.pool)
        .await
        .context("counting the watchlist")?
        .0;
    let mut args = Args::default();
    let filter = name_filter(q, &mut args);
    let mut sql = format!("{ENTRY_SELECT}{filter}");
    if let Some((key, id)) = after {
        let k = args.push(Arg::Text(key));
        let i = args.push(Arg::Int(id));
        let glue = if filter.is_empty() { " WHERE" } else { " AND" };
        sql.push_str(&format!("{glue} (w.name_key, w.id) > ({k}, {i})"));
    }
    let l = args.push(Arg::Int(limit));
    sql.push_str(&format!(" ORDER BY w.name_key, w.id LIMIT {l}"));
    let rows: Vec<EntryRow> = args
        .bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_all(&db.pool)
        .await
        .context("listing the watchlist")?;
    let entries = with_communities(db, rows).await?;
    Ok((entries, total))
}

/// ` WHERE …` for entries whose folded name or aliases hold `q`, or nothing.
fn name_filter(q: Option<&str>, args: &mut Args) -> String {
    let Some(q) = q.map(fold).filter(|q| !q.is_empty()) else {
        return String::new();
    };
    let escaped = q
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    let like = args.push(Arg::Text(format!("%{escaped}%")));
    format!(
        " WHERE (w.name_key LIKE {like} ESCAPE '\\' OR LOWER(w.aliases) LIKE {like} ESCAPE '\\')"
    )
}

/// One entry.
pub async fn get(db: &Db, id: i64) -> ServiceResult<Option<WatchlistEntry>> {
    let rows: Vec<EntryRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{ENTRY_SELECT} WHERE w.id = $1"
    )))
    .bind(id)
    .fetch_all(&db.pool)
    .await
    .context("reading a watchlist entry")?;
    Ok(with_communities(db, rows).await?.into_iter().next())
}

/// Every entry, by name (for the CSV export).
pub async fn all(db: &Db) -> ServiceResult<Vec<WatchlistEntry>> {
    let rows: Vec<EntryRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{ENTRY_SELECT} ORDER BY w.name_key, w.id"
    )))
    .fetch_all(&db.pool)
    .await
    .context("reading the watchlist")?;
    with_communities(db, rows).await
}

async fn with_communities(db: &Db, rows: Vec<EntryRow>) -> ServiceResult<Vec<WatchlistEntry>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let mut allowed: Vec<(i64, String, String)> = Vec::new();
    for chunk in ids.chunks(500) {
        let mut args = Args::default();
        let marks: Vec<String> = chunk.iter().map(|id| args.push(Arg::Int(*id))).collect();
        let part: Vec<(i64, String, String)> = args
            .bind(sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT a.entry_id, k.slug, k.name FROM watchlist_allowed a \
                 JOIN communities k ON k.id = a.community_id \
                 WHERE a.entry_id IN ({}) AND k.deleted_at IS NULL ORDER BY k.name",
                marks.join(", ")
            ))))
            .fetch_all(&db.pool)
            .await
            .context("reading where clients may be named")?;
        allowed.extend(part);
    }
    Ok(rows
        .into_iter()
        .map(
            |(id, name, aliases, legal_form, strictness, created_at, updated_at)| WatchlistEntry {
                id,
                name,
                aliases: aliases_of(&aliases),
                legal_form,
                strictness: Strictness::parse(&strictness).unwrap_or(Strictness::Always),
                allowed_communities: allowed
                    .iter()
                    .filter(|(e, _, _)| *e == id)
                    .map(|(_, slug, name)| AllowedCommunity {
                        slug: slug.clone(),
                        name: name.clone(),
                    })
                    .collect(),
                created_at,
                updated_at,
            },
        )
        .collect())
}

/// The id of the entry with this name (folded), if any.
pub async fn by_name(conn: &mut AnyConnection, name: &str) -> ServiceResult<Option<i64>> {
    sqlx::query_scalar("SELECT id FROM watchlist WHERE name_key = $1")
        .bind(fold(name))
        .fetch_optional(conn)
        .await
        .context("finding a watchlist entry")
}

/// Adds an entry; its id.
pub async fn insert(
    conn: &mut AnyConnection,
    e: &EntryInput,
    by: Option<i64>,
    now: i64,
) -> ServiceResult<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO watchlist (name, name_key, aliases, legal_form, strictness, created_by, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
    )
    .bind(&e.name)
    .bind(fold(&e.name))
    .bind(serde_json::to_string(&e.aliases).unwrap_or_else(|_| "[]".into()))
    .bind(e.legal_form.as_deref())
    .bind(e.strictness.as_str())
    .bind(by)
    .bind(now)
    .fetch_one(&mut *conn)
    .await
    .context("adding a watchlist entry")?;
    set_allowed(conn, id, &e.allowed).await?;
    bump(conn).await?;
    Ok(id)
}

/// Replaces an entry; whether it was there.
pub async fn update(
    conn: &mut AnyConnection,
    id: i64,
    e: &EntryInput,
    now: i64,
) -> ServiceResult<bool> {
    let done = sqlx::query(
        "UPDATE watchlist SET name = $1, name_key = $2, aliases = $3, legal_form = $4, \
         strictness = $5, updated_at = $6 WHERE id = $7",
    )
    .bind(&e.name)
    .bind(fold(&e.name))
    .bind(serde_json::to_string(&e.aliases).unwrap_or_else(|_| "[]".into()))
    .bind(e.legal_form.as_deref())
    .bind(e.strictness.as_str())
    .bind(now)
    .bind(id)
    .execute(&mut *conn)
    .await
    .context("changing a watchlist entry")?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    set_allowed(conn, id, &e.allowed).await?;
    bump(conn).await?;
    Ok(true)
}

/// Removes an entry; whether it was there.
pub async fn delete(conn: &mut AnyConnection, id: i64) -> ServiceResult<bool> {
    sqlx::query("DELETE FROM watchlist_allowed WHERE entry_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await
        .context("removing a watchlist entry")?;
    let done = sqlx::query("DELETE FROM watchlist WHERE id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await
        .context("removing a watchlist entry")?;
    bump(conn).await?;
    Ok(done.rows_affected() > 0)
}

async fn set_allowed(conn: &mut AnyConnection, id: i64, allowed: &[i64]) -> ServiceResult<()> {
    sqlx::query("DELETE FROM watchlist_allowed WHERE entry_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await
        .context("changing where a client may be named")?;
    for community in allowed {
        sqlx::query(
            "INSERT INTO watchlist_allowed (entry_id, community_id) VALUES ($1, $2) \
             ON CONFLICT DO NOTHING",
        )
        .bind(id)
        .bind(community)
        .execute(&mut *conn)
        .await
        .context("changing where a client may be named")?;
    }
    Ok(())
}

/// Restricted communities by slug (those that are not, or do not exist, are left out).
pub async fn restricted_by_slug(db: &Db, slugs: &[String]) -> ServiceResult<Vec<(String, i64)>> {
    let mut out = Vec::new();
    for slug in slugs {
        let id: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM communities WHERE slug = $1 AND visibility = 'restricted' \
             AND deleted_at IS NULL",
        )
        .bind(slug)
        .fetch_optional(&db.pool)
        .await
        .context("finding a restricted community")?;
        if let Some(id) = id {
            out.push((slug.clone(), id));
        }
    }
    Ok(out)
}
