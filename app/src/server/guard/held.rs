//! Writes held for review: what the author asked for, kept whole (`HeldWrite`, as JSON) with
//! the texts and the names found, until a compliance officer releases it (then it is done as
//! its author, who must still be allowed to, and the guard lets it through once) or rejects
//! it (then nothing is written). Authors see their own held writes; officers see all.

use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;

use crate::error::AppError;
use crate::model::content::PersonRef;
use crate::model::guard::{GuardMatch, HeldStatus, HeldText, HeldWriteView};
use crate::model::ids::{CommunityId, UserId};
use crate::server::clock::now_ms;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::db::{Arg, Args, Db};
use crate::server::fault::{Context, ServiceResult};
use crate::server::policy::Actor;

/// A write as it can be done again when released: the service's input, owned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum HeldWrite {
    Status {
        text: String,
        lang: String,
        community_slug: Option<String>,
    },
    BlogPost {
        community_slug: Option<String>,
        title: String,
        body: String,
        lang: String,
        tags: Vec<String>,
        published: bool,
    },
    Topic {
        community_slug: Option<String>,
        title: String,
        body: String,
        lang: String,
        tags: Vec<String>,
        question: Option<bool>,
    },
    Reply {
        topic_id: i64,
        body: String,
        lang: String,
    },
    Comment {
        target_id: i64,
        body: String,
        lang: String,
    },
    Edit {
        id: i64,
        title: Option<String>,
        body: String,
        lang: Option<String>,
        tags: Option<Vec<String>>,
    },
    Translation {
        original_id: i64,
        lang: String,
        title: Option<String>,
        body: String,
    },
    WikiPage {
        community_slug: String,
        title: String,
        body: String,
        lang: String,
        parent_id: Option<i64>,
        tags: Vec<String>,
    },
    WikiEdit {
        id: i64,
        title: Option<String>,
        body: String,
        base_version: i64,
        summary: String,
        lang: Option<String>,
        tags: Option<Vec<String>>,
    },
}

impl HeldWrite {
    /// The kind, as the queue names it.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Status { .. } => "status",
            Self::BlogPost { .. } => "blog_post",
            Self::Topic { .. } => "topic",
            Self::Reply { .. } => "reply",
            Self::Comment { .. } => "comment",
            Self::Edit { .. } => "edit",
            Self::Translation { .. } => "translation",
            Self::WikiPage { .. } => "wiki_page",
            Self::WikiEdit { .. } => "wiki_edit",
        }
    }
}

/// Puts a write in the queue; its id.
pub async fn insert(
    conn: &mut AnyConnection,
    author: Option<i64>,
    community: Option<CommunityId>,
    write: &HeldWrite,
    texts: &[(String, String)],
    matches: &[GuardMatch],
) -> ServiceResult<i64> {
    let author = author.ok_or(AppError::Unauthenticated)?;
    let texts: Vec<HeldText> = texts
        .iter()
        .map(|(field, text)| HeldText {
            field: field.clone(),
            text: text.clone(),
        })
        .collect();
    sqlx::query_scalar(
        "INSERT INTO compliance_held (author_id, community_id, write_kind, request, texts, \
         matches, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, 'held', $7) RETURNING id",
    )
    .bind(author)
    .bind(community.map(|c| c.0))
    .bind(write.kind())
    .bind(serde_json::to_string(write).unwrap_or_default())
    .bind(serde_json::to_string(&texts).unwrap_or_default())
    .bind(serde_json::to_string(matches).unwrap_or_default())
    .bind(now_ms())
    .fetch_one(conn)
    .await
    .context("holding a write for review")
}

type HeldRow = (
    i64,
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    String,
    String,
    i64,
    Option<i64>,
    Option<String>,
    Option<i64>,
    String,
    Option<String>,
);

const HELD_SELECT: &str = "SELECT h.id, h.author_id, pa.display_name, h.write_kind, k.slug, \
     k.name, h.texts, h.matches, h.status, h.created_at, h.decided_by, pd.display_name, \
     h.decided_at, h.reason, h.result_url \
     FROM compliance_held h \
     JOIN profiles pa ON pa.user_id = h.author_id \
     LEFT JOIN profiles pd ON pd.user_id = h.decided_by \
     LEFT JOIN communities k ON k.id = h.community_id";

fn view(r: HeldRow) -> HeldWriteView {
    let (
        id,
        author,
        author_name,
        kind,
        slug,
        name,
        texts,
        matches,
        status,
        created_at,
        decided_by,
        decided_name,
        decided_at,
        reason,
        url,
    ) = r;
    HeldWriteView {
        id,
        author: PersonRef {
            id: UserId(author),
            display_name: author_name,
        },
        write_kind: kind,
        community_slug: slug,
        community_name: name,
        texts: serde_json::from_str(&texts).unwrap_or_default(),
        matches: serde_json::from_str(&matches).unwrap_or_default(),
        status: HeldStatus::parse(&status).unwrap_or(HeldStatus::Held),
        created_at,
        decided_by: decided_by.map(|id| PersonRef {
            id: UserId(id),
            display_name: decided_name.unwrap_or_default(),
        }),
        decided_at,
        reason,
        url,
        // Filled in for the reader by the queue, through the policy.
        may_decide: false,
    }
}

