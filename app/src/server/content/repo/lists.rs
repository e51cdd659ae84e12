//! SQL for lists of items: the home stream, a community's, a person's, a tag's, blogs, a
//! forum and drafts. Every list carries the content visibility filter inside its SQL.
//!
//! The home stream is a query, not an inbox: nothing is copied per follower when someone
//! posts. Its plan (SQLite and PostgreSQL alike) is a union of six short index range scans,
//! one per reason an item is in the reader's stream:
//!
//! 1. `community_members (user_id, …)` gives the reader's communities, and for each one
//!    `content_stream_by_community (community_id, published_at, id)` gives its threads in the
//!    time window: a nested loop of range scans.
//! 2. the same through `follow_communities` (primary key starts with follower_id);
//! 3. `follow_people` then `content_stream_by_author (author_id, published_at, id)`;
//! 4. the reader's own threads through `content_stream_by_author`;
//! 5. `follow_tags`, then `content_tags_by_tag (tag, published_at, content_id)`;
//! 6. `mentions_by_user (user_id, published_at, content_id)`.
//!
//! The union is a set of ids; the outer query fetches those rows by primary key, applies the
//! visibility filter (two primary-key probes per row), sorts and cuts the batch. It reads only
//! the few columns the language scan decides on ([`Key`]); the joins a list line needs
//! (author, place, thread title) are made afterwards for the page's rows alone ([`by_ids`]),
//! so a batch larger than the page (when the reader's languages leave items out) costs little.
//! The partial indexes hold only published, undeleted threads, so no branch reads a row it
//! throws away.
//!
//! The time window is what keeps this fast at 2 million items: each branch reads only items
//! newer than `since`, so its cost is the number of items in the reader's sources in that
//! window, not in all time. The service asks for a short window first and widens it only
//! when the page is not full (see `content::stream`), so an active reader's first page
//! reads a few days of their communities, and a quiet reader's sources are small anyway.

use crate::model::content::ContentKind;
use crate::model::ids::{CommunityId, UserId};
use crate::server::db::{Arg, Args, Db};
use crate::server::fault::{Context, ServiceResult};
use crate::server::policy::ContentFilter;

/// One line of a list.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ListRow {
    pub id: i64,
    pub kind: String,
    pub title: Option<String>,
    pub excerpt: String,
    pub lang: String,
    pub community_slug: Option<String>,
    pub community_name: Option<String>,
    pub author_id: i64,
    pub author_name: String,
    pub created_at: i64,
    pub published_at: Option<i64>,
    pub activity_at: i64,
    pub thread_id: i64,
    pub like_count: i64,
    pub reply_count: i64,
    pub comment_count: i64,
    pub is_question: i64,
    pub accepted_reply_id: Option<i64>,
    pub pinned: i64,
    pub locked: i64,
    pub edited_at: Option<i64>,
    pub version: i64,
    pub translation_count: i64,
}

/// The columns of a `ListRow`, for a query whose item is `c`.
macro_rules! list_columns {
    () => {
        "SELECT c.id, c.kind, COALESCE(c.title, r.title) AS title, c.excerpt, \
     c.lang, k.slug AS community_slug, k.name AS community_name, c.author_id, \
     ap.display_name AS author_name, c.created_at, c.published_at, c.activity_at, \
     COALESCE(c.thread_id, c.id) AS thread_id, c.like_count, c.reply_count, c.comment_count, \
     c.is_question, c.accepted_reply_id, c.pinned, c.locked, c.edited_at, c.version, \
     c.translation_count"
    };
}

/// What a list row joins to its item `c`: the author's name, the thread's title, the place.
macro_rules! list_joins {
    () => {
        "JOIN profiles ap ON ap.user_id = c.author_id \
     LEFT JOIN content r ON r.id = c.thread_id \
     LEFT JOIN communities k ON k.id = c.community_id"
    };
}

const LIST_COLUMNS: &str = list_columns!();
const LIST_JOINS: &str = list_joins!();
const LIST_SELECT: &str = concat!(list_columns!(), " FROM content c ", list_joins!());

/// The condition of the partial stream indexes, for an alias: published threads that are
/// not deleted and not translations (a translation travels with its original).
fn thread_sql(a: &str) -> String {
    format!(
        "{a}.parent_id IS NULL AND {a}.original_id IS NULL AND {a}.deleted_at IS NULL \
         AND {a}.published_at IS NOT NULL"
    )
}

/// `AND kind IN (…)` for a kind filter; nothing when every kind is wanted.
fn kinds_sql(kinds: &[ContentKind], args: &mut Args, a: &str) -> String {
    if kinds.is_empty() {
        return String::new();
    }
    let list: Vec<String> = kinds
        .iter()
        .map(|k| args.push(Arg::Text(k.as_str().to_owned())))
        .collect();
    format!(" AND {a}.kind IN ({})", list.join(", "))
}

