//! SQL for what the index holds: an item, a person or a community as it is now in the
//! database (nothing for what is deleted, disabled or gone), one at a time for a change, or
//! in pages of ids for a rebuild. Who may see each is decided here from its place, as the
//! policy reads it: an item in a community is for that community's readers (the reader's
//! communities are the policy's at query time), a draft or a person's own file for its
//! author, the rest of a personal place for everyone logged in.

use super::document::{Acl, Entity, Source};
use crate::model::content::ContentKind;
use crate::model::search::SearchKind;
use crate::server::db::Db;
use crate::server::fault::{Context, ServiceResult};

/// An item's row.
#[derive(Debug, sqlx::FromRow)]
struct ItemSourceRow {
    id: i64,
    kind: String,
    author_id: i64,
    community_id: Option<i64>,
    title: Option<String>,
    body: String,
    lang: String,
    is_question: i64,
    accepted_reply_id: Option<i64>,
    created_at: i64,
    published_at: Option<i64>,
    original_id: Option<i64>,
    template: Option<String>,
    visibility: Option<String>,
    tags: Option<String>,
    file_owner: Option<i64>,
    file_community: Option<i64>,
    file_name: Option<String>,
    blob_hash: Option<String>,
    file_mime: Option<String>,
}

// A translation is answered when its original is: the original's question state is read.
const ITEM_SELECT: &str = "SELECT c.id, c.kind, c.author_id, c.community_id, c.title, c.body, c.lang, \
     COALESCE(o.is_question, c.is_question) AS is_question, \
     COALESCE(o.accepted_reply_id, c.accepted_reply_id) AS accepted_reply_id, c.created_at, c.published_at, c.original_id, \
     k.template, k.visibility, \
     (SELECT STRING_AGG(t.tag, ' ') FROM content_tags t WHERE t.content_id = c.id) AS tags, \
     f.owner_id AS file_owner, f.community_id AS file_community, f.name AS file_name, \
     v.blob_hash, v.mime AS file_mime \
     FROM content c LEFT JOIN content o ON o.id = c.original_id \
     LEFT JOIN communities k ON k.id = c.community_id \
     LEFT JOIN files f ON f.content_id = COALESCE(c.original_id, c.id) AND f.purged = 0 \
     LEFT JOIN file_versions v ON v.file_id = f.content_id AND v.version = f.current_version";

/// What a file's text is read from: its stored bytes' hash and type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileBytes {
    pub blob_hash: String,
    pub mime: String,
    pub name: String,
}

/// An item to index, with the file whose text belongs to it.
pub struct ItemSource {
    pub source: Source,
    pub file: Option<FileBytes>,
}

fn item_source(r: ItemSourceRow) -> Option<ItemSource> {
    let kind = ContentKind::parse(&r.kind)?;
    // A draft is its author's alone, wherever it is; what is in a restricted community is
    // its readers'; a file's place is its own row's (a person's own file is its owner's
    // alone); the rest everyone logged in reads.
    let restricted = r.visibility.as_deref() == Some("restricted");
    let acl = match (kind, r.community_id.or(r.file_community)) {
        _ if r.published_at.is_none() => Acl::Person(r.author_id),
        (_, Some(c)) if restricted => Acl::Community(c),
        (_, Some(_)) => Acl::Everyone,
        (ContentKind::File, None) => Acl::Person(r.file_owner.unwrap_or(r.author_id)),
        _ => Acl::Everyone,
    };
    let helpdesk = r.template.as_deref() == Some("helpdesk");
    let answered = r.is_question != 0 && r.accepted_reply_id.is_some();
    let boost = match kind {
        ContentKind::WikiPage if helpdesk => 1.5,
        ContentKind::Topic if helpdesk && answered => 1.5,
        ContentKind::Topic if answered => 1.2,
        _ => 1.0,
    };
    // What a reader reads, not the Markdown marks (snippets show it).
    let mut text = super::plain::plain_text(&r.body);
    if let Some(tags) = r.tags.filter(|t| !t.is_empty()) {
        text.push('\n');
        text.push_str(&tags);
    }
    let file = match (r.blob_hash, r.file_mime, r.file_name) {
        (Some(blob_hash), Some(mime), Some(name)) if kind == ContentKind::File => Some(FileBytes {
            blob_hash,
            mime,
            name,
        }),
        _ => None,
    };
    Some(ItemSource {
        source: Source {
            entity: Entity::Item,
            id: r.id,
            kind: SearchKind::of_content(kind),
            original: r.original_id.unwrap_or(r.id),
            acl,
            lang: r.lang,
            community: r.community_id.or(r.file_community).unwrap_or(0),
            author: r.author_id,
            created: r.published_at.unwrap_or(r.created_at),
            boost,
            answered,
            title: r.title.unwrap_or_default(),
            text,
        },
        file,
    })
}

/// The condition of an item that is in the index: not deleted, in no deleted community, and
/// for a file, not purged.
const ITEM_LIVE: &str = "c.deleted_at IS NULL AND (k.id IS NULL OR k.deleted_at IS NULL) \
     AND (c.kind <> 'file' OR f.content_id IS NOT NULL)";