/// Held writes, newest first: all of them (`author` `None`, for officers) or one author's;
/// only those waiting when `waiting`.
pub async fn list(
    db: &Db,
    author: Option<UserId>,
    waiting: bool,
    before: Option<i64>,
    limit: i64,
) -> ServiceResult<Vec<HeldWriteView>> {
    let mut args = Args::default();
    let mut conds = Vec::new();
    if let Some(a) = author {
        conds.push(format!("h.author_id = {}", args.push(Arg::Int(a.0))));
    }
    if waiting {
        conds.push("h.status = 'held'".to_owned());
    }
    if let Some(b) = before {
        conds.push(format!("h.id < {}", args.push(Arg::Int(b))));
    }
    let filter = if conds.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", conds.join(" AND "))
    };
    let l = args.push(Arg::Int(limit));
    let rows: Vec<HeldRow> = args
        .bind(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{HELD_SELECT}{filter} ORDER BY h.id DESC LIMIT {l}"
        ))))
        .fetch_all(&db.pool)
        .await
        .context("listing held writes")?;
    Ok(rows.into_iter().map(view).collect())
}

/// One held write with its request.
pub async fn get(db: &Db, id: i64) -> ServiceResult<Option<(HeldWriteView, HeldWrite)>> {
    let row: Option<HeldRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{HELD_SELECT} WHERE h.id = $1"
    )))
    .bind(id)
    .fetch_optional(&db.pool)
    .await
    .context("reading a held write")?;
    let Some(row) = row else {
        return Ok(None);
    };
    let request: String = sqlx::query_scalar("SELECT request FROM compliance_held WHERE id = $1")
        .bind(id)
        .fetch_one(&db.pool)
        .await
        .context("reading a held write")?;
    let write: HeldWrite =
        serde_json::from_str(&request).map_err(|e| crate::server::fault::ServiceError::Fault {
            context: "reading a held write's request",
            source: Box::new(e),
        })?;
    Ok(Some((view(row), write)))
}

/// How long a decision may take before another officer may take it over (a node that
/// stopped in the middle of a release).
const CLAIM_MS: i64 = 5 * 60 * 1000;

/// Takes a waiting write to decide it; whether no one else is deciding it.
pub async fn claim(db: &Db, id: i64, by: UserId) -> ServiceResult<bool> {
    let now = now_ms();
    let done = sqlx::query(
        "UPDATE compliance_held SET decided_by = $1, decided_at = $2 WHERE id = $3          AND status = 'held' AND (decided_at IS NULL OR decided_at < $4)",
    )
    .bind(by.0)
    .bind(now)
    .bind(id)
    .bind(now - CLAIM_MS)
    .execute(&db.pool)
    .await
    .context("taking a held write to decide")?;
    Ok(done.rows_affected() > 0)
}

/// Gives a write back to the queue after a release that could not be done.
pub async fn unclaim(db: &Db, id: i64) -> ServiceResult<()> {
    sqlx::query(
        "UPDATE compliance_held SET decided_by = NULL, decided_at = NULL          WHERE id = $1 AND status = 'held'",
    )
    .bind(id)
    .execute(&db.pool)
    .await
    .context("giving a held write back")?;
    Ok(())
}

/// Records a decision, if the write is still waiting; whether it was.
pub async fn decide(
    conn: &mut AnyConnection,
    id: i64,
    status: HeldStatus,
    by: UserId,
    reason: &str,
    result: Option<(i64, String)>,
) -> ServiceResult<bool> {
    let done = sqlx::query(
        "UPDATE compliance_held SET status = $1, decided_by = $2, decided_at = $3, reason = $4, \
         result_id = $5, result_url = $6 WHERE id = $7 AND status = 'held'",
    )
    .bind(status.as_str())
    .bind(by.0)
    .bind(now_ms())
    .bind(reason)
    .bind(result.as_ref().map(|r| r.0))
    .bind(result.map(|r| r.1))
    .bind(id)
    .execute(conn)
    .await
    .context("deciding a held write")?;
    Ok(done.rows_affected() > 0)
}

