//! SQL for items: places, one item with the reader's relation to it, threads, writing,
//! editing and deleting. Private to the content services; lists are in `lists`, likes,
//! follows and mentions in `social`.

pub mod lists;
pub mod social;
pub mod translations;

use sqlx::AnyConnection;

use crate::model::community::{CommunityRole, ForumMode, Tool, Visibility};
use crate::model::content::{ContentKind, PersonRef};
use crate::model::ids::{CommunityId, UserId};
use crate::model::wiki::WikiEditors;
use crate::server::account::repo::split_list;
use crate::server::content::markdown::Rendered;
use crate::server::db::{Arg, Args, Db};
use crate::server::fault::{Context, ServiceResult};
use crate::server::policy::{ContentFilter, Place};
use crate::server::public_id;

/// A community as a place to write, with the reader's role in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommunityPlace {
    pub id: CommunityId,
    pub slug: String,
    pub name: String,
    pub visibility: Visibility,
    pub archived: bool,
    pub tools: Vec<Tool>,
    pub forum_mode: ForumMode,
    pub role: Option<CommunityRole>,
    /// Its lists show every language unless the reader asks otherwise.
    pub all_languages: bool,
    /// The languages it declares: its lists show them with the reader's own by default.
    pub languages: Vec<String>,
    /// Who may write its wiki.
    pub wiki_editors: WikiEditors,
}

impl CommunityPlace {
    pub fn place(&self) -> Place {
        Place::Community {
            visibility: self.visibility,
            role: self.role,
            archived: self.archived,
        }
    }
}

type PlaceTuple = (
    i64,
    String,
    String,
    String,
    Option<i64>,
    String,
    String,
    Option<String>,
    i64,
    String,
    String,
);

/// A community that is not deleted, by slug, with `reader`'s role.
pub async fn community_by_slug(
    db: &Db,
    slug: &str,
    reader: UserId,
) -> ServiceResult<Option<CommunityPlace>> {
    let row: Option<PlaceTuple> = sqlx::query_as(
        "SELECT k.id, k.slug, k.name, k.visibility, k.archived_at, k.tools, k.forum_mode, m.role, \
         k.all_languages, k.languages, k.wiki_editors \
         FROM communities k LEFT JOIN community_members m ON m.community_id = k.id AND m.user_id = $2 \
         WHERE k.slug = $1 AND k.deleted_at IS NULL",
    )
    .bind(slug)
    .bind(reader.0)
    .fetch_optional(&db.pool)
    .await
    .context("loading a community to write in")?;
    Ok(row.map(
        |(id, slug, name, vis, archived, tools, mode, role, all, langs, editors)| CommunityPlace {
            id: CommunityId(id),
            slug,
            name,
            visibility: Visibility::parse(&vis).unwrap_or(Visibility::Restricted),
            archived: archived.is_some(),
            tools: split_list(&tools)
                .iter()
                .filter_map(|t| Tool::parse(t))
                .collect(),
            forum_mode: if mode == "questions" {
                ForumMode::Questions
            } else {
                ForumMode::Discussion
            },
            role: role.as_deref().and_then(CommunityRole::parse),
            all_languages: all != 0,
            languages: split_list(&langs),
            wiki_editors: WikiEditors::parse(&editors).unwrap_or_default(),
        },
    ))
}

/// The slug of a community that is not deleted.
pub async fn community_slug(db: &Db, id: CommunityId) -> ServiceResult<Option<String>> {
    sqlx::query_scalar("SELECT slug FROM communities WHERE id = $1 AND deleted_at IS NULL")
        .bind(id.0)
        .fetch_optional(&db.pool)
        .await
        .context("finding a community's slug")
}

/// A person's display name.
pub async fn display_name(db: &Db, id: UserId) -> ServiceResult<Option<String>> {
    sqlx::query_scalar("SELECT display_name FROM profiles WHERE user_id = $1")
        .bind(id.0)
        .fetch_optional(&db.pool)
        .await
        .context("finding a person's name")
}