/// `AND (time, id) < cursor` on a time column.
fn before_sql(before: Option<(i64, i64)>, args: &mut Args, time: &str, id: &str) -> String {
    match before {
        Some((t, i)) => {
            let t = args.push(Arg::Int(t));
            let i = args.push(Arg::Int(i));
            format!(" AND ({time}, {id}) < ({t}, {i})")
        }
        None => String::new(),
    }
}

/// A page of a list, newest first, before the cursor.
pub struct Window {
    pub before: Option<(i64, i64)>,
    /// Only items published at or after this time (the stream's widening window).
    pub since: Option<i64>,
    pub limit: i64,
}

impl Window {
    fn sql(&self, args: &mut Args, time: &str, id: &str) -> String {
        let mut s = before_sql(self.before, args, time, id);
        if let Some(since) = self.since {
            let p = args.push(Arg::Int(since));
            s.push_str(&format!(" AND {time} >= {p}"));
        }
        s
    }
}

async fn fetch(db: &Db, sql: String, args: Args) -> ServiceResult<Vec<ListRow>> {
    args.bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_all(&db.pool)
        .await
        .context("listing items")
}

/// A home-stream candidate: what the language scan decides on, without the joins a list line
/// needs (those are made for the page's rows only, by [`by_ids`]).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Key {
    pub id: i64,
    pub lang: String,
    pub author_id: i64,
    pub published_at: Option<i64>,
    pub created_at: i64,
    pub translation_count: i64,
}

/// The reader's home stream, as candidates; see the module comment for the plan.
pub async fn home(
    db: &Db,
    filter: ContentFilter,
    kinds: &[ContentKind],
    w: &Window,
) -> ServiceResult<Vec<Key>> {
    let ContentFilter::VisibleTo(me) = filter;
    let mut args = Args::default();
    let u = args.push(Arg::Int(me.0));
    let x = thread_sql("x");
    let wx = w.sql(&mut args, "x.published_at", "x.id");
    let wt = w.sql(&mut args, "t.published_at", "t.content_id");
    let wm = w.sql(&mut args, "mm.published_at", "mm.content_id");
    let visible = super::visible_sql(filter, &mut args, "c");
    let kinds = kinds_sql(kinds, &mut args, "c");
    let limit = args.push(Arg::Int(w.limit));
    let sql = format!(
        "SELECT c.id, c.lang, c.author_id, c.published_at, c.created_at, c.translation_count \
         FROM content c WHERE c.id IN ( \
           SELECT x.id FROM community_members sm JOIN content x ON x.community_id = sm.community_id \
             WHERE sm.user_id = {u} AND {x}{wx} \
           UNION SELECT x.id FROM follow_communities sf JOIN content x ON x.community_id = sf.community_id \
             WHERE sf.follower_id = {u} AND {x}{wx} \
           UNION SELECT x.id FROM follow_people sp JOIN content x ON x.author_id = sp.user_id \
             WHERE sp.follower_id = {u} AND {x}{wx} \
           UNION SELECT x.id FROM content x WHERE x.author_id = {u} AND {x}{wx} \
           UNION SELECT t.content_id FROM follow_tags st JOIN content_tags t ON t.tag = st.tag \
             WHERE st.follower_id = {u} AND t.published_at IS NOT NULL{wt} \
           UNION SELECT mm.content_id FROM mentions mm \
             WHERE mm.user_id = {u} AND mm.published_at IS NOT NULL{wm} \
         ) AND {visible}{kinds} \
         ORDER BY c.published_at DESC, c.id DESC LIMIT {limit}"
    );
    args.bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_all(&db.pool)
        .await
        .context("reading the home stream")
}

/// List lines for some items, newest first (the home stream's page, once chosen).
pub async fn by_ids(db: &Db, ids: &[i64]) -> ServiceResult<Vec<ListRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut args = Args::default();
    let list: Vec<String> = ids.iter().map(|i| args.push(Arg::Int(*i))).collect();
    let sql = format!(
        "{LIST_SELECT} WHERE c.id IN ({}) ORDER BY c.published_at DESC, c.id DESC",
        list.join(", ")
    );
    fetch(db, sql, args).await
}

/// Where a simple list's threads come from.
#[derive(Debug, Clone, Copy)]
pub enum Source<'a> {
    /// A community's threads.
    Community(CommunityId),
    /// A person's threads, wherever the reader may see them.
    Person(UserId),
    /// Items carrying a tag, wherever the reader may see them.
    Tag(&'a str),
    /// Someone's personal blog.
    PersonalBlog(UserId),
}