/// The author as the intranet knows them now (an admin, a member, or gone).
async fn author_actor(db: &Db, author: UserId) -> ServiceResult<Option<Actor>> {
    let row: Option<(String, Option<i64>)> =
        sqlx::query_as("SELECT role, disabled_at FROM users WHERE id = $1")
            .bind(author.0)
            .fetch_optional(&db.pool)
            .await
            .context("reading a held write's author")?;
    Ok(
        row.and_then(|(role, disabled)| match (role.as_str(), disabled) {
            (_, Some(_)) => None,
            ("admin", None) => Some(Actor::Admin(author)),
            _ => Some(Actor::Member(author)),
        }),
    )
}

/// Does a released write as its author; the id it made or changed and where it is read.
pub async fn replay(
    backend: &Backend,
    author: UserId,
    write: &HeldWrite,
) -> ServiceResult<(i64, String)> {
    use crate::server::content::{translation, writing};
    use crate::server::wiki::service as wiki;
    let actor = author_actor(&backend.db, author)
        .await?
        .ok_or(AppError::NotFound)?;
    let ctx = RequestCtx {
        released: true,
        ..RequestCtx::for_actor(actor)
    };
    let post = |id: i64| (id, format!("/posts/{id}"));
    let at = |thread: i64, id: i64| (id, format!("/posts/{thread}#item-{id}"));
    Ok(match write {
        HeldWrite::Status {
            text,
            lang,
            community_slug,
        } => post(
            writing::create_status(backend, &ctx, text, lang, community_slug.as_deref())
                .await?
                .id,
        ),
        HeldWrite::BlogPost {
            community_slug,
            title,
            body,
            lang,
            tags,
            published,
        } => {
            let p = writing::NewPost {
                community_slug: community_slug.as_deref(),
                title,
                body,
                lang,
                tags,
                published: *published,
                question: None,
            };
            post(writing::create_blog_post(backend, &ctx, p).await?.id)
        }
        HeldWrite::Topic {
            community_slug,
            title,
            body,
            lang,
            tags,
            question,
        } => {
            let p = writing::NewPost {
                community_slug: community_slug.as_deref(),
                title,
                body,
                lang,
                tags,
                published: true,
                question: *question,
            };
            post(writing::create_topic(backend, &ctx, p).await?.id)
        }
        HeldWrite::Reply {
            topic_id,
            body,
            lang,
        } => at(
            *topic_id,
            writing::create_reply(backend, &ctx, *topic_id, body, lang)
                .await?
                .id,
        ),
        HeldWrite::Comment {
            target_id,
            body,
            lang,
        } => {
            let id = writing::create_comment(backend, &ctx, *target_id, body, lang)
                .await?
                .id;
            (id, thread_url(&backend.db, id).await?)
        }
        HeldWrite::Edit {
            id,
            title,
            body,
            lang,
            tags,
        } => {
            let saved = writing::update(
                backend,
                &ctx,
                *id,
                title.as_deref(),
                body,
                lang.as_deref(),
                tags.as_deref(),
            )
            .await?;
            (saved.id, thread_url(&backend.db, saved.id).await?)
        }
        HeldWrite::Translation {
            original_id,
            lang,
            title,
            body,
        } => {
            let new = crate::model::language::NewTranslation {
                original_id: *original_id,
                lang: lang.clone(),
                title: title.clone(),
                body: body.clone(),
            };
            let id = translation::create(backend, &ctx, new).await?.id;
            (id, thread_url(&backend.db, id).await?)
        }
        HeldWrite::WikiPage {
            community_slug,
            title,
            body,
            lang,
            parent_id,
            tags,
        } => {
            let new = wiki::NewPage {
                community_slug,
                title,
                body,
                lang,
                parent_id: *parent_id,
                tags,
            };
            let made = wiki::create(backend, &ctx, new).await?;
            (made.id, made.path)
        }
        HeldWrite::WikiEdit {
            id,
            title,
            body,
            base_version,
            summary,
            lang,
            tags,
        } => {
            let edit = wiki::PageEdit {
                id: *id,
                title: title.as_deref(),
                body,
                base_version: *base_version,
                summary,
                lang: lang.as_deref(),
                tags: tags.as_deref(),
            };
            let saved = wiki::update(backend, &ctx, edit).await?;
            (saved.id, saved.path)
        }
    })
}

/// Where an item is read: its thread's page at the item (a translation: at its original).
async fn thread_url(db: &Db, id: i64) -> ServiceResult<String> {
    let row: Option<(i64, Option<i64>, Option<i64>)> =
        sqlx::query_as("SELECT id, thread_id, original_id FROM content WHERE id = $1")
            .bind(id)
            .fetch_optional(&db.pool)
            .await
            .context("finding where an item is read")?;
    Ok(match row {
        Some((id, thread, original)) => {
            let at = original.unwrap_or(id);
            match thread {
                Some(t) if t != at => format!("/posts/{t}#item-{at}"),
                _ => format!("/posts/{at}"),
            }
        }
        None => format!("/posts/{id}"),
    })
}
