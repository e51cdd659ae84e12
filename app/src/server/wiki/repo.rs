//! SQL for wikis: a page's place in its community's tree, its saved versions, the tree
//! itself, titles for links between pages, and who follows a page. A page's text, language,
//! likes, comments, translations and deletion are its `content` row (`content::repo`).

use sqlx::AnyConnection;

use crate::model::content::PersonRef;
use crate::model::ids::{CommunityId, UserId};
use crate::server::content::markdown::Rendered;
use crate::server::db::{Arg, Args, Db};
use crate::server::fault::{Context, ServiceResult};

/// A page's place in the tree.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct WikiRow {
    pub content_id: i64,
    pub community_id: i64,
    pub parent_id: Option<i64>,
    pub position: i64,
    pub front: i64,
    pub faq: i64,
    pub from_topic_id: Option<i64>,
    pub forum_visits: i64,
}

/// A page's place in the tree, deleted or not.
pub async fn wiki_row(db: &Db, id: i64) -> ServiceResult<Option<WikiRow>> {
    sqlx::query_as(
        "SELECT content_id, community_id, parent_id, position, front, faq, from_topic_id, \
         forum_visits FROM wiki_pages WHERE content_id = $1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await
    .context("loading a wiki page's place")
}

/// A title as links name it: case and spacing do not matter.
pub fn title_key(title: &str) -> String {
    title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The living page of a community with this title, if any.
pub async fn page_titled(
    conn: &mut AnyConnection,
    community: CommunityId,
    title: &str,
) -> ServiceResult<Option<i64>> {
    sqlx::query_scalar(
        "SELECT content_id FROM wiki_pages WHERE community_id = $1 AND title_key = $2",
    )
    .bind(community.0)
    .bind(title_key(title))
    .fetch_optional(&mut *conn)
    .await
    .context("finding a page by title")
}

/// The living pages of a community with these title keys, as (key, id).
pub async fn pages_titled(
    db: &Db,
    community: CommunityId,
    keys: &[String],
) -> ServiceResult<Vec<(String, i64)>> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let mut args = Args::default();
    let c = args.push(Arg::Int(community.0));
    let list: Vec<String> = keys
        .iter()
        .map(|k| args.push(Arg::Text(k.clone())))
        .collect();
    let sql = format!(
        "SELECT title_key, content_id FROM wiki_pages WHERE community_id = {c} \
         AND title_key IN ({})",
        list.join(", ")
    );
    args.bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_all(&db.pool)
        .await
        .context("finding linked pages")
}

/// A new page's place: last among its siblings.
pub struct NewPlace<'a> {
    pub id: i64,
    pub community: CommunityId,
    pub parent: Option<i64>,
    pub title: &'a str,
    pub front: bool,
    pub faq: bool,
    pub from_topic: Option<i64>,
}

/// Puts a new page into the tree. `false` when its title is taken in the wiki (the unique
/// index decides, so two people creating the same title at once cannot both succeed).
pub async fn insert_place(conn: &mut AnyConnection, n: &NewPlace<'_>) -> ServiceResult<bool> {
    let done = sqlx::query(
        "INSERT INTO wiki_pages (content_id, community_id, parent_id, position, front, faq, \
         title_key, from_topic_id) \
         SELECT $1, $2, $3, COALESCE(MAX(position) + 1, 0), $4, $5, $6, $7 FROM wiki_pages \
         WHERE community_id = $2 AND (parent_id = $3 OR (parent_id IS NULL AND $3 IS NULL)) \
         ON CONFLICT DO NOTHING",
    )
    .bind(n.id)
    .bind(n.community.0)
    .bind(n.parent)
    .bind(i64::from(n.front))
    .bind(i64::from(n.faq))
    .bind(title_key(n.title))
    .bind(n.from_topic)
    .execute(&mut *conn)
    .await
    .context("placing a wiki page")?
    .rows_affected();
    Ok(done > 0)
}

/// Whether the community's wiki has a front page yet.
pub async fn front_page(db: &Db, community: CommunityId) -> ServiceResult<Option<i64>> {
    sqlx::query_scalar("SELECT content_id FROM wiki_pages WHERE community_id = $1 AND front = 1")
        .bind(community.0)
        .fetch_optional(&db.pool)
        .await
        .context("finding a wiki's front page")
}

/// How many living pages a wiki has.
pub async fn page_count(db: &Db, community: CommunityId) -> ServiceResult<i64> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM wiki_pages WHERE community_id = $1 AND title_key IS NOT NULL",
    )
    .bind(community.0)
    .fetch_one(&db.pool)
    .await
    .context("counting wiki pages")
}