/// One item with everything a reader's view and the policy need.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ItemRow {
    pub id: i64,
    pub kind: String,
    pub author_id: i64,
    pub author_name: String,
    pub community_id: Option<i64>,
    pub parent_id: Option<i64>,
    pub thread_id: Option<i64>,
    pub title: Option<String>,
    pub body: String,
    pub body_html: String,
    pub excerpt: String,
    pub lang: String,
    pub version: i64,
    pub is_question: i64,
    pub accepted_reply_id: Option<i64>,
    pub pinned: i64,
    pub locked: i64,
    pub reply_count: i64,
    pub comment_count: i64,
    pub like_count: i64,
    pub created_at: i64,
    pub published_at: Option<i64>,
    pub edited_at: Option<i64>,
    pub edited_by: Option<i64>,
    pub editor_name: Option<String>,
    pub deleted_at: Option<i64>,
    /// The owner of a personal place: the thread's first author.
    pub place_owner: i64,
    pub community_slug: Option<String>,
    pub community_name: Option<String>,
    pub visibility: Option<String>,
    pub archived_at: Option<i64>,
    pub community_deleted_at: Option<i64>,
    pub my_role: Option<String>,
    pub liked: i64,
    /// Whether the thread's first item (or this one, for a first item) is locked.
    pub thread_locked: i64,
    /// Set on a translation: its original, and the original's version it was made from.
    pub original_id: Option<i64>,
    pub source_version: Option<i64>,
}

impl ItemRow {
    pub fn kind(&self) -> ContentKind {
        ContentKind::parse(&self.kind).unwrap_or(ContentKind::Comment)
    }

    pub fn author(&self) -> PersonRef {
        PersonRef {
            id: UserId(self.author_id),
            display_name: self.author_name.clone(),
        }
    }

    /// Where the item is, as the policy sees it for this row's reader.
    pub fn place(&self) -> Place {
        match self.community_id {
            None => Place::Personal {
                owner: UserId(self.place_owner),
            },
            Some(_) => Place::Community {
                visibility: self
                    .visibility
                    .as_deref()
                    .and_then(Visibility::parse)
                    .unwrap_or(Visibility::Restricted),
                role: self.my_role.as_deref().and_then(CommunityRole::parse),
                archived: self.archived_at.is_some(),
            },
        }
    }

    /// Gone for everyone: deleted, or in a deleted community.
    pub fn gone(&self) -> bool {
        self.deleted_at.is_some() || self.community_deleted_at.is_some()
    }
}

/// The columns of [`ItemRow`]; `$1` must be the reader's id.
const ITEM_SELECT: &str = "SELECT c.id, c.kind, c.author_id, ap.display_name AS author_name, \
     c.community_id, c.parent_id, c.thread_id, c.title, c.body, c.body_html, c.excerpt, c.lang, \
     c.version, c.is_question, c.accepted_reply_id, c.pinned, c.locked, c.reply_count, \
     c.comment_count, c.like_count, c.created_at, c.published_at, c.edited_at, c.edited_by, \
     ep.display_name AS editor_name, c.deleted_at, \
     COALESCE(r.author_id, o.author_id, c.author_id) AS place_owner, \
     k.slug AS community_slug, k.name AS community_name, k.visibility, k.archived_at, \
     k.deleted_at AS community_deleted_at, m.role AS my_role, \
     (SELECT COUNT(*) FROM likes l WHERE l.content_id = c.id AND l.user_id = $1) AS liked, \
     COALESCE(r.locked, c.locked) AS thread_locked, c.original_id, c.source_version \
     FROM content c \
     JOIN profiles ap ON ap.user_id = c.author_id \
     LEFT JOIN profiles ep ON ep.user_id = c.edited_by \
     LEFT JOIN content r ON r.id = c.thread_id \
     LEFT JOIN content o ON o.id = c.original_id \
     LEFT JOIN communities k ON k.id = c.community_id \
     LEFT JOIN community_members m ON m.community_id = c.community_id AND m.user_id = $1";

/// One item by id, deleted or not, with `reader`'s relation to it.
pub async fn item(db: &Db, id: i64, reader: UserId) -> ServiceResult<Option<ItemRow>> {
    let sql = format!("{ITEM_SELECT} WHERE c.id = $2");
    sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(reader.0)
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .context("loading an item")
}