/// An item as the index should hold it; `None` when it should not be there.
pub async fn item(db: &Db, id: i64) -> ServiceResult<Option<ItemSource>> {
    let sql = format!("{ITEM_SELECT} WHERE c.id = $1 AND {ITEM_LIVE}");
    let row: Option<ItemSourceRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .context("loading an item to index")?;
    Ok(row.and_then(item_source))
}

/// Items with ids above `after`, in id order, `limit` at most (a rebuild's page); the last
/// id seen, to continue from.
pub async fn items_after(
    db: &Db,
    after: i64,
    limit: i64,
) -> ServiceResult<(Vec<ItemSource>, Option<i64>)> {
    let sql = format!("{ITEM_SELECT} WHERE c.id > $1 AND {ITEM_LIVE} ORDER BY c.id LIMIT $2");
    let rows: Vec<ItemSourceRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(after)
        .bind(limit)
        .fetch_all(&db.pool)
        .await
        .context("loading items to index")?;
    let last = rows.last().map(|r| r.id);
    Ok((rows.into_iter().filter_map(item_source).collect(), last))
}

#[derive(Debug, sqlx::FromRow)]
struct PersonRow {
    user_id: i64,
    display_name: String,
    title: String,
    department: String,
    country: String,
    expertise: Option<String>,
    created_at: i64,
}

const PERSON_SELECT: &str = "SELECT p.user_id, p.display_name, p.title, p.department, p.country, \
     (SELECT STRING_AGG(e.tag, ' , ') FROM profile_expertise e WHERE e.user_id = p.user_id) AS expertise, \
     u.created_at \
     FROM profiles p JOIN users u ON u.id = p.user_id WHERE u.disabled_at IS NULL";

fn person_source(r: PersonRow) -> Source {
    let expertise = r.expertise.unwrap_or_default();
    Source {
        entity: Entity::Person,
        id: r.user_id,
        kind: SearchKind::Person,
        original: r.user_id,
        acl: Acl::Everyone,
        lang: "und".to_owned(),
        community: 0,
        author: 0,
        created: r.created_at,
        boost: 1.0,
        answered: false,
        title: r.display_name,
        // What the directory's name box promises: name, title, department, country and
        // expertise (not the free text about them, where "it" is an English word).
        text: format!("{}\n{}\n{}\n{expertise}", r.title, r.department, r.country),
    }
}

/// A person as the index should hold them; `None` for an account that is disabled or gone.
pub async fn person(db: &Db, id: i64) -> ServiceResult<Option<Source>> {
    let sql = format!("{PERSON_SELECT} AND p.user_id = $1");
    let row: Option<PersonRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .context("loading a person to index")?;
    Ok(row.map(person_source))
}

/// People with ids above `after` (a rebuild's page), and the last id seen.
pub async fn people_after(
    db: &Db,
    after: i64,
    limit: i64,
) -> ServiceResult<(Vec<Source>, Option<i64>)> {
    let sql = format!("{PERSON_SELECT} AND p.user_id > $1 ORDER BY p.user_id LIMIT $2");
    let rows: Vec<PersonRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(after)
        .bind(limit)
        .fetch_all(&db.pool)
        .await
        .context("loading people to index")?;
    let last = rows.last().map(|r| r.user_id);
    Ok((rows.into_iter().map(person_source).collect(), last))
}

#[derive(Debug, sqlx::FromRow)]
struct CommunityRow {
    id: i64,
    visibility: String,
    name: String,
    description: String,
    created_at: i64,
}

const COMMUNITY_SELECT: &str = "SELECT k.id, k.visibility, k.name, k.description, k.created_at \
     FROM communities k WHERE k.deleted_at IS NULL";

fn community_source(r: CommunityRow) -> Source {
    Source {
        entity: Entity::Community,
        id: r.id,
        kind: SearchKind::Community,
        original: r.id,
        // A restricted community's name too is kept from everyone outside it.
        acl: if r.visibility == "restricted" {
            Acl::Community(r.id)
        } else {
            Acl::Everyone
        },
        lang: "und".to_owned(),
        community: r.id,
        author: 0,
        created: r.created_at,
        boost: 1.0,
        answered: false,
        title: r.name,
        text: r.description,
    }
}

/// A community as the index should hold it; `None` once deleted.
pub async fn community(db: &Db, id: i64) -> ServiceResult<Option<Source>> {
    let sql = format!("{COMMUNITY_SELECT} AND k.id = $1");
    let row: Option<CommunityRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .context("loading a community to index")?;
    Ok(row.map(community_source))
}

/// Communities with ids above `after` (a rebuild's page), and the last id seen.
pub async fn communities_after(
    db: &Db,
    after: i64,
    limit: i64,
) -> ServiceResult<(Vec<Source>, Option<i64>)> {
    let sql = format!("{COMMUNITY_SELECT} AND k.id > $1 ORDER BY k.id LIMIT $2");
    let rows: Vec<CommunityRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(after)
        .bind(limit)
        .fetch_all(&db.pool)
        .await
        .context("loading communities to index")?;
    let last = rows.last().map(|r| r.id);
    Ok((rows.into_iter().map(community_source).collect(), last))
}