/// One saved version.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct VersionRow {
    pub version: i64,
    pub title: String,
    pub body: String,
    pub lang: String,
    pub author_id: i64,
    pub author_name: String,
    pub created_at: i64,
    pub summary: String,
    pub reverted_from: Option<i64>,
}

impl VersionRow {
    pub fn author(&self) -> PersonRef {
        PersonRef {
            id: UserId(self.author_id),
            display_name: self.author_name.clone(),
        }
    }
}

/// A version to keep.
pub struct NewVersion<'a> {
    pub page: i64,
    pub version: i64,
    pub title: &'a str,
    pub body: &'a str,
    pub lang: &'a str,
    pub author: UserId,
    pub now: i64,
    pub summary: &'a str,
    pub reverted_from: Option<i64>,
}

pub async fn insert_version(conn: &mut AnyConnection, v: &NewVersion<'_>) -> ServiceResult<()> {
    sqlx::query(
        "INSERT INTO wiki_versions (page_id, version, title, body, lang, author_id, created_at, \
         summary, reverted_from) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(v.page)
    .bind(v.version)
    .bind(v.title)
    .bind(v.body)
    .bind(v.lang)
    .bind(v.author.0)
    .bind(v.now)
    .bind(v.summary)
    .bind(v.reverted_from)
    .execute(&mut *conn)
    .await
    .context("keeping a page version")?;
    Ok(())
}

const VERSION_SELECT: &str = "SELECT v.version, v.title, v.body, v.lang, v.author_id, \
     p.display_name AS author_name, v.created_at, v.summary, v.reverted_from \
     FROM wiki_versions v JOIN profiles p ON p.user_id = v.author_id";

/// Every version of a page, newest first; bodies left empty unless `full`.
pub async fn versions(db: &Db, page: i64, full: bool) -> ServiceResult<Vec<VersionRow>> {
    let select = if full {
        VERSION_SELECT.to_owned()
    } else {
        // The history needs each text's length, not the text.
        VERSION_SELECT.replace("v.body,", "CAST(LENGTH(v.body) AS TEXT) AS body,")
    };
    let sql = format!("{select} WHERE v.page_id = $1 ORDER BY v.version DESC");
    sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(page)
        .fetch_all(&db.pool)
        .await
        .context("loading a page's history")
}

/// One version of a page.
pub async fn version(db: &Db, page: i64, version: i64) -> ServiceResult<Option<VersionRow>> {
    let sql = format!("{VERSION_SELECT} WHERE v.page_id = $1 AND v.version = $2");
    sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(page)
        .bind(version)
        .fetch_optional(&db.pool)
        .await
        .context("loading a page version")
}

/// A save of a page's text.
pub struct PageSave<'a> {
    pub id: i64,
    pub base_version: i64,
    pub title: &'a str,
    pub body: &'a str,
    pub rendered: &'a Rendered,
    pub lang: &'a str,
    pub editor: UserId,
    pub now: i64,
}

/// Writes the new text if the page is still at `base_version`; returns the new version, or
/// `None` when someone else saved first (nothing is written then). The check and the write
/// are one statement, so of two saves from the same version exactly one wins.
pub async fn save_if_current(
    conn: &mut AnyConnection,
    s: &PageSave<'_>,
) -> ServiceResult<Option<i64>> {
    sqlx::query_scalar(
        "UPDATE content SET title = $3, body = $4, body_html = $5, excerpt = $6, lang = $7, \
         version = version + 1, edited_at = $8, edited_by = $9 \
         WHERE id = $1 AND version = $2 AND deleted_at IS NULL RETURNING version",
    )
    .bind(s.id)
    .bind(s.base_version)
    .bind(s.title)
    .bind(s.body)
    .bind(&s.rendered.html)
    .bind(&s.rendered.excerpt)
    .bind(s.lang)
    .bind(s.now)
    .bind(s.editor.0)
    .fetch_optional(&mut *conn)
    .await
    .context("saving a page")
}

/// Gives a page a new title key; `false` when another page has that title.
pub async fn retitle(conn: &mut AnyConnection, id: i64, title: &str) -> ServiceResult<bool> {
    let key = title_key(title);
    let taken: Option<i64> = sqlx::query_scalar(
        "SELECT o.content_id FROM wiki_pages o JOIN wiki_pages w ON w.community_id = o.community_id \
         WHERE w.content_id = $1 AND o.title_key = $2 AND o.content_id <> $1",
    )
    .bind(id)
    .bind(&key)
    .fetch_optional(&mut *conn)
    .await
    .context("checking a page title")?;
    if taken.is_some() {
        return Ok(false);
    }
    sqlx::query("UPDATE wiki_pages SET title_key = $2 WHERE content_id = $1")
        .bind(id)
        .bind(&key)
        .execute(&mut *conn)
        .await
        .context("retitling a page")?;
    Ok(true)
}