/// The items of a thread after its first, oldest first, not deleted; at most `limit`.
pub async fn thread_items(
    db: &Db,
    thread: i64,
    reader: UserId,
    limit: i64,
) -> ServiceResult<Vec<ItemRow>> {
    let sql = format!(
        "{ITEM_SELECT} WHERE c.thread_id = $2 AND c.deleted_at IS NULL \
         ORDER BY c.created_at, c.id LIMIT $3"
    );
    sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(reader.0)
        .bind(thread)
        .bind(limit)
        .fetch_all(&db.pool)
        .await
        .context("loading a thread")
}

/// The tags of some items, as (item, tag) in tag order.
pub async fn tags_of(db: &Db, ids: &[i64]) -> ServiceResult<Vec<(i64, String)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut args = Args::default();
    let list: Vec<String> = ids.iter().map(|i| args.push(Arg::Int(*i))).collect();
    let sql = format!(
        "SELECT content_id, tag FROM content_tags WHERE content_id IN ({}) ORDER BY content_id, tag",
        list.join(", ")
    );
    args.bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_all(&db.pool)
        .await
        .context("loading tags")
}

/// The condition that `alias` (a `content` row) is visible under `filter`; see
/// [`ContentFilter`]. Every list of content goes through it.
pub fn visible_sql(filter: ContentFilter, args: &mut Args, alias: &str) -> String {
    let ContentFilter::VisibleTo(me) = filter;
    let u = args.push(Arg::Int(me.0));
    let readable = crate::server::visibility::community_readable_by("vk", &u);
    format!(
        "{alias}.deleted_at IS NULL \
         AND ({alias}.published_at IS NOT NULL OR {alias}.author_id = {u}) \
         AND ({alias}.community_id IS NULL OR EXISTS (SELECT 1 FROM communities vk \
              WHERE vk.id = {alias}.community_id AND {readable}))"
    )
}

/// A new item's stored values.
pub struct NewItem<'a> {
    pub kind: ContentKind,
    pub author: UserId,
    pub community: Option<CommunityId>,
    pub parent: Option<i64>,
    pub thread: Option<i64>,
    pub title: Option<&'a str>,
    pub body: &'a str,
    pub rendered: &'a Rendered,
    pub lang: &'a str,
    pub question: bool,
    pub published: bool,
    pub tags: &'a [String],
    pub now: i64,
}

/// One try at writing an item's row under `id`; `None` when that id is taken.
async fn insert_row(
    conn: &mut AnyConnection,
    n: &NewItem<'_>,
    published: Option<i64>,
    id: i64,
) -> ServiceResult<Option<i64>> {
    sqlx::query_scalar(
        "INSERT INTO content (id, kind, author_id, community_id, parent_id, thread_id, title, body, \
         body_html, excerpt, lang, is_question, created_at, published_at, activity_at) \
         VALUES ($14, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $12) \
         ON CONFLICT (id) DO NOTHING RETURNING id",
    )
    .bind(n.kind.as_str())
    .bind(n.author.0)
    .bind(n.community.map(|c| c.0))
    .bind(n.parent)
    .bind(n.thread)
    .bind(n.title)
    .bind(n.body)
    .bind(&n.rendered.html)
    .bind(&n.rendered.excerpt)
    .bind(n.lang)
    .bind(i64::from(n.question))
    .bind(n.now)
    .bind(published)
    .bind(id)
    .fetch_optional(&mut *conn)
    .await
    .context("writing an item")
}