/// Threads from one source, newest first.
pub async fn threads(
    db: &Db,
    filter: ContentFilter,
    source: Source<'_>,
    kinds: &[ContentKind],
    w: &Window,
) -> ServiceResult<Vec<ListRow>> {
    let mut args = Args::default();
    let from = match source {
        Source::Community(id) => {
            let p = args.push(Arg::Int(id.0));
            format!("c.community_id = {p} AND {}", thread_sql("c"))
        }
        Source::Person(id) => {
            let p = args.push(Arg::Int(id.0));
            format!("c.author_id = {p} AND {}", thread_sql("c"))
        }
        Source::PersonalBlog(id) => {
            let p = args.push(Arg::Int(id.0));
            format!(
                "c.author_id = {p} AND c.community_id IS NULL AND c.kind = 'blog_post' AND {}",
                thread_sql("c")
            )
        }
        Source::Tag(tag) => return tagged(db, filter, tag, kinds, w).await,
    };
    let wc = w.sql(&mut args, "c.published_at", "c.id");
    let visible = super::visible_sql(filter, &mut args, "c");
    let kinds = kinds_sql(kinds, &mut args, "c");
    let limit = args.push(Arg::Int(w.limit));
    let sql = format!(
        "{LIST_SELECT} WHERE {from}{wc} AND {visible}{kinds} \
         ORDER BY c.published_at DESC, c.id DESC LIMIT {limit}"
    );
    fetch(db, sql, args).await
}

/// Items carrying a tag, newest first. The tag row carries its item's publication time, so
/// the plan walks `content_tags_by_tag (tag, published_at, content_id)` backwards from the
/// cursor and probes each item by primary key; it stops once the page is full, whatever the
/// number of items with the tag. (Ordering by the item's own column instead made both engines
/// read and sort every tagged item: 230 ms for the most used tag at 2 million items.)
async fn tagged(
    db: &Db,
    filter: ContentFilter,
    tag: &str,
    kinds: &[ContentKind],
    w: &Window,
) -> ServiceResult<Vec<ListRow>> {
    let mut args = Args::default();
    let p = args.push(Arg::Text(tag.to_owned()));
    let wt = w.sql(&mut args, "t.published_at", "t.content_id");
    let x = thread_sql("c");
    let visible = super::visible_sql(filter, &mut args, "c");
    let kinds = kinds_sql(kinds, &mut args, "c");
    let limit = args.push(Arg::Int(w.limit));
    let sql = format!(
        "{LIST_COLUMNS} FROM content_tags t JOIN content c ON c.id = t.content_id {LIST_JOINS} \
         WHERE t.tag = {p} AND t.published_at IS NOT NULL{wt} AND {x} AND {visible}{kinds} \
         ORDER BY t.published_at DESC, t.content_id DESC LIMIT {limit}"
    );
    fetch(db, sql, args).await
}

/// Which topics of a forum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TopicFilter {
    All,
    Questions,
    Unanswered,
    Answered,
}

/// A forum's topics: pinned first, then by last activity; `before` is (pinned, activity,
/// id) of the last topic of the previous page.
pub async fn topics(
    db: &Db,
    community: CommunityId,
    filter: TopicFilter,
    before: Option<(i64, i64, i64)>,
    limit: i64,
) -> ServiceResult<Vec<ListRow>> {
    let mut args = Args::default();
    let k = args.push(Arg::Int(community.0));
    let mut sql = format!(
        "{LIST_SELECT} WHERE c.community_id = {k} AND c.kind = 'topic' AND c.original_id IS NULL \
         AND c.deleted_at IS NULL"
    );
    sql.push_str(match filter {
        TopicFilter::All => "",
        TopicFilter::Questions => " AND c.is_question = 1",
        TopicFilter::Unanswered => " AND c.is_question = 1 AND c.accepted_reply_id IS NULL",
        TopicFilter::Answered => " AND c.is_question = 1 AND c.accepted_reply_id IS NOT NULL",
    });
    if let Some((p, a, i)) = before {
        let p = args.push(Arg::Int(p));
        let a = args.push(Arg::Int(a));
        let i = args.push(Arg::Int(i));
        sql.push_str(&format!(
            " AND (c.pinned, c.activity_at, c.id) < ({p}, {a}, {i})"
        ));
    }
    let limit = args.push(Arg::Int(limit));
    sql.push_str(&format!(
        " ORDER BY c.pinned DESC, c.activity_at DESC, c.id DESC LIMIT {limit}"
    ));
    fetch(db, sql, args).await
}

/// The reader's drafts, newest first.
pub async fn drafts(db: &Db, me: UserId, limit: i64) -> ServiceResult<Vec<ListRow>> {
    let mut args = Args::default();
    let m = args.push(Arg::Int(me.0));
    // A draft in a community the author has since lost sight of is out of reach too.
    let visible = super::visible_sql(ContentFilter::VisibleTo(me), &mut args, "c");
    let l = args.push(Arg::Int(limit));
    let sql = format!(
        "{LIST_SELECT} WHERE c.author_id = {m} AND c.published_at IS NULL AND {visible} \
         ORDER BY c.created_at DESC, c.id DESC LIMIT {l}"
    );
    fetch(db, sql, args).await
}