/// One page in a tree listing.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TreeRow {
    pub id: i64,
    pub title: String,
    pub parent_id: Option<i64>,
    pub position: i64,
    pub front: i64,
    pub faq: i64,
    pub lang: String,
    pub updated_at: i64,
}

/// Every living page of a wiki, by parent and position.
pub async fn tree(db: &Db, community: CommunityId) -> ServiceResult<Vec<TreeRow>> {
    sqlx::query_as(
        "SELECT w.content_id AS id, COALESCE(c.title, '') AS title, w.parent_id, w.position, \
         w.front, w.faq, c.lang, COALESCE(c.edited_at, c.created_at) AS updated_at \
         FROM wiki_pages w JOIN content c ON c.id = w.content_id \
         WHERE w.community_id = $1 AND c.deleted_at IS NULL \
         ORDER BY w.front DESC, w.position, w.content_id",
    )
    .bind(community.0)
    .fetch_all(&db.pool)
    .await
    .context("loading a wiki's tree")
}

/// Puts a page under `parent` at `position` among its new siblings (the others keep their
/// order around it).
pub async fn move_page(
    conn: &mut AnyConnection,
    id: i64,
    community: CommunityId,
    parent: Option<i64>,
    position: usize,
) -> ServiceResult<()> {
    let mut siblings: Vec<i64> = sqlx::query_scalar(
        "SELECT w.content_id FROM wiki_pages w JOIN content c ON c.id = w.content_id \
         WHERE w.community_id = $1 AND (w.parent_id = $2 OR (w.parent_id IS NULL AND $2 IS NULL)) \
         AND w.content_id <> $3 AND c.deleted_at IS NULL ORDER BY w.position, w.content_id",
    )
    .bind(community.0)
    .bind(parent)
    .bind(id)
    .fetch_all(&mut *conn)
    .await
    .context("loading a page's new siblings")?;
    siblings.insert(position.min(siblings.len()), id);
    sqlx::query("UPDATE wiki_pages SET parent_id = $2 WHERE content_id = $1")
        .bind(id)
        .bind(parent)
        .execute(&mut *conn)
        .await
        .context("moving a page")?;
    for (i, sibling) in siblings.iter().enumerate() {
        sqlx::query("UPDATE wiki_pages SET position = $2 WHERE content_id = $1 AND position <> $2")
            .bind(sibling)
            .bind(i as i64)
            .execute(&mut *conn)
            .await
            .context("ordering pages")?;
    }
    Ok(())
}