/// Writes an item, its tags, and its parent's counters and activity; returns its id.
pub async fn insert(conn: &mut AnyConnection, n: &NewItem<'_>) -> ServiceResult<i64> {
    let published = n.published.then_some(n.now);
    let mut id = None;
    for _ in 0..public_id::ATTEMPTS {
        id = insert_row(conn, n, published, public_id::draw()).await?;
        if id.is_some() {
            break;
        }
    }
    let id = id.ok_or_else(|| public_id::exhausted("drawing a free content id"))?;
    replace_tags(conn, id, n.tags, published).await?;

    if let Some(parent) = n.parent {
        let counter = if n.kind == ContentKind::Reply {
            "reply_count"
        } else {
            "comment_count"
        };
        let sql = format!("UPDATE content SET {counter} = {counter} + 1 WHERE id = $1");
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(parent)
            .execute(&mut *conn)
            .await
            .context("counting a response")?;
    }
    if let Some(thread) = n.thread {
        // A forum orders topics by their last activity.
        sqlx::query("UPDATE content SET activity_at = $2 WHERE id = $1 AND kind = 'topic'")
            .bind(thread)
            .bind(n.now)
            .execute(&mut *conn)
            .await
            .context("marking a topic active")?;
    }
    Ok(id)
}

/// Sets an item's tags, which carry its publication time.
pub async fn replace_tags(
    conn: &mut AnyConnection,
    id: i64,
    tags: &[String],
    published_at: Option<i64>,
) -> ServiceResult<()> {
    sqlx::query("DELETE FROM content_tags WHERE content_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await
        .context("clearing tags")?;
    for tag in tags {
        sqlx::query("INSERT INTO content_tags (content_id, tag, published_at) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(tag)
            .bind(published_at)
            .execute(&mut *conn)
            .await
            .context("tagging an item")?;
    }
    Ok(())
}

/// An edit: the new text replaces the old, which is kept with who replaced it and when.
pub struct Edit<'a> {
    pub id: i64,
    pub editor: UserId,
    pub title: Option<&'a str>,
    pub body: &'a str,
    pub rendered: &'a Rendered,
    pub lang: &'a str,
    pub tags: Option<&'a [String]>,
    pub now: i64,
}

/// Applies an edit and keeps the previous version; the item's row is written first, so two
/// edits at once take turns.
pub async fn update(conn: &mut AnyConnection, e: &Edit<'_>) -> ServiceResult<()> {
    sqlx::query("UPDATE content SET version = version WHERE id = $1")
        .bind(e.id)
        .execute(&mut *conn)
        .await
        .context("locking an item")?;
    sqlx::query(
        "INSERT INTO content_edits (content_id, version, editor_id, edited_at, title, body, lang) \
         SELECT id, version, $2, $3, title, body, lang FROM content WHERE id = $1",
    )
    .bind(e.id)
    .bind(e.editor.0)
    .bind(e.now)
    .execute(&mut *conn)
    .await
    .context("keeping the previous version")?;
    let published: Option<i64> = sqlx::query_scalar(
        "UPDATE content SET title = $2, body = $3, body_html = $4, excerpt = $5, lang = $6, \
         version = version + 1, edited_at = $7, edited_by = $8 WHERE id = $1 RETURNING published_at",
    )
    .bind(e.id)
    .bind(e.title)
    .bind(e.body)
    .bind(&e.rendered.html)
    .bind(&e.rendered.excerpt)
    .bind(e.lang)
    .bind(e.now)
    .bind(e.editor.0)
    .fetch_one(&mut *conn)
    .await
    .context("editing an item")?;
    if let Some(tags) = e.tags {
        replace_tags(conn, e.id, tags, published).await?;
    }
    Ok(())
}

/// Publishes a draft: it enters streams at this moment.
pub async fn publish(conn: &mut AnyConnection, id: i64, now: i64) -> ServiceResult<bool> {
    let done = sqlx::query(
        "UPDATE content SET published_at = $2, activity_at = $2 WHERE id = $1 AND published_at IS NULL",
    )
    .bind(id)
    .bind(now)
    .execute(&mut *conn)
    .await
    .context("publishing a draft")?
    .rows_affected();
    for sql in [
        "UPDATE content_tags SET published_at = $2 WHERE content_id = $1",
        "UPDATE mentions SET published_at = $2 WHERE content_id = $1",
    ] {
        sqlx::query(sql)
            .bind(id)
            .bind(now)
            .execute(&mut *conn)
            .await
            .context("publishing a draft's tags")?;
    }
    Ok(done > 0)
}

/// Deletes an item with everything under it (a thread's items, a reply's comments, and the
/// translations of all of them), and takes it out of its parent's counters and accepted
/// answer.
pub async fn delete(
    conn: &mut AnyConnection,
    row: &ItemRow,
    by: UserId,
    now: i64,
) -> ServiceResult<()> {
    sqlx::query(
        "UPDATE content SET deleted_at = $2, deleted_by = $3 \
         WHERE (id = $1 OR thread_id = $1 OR parent_id = $1 OR original_id = $1 \
         OR original_id IN (SELECT x.id FROM content x WHERE x.thread_id = $1 OR x.parent_id = $1)) \
         AND deleted_at IS NULL",
    )
    .bind(row.id)
    .bind(now)
    .bind(by.0)
    .execute(&mut *conn)
    .await
    .context("deleting an item")?;
    if let Some(original) = row.original_id {
        sqlx::query(
            "UPDATE content SET translation_count = translation_count - 1 \
             WHERE id = $1 AND translation_count > 0",
        )
        .bind(original)
        .execute(&mut *conn)
        .await
        .context("counting a translation out")?;
    }
    if let Some(parent) = row.parent_id {
        let counter = if row.kind() == ContentKind::Reply {
            "reply_count"
        } else {
            "comment_count"
        };
        let sql = format!(
            "UPDATE content SET {counter} = (SELECT COUNT(*) FROM content x \
             WHERE x.parent_id = $1 AND x.kind = $2 AND x.deleted_at IS NULL), \
             accepted_reply_id = CASE WHEN accepted_reply_id = $3 THEN NULL ELSE accepted_reply_id END \
             WHERE id = $1"
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(parent)
            .bind(row.kind.as_str())
            .bind(row.id)
            .execute(&mut *conn)
            .await
            .context("recounting responses")?;
    }
    Ok(())
}

/// Sets (or with `None` clears) a question's accepted answer.
pub async fn set_accepted(
    conn: &mut AnyConnection,
    topic: i64,
    reply: Option<i64>,
) -> ServiceResult<()> {
    sqlx::query("UPDATE content SET accepted_reply_id = $2 WHERE id = $1")
        .bind(topic)
        .bind(reply)
        .execute(&mut *conn)
        .await
        .context("accepting an answer")?;
    Ok(())
}

/// What a moderator switches on a topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TopicFlag {
    Pinned,
    Locked,
}

/// Pins or locks a topic, or undoes it.
pub async fn set_topic_flag(db: &Db, topic: i64, flag: TopicFlag, on: bool) -> ServiceResult<()> {
    let sql = match flag {
        TopicFlag::Pinned => "UPDATE content SET pinned = $2 WHERE id = $1",
        TopicFlag::Locked => "UPDATE content SET locked = $2 WHERE id = $1",
    };
    sqlx::query(sql)
        .bind(topic)
        .bind(i64::from(on))
        .execute(&db.pool)
        .await
        .context("changing a topic")?;
    Ok(())
}

/// Moves an item, its tags, mentions, likes and notifications back in time (the demo's
/// history: a new database should not look as if everything was said this minute).
pub async fn backdate(db: &Db, id: i64, at: i64) -> ServiceResult<()> {
    for sql in [
        "UPDATE content SET created_at = $2, activity_at = $2, \
         published_at = CASE WHEN published_at IS NULL THEN NULL ELSE $2 END WHERE id = $1",
        "UPDATE content SET activity_at = $2 WHERE id = (SELECT thread_id FROM content WHERE id = $1) \
         AND activity_at < $2",
        "UPDATE content_tags SET published_at = $2 WHERE content_id = $1 AND published_at IS NOT NULL",
        "UPDATE mentions SET published_at = $2 WHERE content_id = $1 AND published_at IS NOT NULL",
        "UPDATE likes SET created_at = $2 WHERE content_id = $1",
        "UPDATE notifications SET created_at = $2, updated_at = $2 WHERE content_id = $1",
    ] {
        sqlx::query(sql)
            .bind(id)
            .bind(at)
            .execute(&db.pool)
            .await
            .context("backdating an item")?;
    }
    Ok(())
}