/// The pages above one, from the top of the tree down to its parent (cycles cannot form:
/// a move under one's own subtree is refused, and the walk stops at the tree's depth limit).
pub async fn ancestors(db: &Db, id: i64) -> ServiceResult<Vec<(i64, String)>> {
    let rows: Vec<(i64, String, i64)> = sqlx::query_as(
        "WITH RECURSIVE up (id, depth) AS ( \
             SELECT parent_id, CAST(1 AS BIGINT) FROM wiki_pages WHERE content_id = $1 AND parent_id IS NOT NULL \
             UNION ALL \
             SELECT w.parent_id, up.depth + 1 FROM wiki_pages w JOIN up ON w.content_id = up.id \
             WHERE w.parent_id IS NOT NULL AND up.depth < 64) \
         SELECT up.id, COALESCE(c.title, ''), up.depth FROM up JOIN content c ON c.id = up.id \
         ORDER BY up.depth DESC",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await
    .context("loading a page's ancestors")?;
    Ok(rows.into_iter().map(|(id, title, _)| (id, title)).collect())
}

/// A page's living children, in order.
pub async fn children(db: &Db, id: i64) -> ServiceResult<Vec<(i64, String)>> {
    sqlx::query_as(
        "SELECT w.content_id, COALESCE(c.title, '') FROM wiki_pages w \
         JOIN content c ON c.id = w.content_id \
         WHERE w.parent_id = $1 AND c.deleted_at IS NULL ORDER BY w.position, w.content_id",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await
    .context("loading a page's children")
}

/// After a page is deleted: its title is free again, its children move up to its parent,
/// and a deleted front page hands that role to the first page left at the top.
pub async fn remove_place(conn: &mut AnyConnection, row: &WikiRow) -> ServiceResult<()> {
    sqlx::query("UPDATE wiki_pages SET title_key = NULL, front = 0, faq = 0 WHERE content_id = $1")
        .bind(row.content_id)
        .execute(&mut *conn)
        .await
        .context("freeing a page's title")?;
    // Children go after the parent's other children, in their own order.
    sqlx::query(
        "UPDATE wiki_pages SET parent_id = $2, position = position + 100000 + $3 \
         WHERE parent_id = $1",
    )
    .bind(row.content_id)
    .bind(row.parent_id)
    .bind(row.position)
    .execute(&mut *conn)
    .await
    .context("moving a deleted page's children up")?;
    if row.front != 0 {
        sqlx::query(
            "UPDATE wiki_pages SET front = 1 WHERE content_id = (SELECT w.content_id \
             FROM wiki_pages w JOIN content c ON c.id = w.content_id \
             WHERE w.community_id = $1 AND w.parent_id IS NULL AND c.deleted_at IS NULL \
             ORDER BY w.position, w.content_id LIMIT 1)",
        )
        .bind(row.community_id)
        .execute(&mut *conn)
        .await
        .context("choosing a new front page")?;
    }
    Ok(())
}

/// Follows a page, or stops.
pub async fn set_following(
    db: &Db,
    page: i64,
    who: UserId,
    on: bool,
    now: i64,
) -> ServiceResult<()> {
    let mut conn = db.pool.acquire().await.context("following a page")?;
    if on {
        return follow_in(&mut conn, page, who, now).await;
    }
    sqlx::query("DELETE FROM follow_items WHERE content_id = $1 AND follower_id = $2")
        .bind(page)
        .bind(who.0)
        .execute(&mut *conn)
        .await
        .context("unfollowing a page")?;
    Ok(())
}

/// Follows a page inside a writing transaction (its creator follows it).
pub async fn follow_in(
    conn: &mut AnyConnection,
    page: i64,
    who: UserId,
    now: i64,
) -> ServiceResult<()> {
    sqlx::query(
        "INSERT INTO follow_items (content_id, follower_id, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT DO NOTHING",
    )
    .bind(page)
    .bind(who.0)
    .bind(now)
    .execute(&mut *conn)
    .await
    .context("following a new page")?;
    Ok(())
}

/// Whether someone follows a page.
pub async fn follows(db: &Db, page: i64, who: UserId) -> ServiceResult<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM follow_items WHERE content_id = $1 AND follower_id = $2",
    )
    .bind(page)
    .bind(who.0)
    .fetch_one(&db.pool)
    .await
    .context("checking a follow")?;
    Ok(n > 0)
}

/// Who follows a page (to be told of an edit).
pub async fn followers(conn: &mut AnyConnection, page: i64) -> ServiceResult<Vec<UserId>> {
    let ids: Vec<i64> =
        sqlx::query_scalar("SELECT follower_id FROM follow_items WHERE content_id = $1")
            .bind(page)
            .fetch_all(&mut *conn)
            .await
            .context("loading a page's followers")?;
    Ok(ids.into_iter().map(UserId).collect())
}

/// The page a question was kept as, if it is still there.
pub async fn page_of_topic(db: &Db, topic: i64) -> ServiceResult<Option<i64>> {
    sqlx::query_scalar(
        "SELECT w.content_id FROM wiki_pages w JOIN content c ON c.id = w.content_id \
         WHERE w.from_topic_id = $1 AND c.deleted_at IS NULL",
    )
    .bind(topic)
    .fetch_optional(&db.pool)
    .await
    .context("finding a question's page")
}

/// The wiki's FAQ section, if it has one.
pub async fn faq_page(
    conn: &mut AnyConnection,
    community: CommunityId,
) -> ServiceResult<Option<i64>> {
    sqlx::query_scalar("SELECT content_id FROM wiki_pages WHERE community_id = $1 AND faq = 1")
        .bind(community.0)
        .fetch_optional(&mut *conn)
        .await
        .context("finding the FAQ section")
}

/// Makes a page the wiki's FAQ section.
pub async fn mark_faq(conn: &mut AnyConnection, page: i64) -> ServiceResult<()> {
    sqlx::query("UPDATE wiki_pages SET faq = 1 WHERE content_id = $1")
        .bind(page)
        .execute(&mut *conn)
        .await
        .context("marking the FAQ section")?;
    Ok(())
}

/// Counts one visit to a page from the question it was made from.
pub async fn count_forum_visit(db: &Db, page: i64) -> ServiceResult<()> {
    sqlx::query("UPDATE wiki_pages SET forum_visits = forum_visits + 1 WHERE content_id = $1 AND from_topic_id IS NOT NULL")
        .bind(page)
        .execute(&db.pool)
        .await
        .context("counting a visit from the forum")?;
    Ok(())
}
