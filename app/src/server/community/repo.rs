//! SQL for communities, members, requests and history. Private to the community services.
//!
//! Every change of membership runs in one transaction that starts by writing the community's
//! row. That write takes the row lock on PostgreSQL and the write lock on SQLite before
//! anything is read, so changes to one community happen one after another: two invitations
//! for the last seat cannot both see it free, and two owners leaving at once cannot both see
//! the other one stay.

use sqlx::AnyConnection;

mod history;
mod members;

use history::insert_event;
pub use history::{Event, StoredEvent, history_page, history_until, record};
pub use members::{Change, Outcome, change, members, owner_names, request_count, requests};

use crate::model::community::{
    CommunityRole, CommunitySummary, ForumMode, Template, Tool, Visibility,
};
use crate::model::ids::{CommunityId, UserId};
use crate::model::wiki::WikiEditors;
use crate::server::account::repo::split_list;
use crate::server::clock::now_ms;
use crate::server::db::{Arg, Args, Db};
use crate::server::fault::{Context, ServiceResult};
use crate::server::policy::CommunityFilter;
use crate::server::public_id;

/// A community row with the reader's relation to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommunityRow {
    pub id: CommunityId,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub visibility: Visibility,
    pub template: Template,
    pub languages: Vec<String>,
    pub tools: Vec<Tool>,
    pub forum_mode: ForumMode,
    pub member_cap: Option<i64>,
    pub member_count: i64,
    pub all_languages: bool,
    pub wiki_editors: WikiEditors,
    pub created_at: i64,
    pub archived: bool,
    pub my_role: Option<CommunityRole>,
    pub my_request_pending: bool,
}

type Row = (
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    Option<i64>,
    i64,
    i64,
    i64,
    Option<i64>,
    Option<String>,
    i64,
);

/// The forum mode and who writes the wiki come as one `mode,editors` column: a row tuple
/// holds at most sixteen.
const COMMUNITY_COLUMNS: &str = "c.id, c.slug, c.name, c.description, c.visibility, c.template, \
     c.languages, c.tools, c.forum_mode || ',' || c.wiki_editors, c.member_cap, c.member_count, c.all_languages, c.created_at, c.archived_at";

fn community_row(r: Row) -> CommunityRow {
    let (
        id,
        slug,
        name,
        description,
        vis,
        template,
        langs,
        tools,
        mode,
        cap,
        count,
        all,
        created,
        archived,
        role,
        pending,
    ) = r;
    let (mode, editors) = mode.split_once(',').unwrap_or((&mode, ""));
    CommunityRow {
        id: CommunityId(id),
        slug,
        name,
        description,
        visibility: Visibility::parse(&vis).unwrap_or(Visibility::Restricted),
        template: Template::parse(&template).unwrap_or(Template::Project),
        languages: split_list(&langs),
        tools: split_list(&tools)
            .iter()
            .filter_map(|t| Tool::parse(t))
            .collect(),
        forum_mode: ForumMode::parse(mode).unwrap_or(ForumMode::Discussion),
        member_cap: cap,
        member_count: count,
        all_languages: all != 0,
        wiki_editors: WikiEditors::parse(editors).unwrap_or_default(),
        created_at: created,
        archived: archived.is_some(),
        my_role: role.as_deref().and_then(CommunityRole::parse),
        my_request_pending: pending > 0,
    }
}

/// A community that is not deleted, by slug, with `viewer`'s role and request.
pub async fn find_by_slug(
    db: &Db,
    slug: &str,
    viewer: UserId,
) -> ServiceResult<Option<CommunityRow>> {
    let sql = format!(
        "SELECT {COMMUNITY_COLUMNS}, m.role, \
         (SELECT COUNT(*) FROM community_requests r WHERE r.community_id = c.id AND r.user_id = $2) \
         FROM communities c LEFT JOIN community_members m ON m.community_id = c.id AND m.user_id = $2 \
         WHERE c.slug = $1 AND c.deleted_at IS NULL"
    );
    let row: Option<Row> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(slug)
        .bind(viewer.0)
        .fetch_optional(&db.pool)
        .await
        .context("loading a community")?;
    Ok(row.map(community_row))
}

/// A deleted community by slug (for exporting its history), with nobody's role.
pub async fn find_deleted_by_slug(db: &Db, slug: &str) -> ServiceResult<Option<CommunityRow>> {
    let sql = format!(
        "SELECT {COMMUNITY_COLUMNS}, NULL, 0 FROM communities c \
         WHERE c.slug = $1 AND c.deleted_at IS NOT NULL"
    );
    let row: Option<Row> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(slug)
        .fetch_optional(&db.pool)
        .await
        .context("loading a deleted community")?;
    Ok(row.map(community_row))
}

/// Whether any community, deleted or not, has this slug.
pub async fn slug_taken(db: &Db, slug: &str) -> ServiceResult<bool> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM communities WHERE slug = $1")
        .bind(slug)
        .fetch_one(&db.pool)
        .await
        .context("checking a slug")?;
    Ok(n > 0)
}

/// A new community's stored values.
pub struct CommunityInsert<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub description: &'a str,
    pub visibility: Visibility,
    pub template: Template,
    pub languages: &'a [String],
    pub tools: &'a [Tool],
    pub forum_mode: ForumMode,
    pub member_cap: Option<i64>,
    pub creator: UserId,
}

/// One try at writing a community's row under `id`; `None` when the id or the slug is taken.
async fn insert_row(
    conn: &mut sqlx::AnyConnection,
    c: &CommunityInsert<'_>,
    now: i64,
    id: i64,
) -> ServiceResult<Option<i64>> {
    sqlx::query_scalar(
        "INSERT INTO communities (id, slug, name, name_key, description, visibility, template, languages, \
         tools, forum_mode, member_cap, member_count, created_by, created_at, updated_at) \
         VALUES ($13, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, $11, $12, $12) \
         ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(c.slug)
    .bind(c.name)
    .bind(c.name.to_lowercase())
    .bind(c.description)
    .bind(c.visibility.as_str())
    .bind(c.template.as_str())
    .bind(c.languages.join(","))
    .bind(tools_text(c.tools))
    .bind(c.forum_mode.as_str())
    .bind(c.member_cap)
    .bind(c.creator.0)
    .bind(now)
    .bind(id)
    .fetch_optional(&mut *conn)
    .await
    .context("creating a community")
}

/// Creates a community with its creator as the only owner, and records that. `None` when
/// the slug was taken in the meantime.
pub async fn insert(db: &Db, c: &CommunityInsert<'_>) -> ServiceResult<Option<CommunityId>> {
    let now = now_ms();
    let mut tx = db.pool.begin().await.context("starting a transaction")?;
    let mut id = None;
    for _ in 0..public_id::ATTEMPTS {
        id = insert_row(&mut tx, c, now, public_id::draw()).await?;
        if id.is_some() {
            break;
        }
        let (slug_taken,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM communities WHERE slug = $1")
                .bind(c.slug)
                .fetch_one(&mut *tx)
                .await
                .context("looking for a slug")?;
        if slug_taken > 0 {
            return Ok(None);
        }
    }
    let Some(id) = id else {
        return Err(public_id::exhausted("drawing a free community id"));
    };

    let id = CommunityId(id);
    replace_languages(&mut tx, id, c.languages).await?;
    sqlx::query(
        "INSERT INTO community_members (community_id, user_id, role, joined_at) VALUES ($1, $2, 'owner', $3)",
    )
    .bind(id.0)
    .bind(c.creator.0)
    .bind(now)
    .execute(&mut *tx)
    .await
    .context("adding the first owner")?;
    let event = Event {
        community: id,
        person: Some(c.creator),
        actor: Some(c.creator),
        event: "created",
        role: Some(CommunityRole::Owner),
        reason: "",
    };
    insert_event(&mut tx, &event).await?;
    tx.commit().await.context("committing a community")?;
    Ok(Some(id))
}

fn tools_text(tools: &[Tool]) -> String {
    tools
        .iter()
        .map(|t| t.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

async fn replace_languages(
    conn: &mut AnyConnection,
    id: CommunityId,
    languages: &[String],
) -> ServiceResult<()> {
    sqlx::query("DELETE FROM community_languages WHERE community_id = $1")
        .bind(id.0)
        .execute(&mut *conn)
        .await
        .context("clearing community languages")?;
    for lang in languages {
        sqlx::query("INSERT INTO community_languages (community_id, lang) VALUES ($1, $2)")
            .bind(id.0)
            .bind(lang)
            .execute(&mut *conn)
            .await
            .context("saving a community language")?;
    }
    Ok(())
}

/// The editable values of a community, all written at once.
pub struct CommunityUpdate<'a> {
    pub name: &'a str,
    pub description: &'a str,
    pub languages: &'a [String],
    pub tools: &'a [Tool],
    pub forum_mode: ForumMode,
    pub member_cap: Option<i64>,
    pub all_languages: bool,
    pub wiki_editors: WikiEditors,
}

/// Writes a community's settings; `false` when it was archived or deleted in the meantime
/// (nothing is written then). A cap below the current member count is refused here, under
/// the row's lock, so it cannot race an invitation.
pub async fn update(db: &Db, id: CommunityId, u: &CommunityUpdate<'_>) -> ServiceResult<bool> {
    let mut tx = db.pool.begin().await.context("starting a transaction")?;
    let changed = sqlx::query(
        "UPDATE communities SET name = $1, name_key = $2, description = $3, languages = $4, tools = $5, \
         forum_mode = $6, member_cap = $7, updated_at = $8, all_languages = $10, wiki_editors = $11 \
         WHERE id = $9 AND archived_at IS NULL AND deleted_at IS NULL \
         AND ($7 IS NULL OR member_count <= $7)",
    )
    .bind(u.name)
    .bind(u.name.to_lowercase())
    .bind(u.description)
    .bind(u.languages.join(","))
    .bind(tools_text(u.tools))
    .bind(u.forum_mode.as_str())
    .bind(u.member_cap)
    .bind(now_ms())
    .bind(id.0)
    .bind(i64::from(u.all_languages))
    .bind(u.wiki_editors.as_str())
    .execute(&mut *tx)
    .await
    .context("updating a community")?
    .rows_affected();
    if changed == 0 {
        tx.rollback().await.context("rolling back")?;
        return Ok(false);
    }
    replace_languages(&mut tx, id, u.languages).await?;
    tx.commit().await.context("committing a community")?;
    Ok(true)
}

/// Archives, un-archives or deletes a community, and records it, when that changes its
/// state (archiving twice records it once).
pub async fn set_state(
    db: &Db,
    id: CommunityId,
    actor: UserId,
    event: &'static str,
) -> ServiceResult<()> {
    let now = now_ms();
    let sql = match event {
        "archived" => {
            "UPDATE communities SET archived_at = $1, updated_at = $1 \
             WHERE id = $2 AND archived_at IS NULL AND deleted_at IS NULL"
        }
        "unarchived" => {
            "UPDATE communities SET archived_at = NULL, updated_at = $1 \
             WHERE id = $2 AND archived_at IS NOT NULL AND deleted_at IS NULL"
        }
        _ => {
            "UPDATE communities SET deleted_at = $1, updated_at = $1 \
             WHERE id = $2 AND deleted_at IS NULL"
        }
    };
    let mut tx = db.pool.begin().await.context("starting a transaction")?;
    let changed = sqlx::query(sql)
        .bind(now)
        .bind(id.0)
        .execute(&mut *tx)
        .await
        .context("changing a community's state")?
        .rows_affected();
    if changed == 0 {
        tx.rollback().await.context("rolling back")?;
        return Ok(());
    }
    let e = Event {
        community: id,
        person: None,
        actor: Some(actor),
        event,
        role: None,
        reason: "",
    };
    insert_event(&mut tx, &e).await?;
    tx.commit()
        .await
        .context("committing a community's state")?;
    Ok(())
}

/// What the directory is filtered by, already normalised.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub words: Vec<String>,
    /// Communities the search index matched for the name box: listed besides those whose
    /// name holds every word.
    pub only: Option<Vec<i64>>,
    pub lang: Option<String>,
    pub template: Option<Template>,
    pub mine: bool,
    pub after: Option<(String, i64)>,
}

/// Escapes `%`, `_` and `\` for a LIKE pattern with `ESCAPE '\'`.
fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// One page of communities in (name_key, id) order. The policy's filter is a condition of
/// this query, so a community the reader may not see is never read, counted or paged over.
pub async fn list(
    db: &Db,
    scope: CommunityFilter,
    f: &ListFilter,
    limit: i64,
) -> ServiceResult<Vec<(CommunitySummary, String, i64)>> {
    // The directory is always one reader's view; the admin overview has its own query.
    let CommunityFilter::VisibleTo(viewer) = scope else {
        return Ok(Vec::new());
    };
    let mut args = Args::default();
    let v = args.push(Arg::Int(viewer.0));
    // Public and moderated communities, and restricted ones the reader is a member of: the
    // policy's filter as a condition of the query.
    let readable = crate::server::visibility::community_readable_by("c", &v);
    let mut sql = format!(
        "SELECT c.slug, c.name, c.visibility, c.member_count, c.template, c.languages, c.description, \
         c.archived_at, m.role, c.name_key, c.id \
         FROM communities c LEFT JOIN community_members m ON m.community_id = c.id AND m.user_id = {v} \
         WHERE {readable}"
    );
    if f.mine {
        // Written as a set the reader's membership index yields (a few dozen rows), so the
        // planner starts from it rather than walking every community by name.
        sql.push_str(&format!(
            " AND c.id IN (SELECT mm.community_id FROM community_members mm WHERE mm.user_id = {v})"
        ));
    }
    // The name box: each word in the name (SQL sees a community the moment it is made), or
    // one of the ids the search index matched (folded, in descriptions too).
    let mut name_has: Vec<String> = Vec::new();
    for w in &f.words {
        let p = args.push(Arg::Text(format!("%{}%", like_escape(w))));
        name_has.push(format!("c.name_key LIKE {p} ESCAPE '\\'"));
    }
    let mut name_box: Vec<String> = Vec::new();
    if !name_has.is_empty() {
        name_box.push(format!("({})", name_has.join(" AND ")));
    }
    if let Some(only) = f.only.as_ref().filter(|o| !o.is_empty()) {
        let list: Vec<String> = only.iter().map(|id| args.push(Arg::Int(*id))).collect();
        name_box.push(format!("c.id IN ({})", list.join(", ")));
    }
    if !name_box.is_empty() {
        sql.push_str(&format!(" AND ({})", name_box.join(" OR ")));
    } else if f.only.is_some() {
        sql.push_str(" AND 1 = 0");
    }
    if let Some(t) = f.template {
        let p = args.push(Arg::Text(t.as_str().to_owned()));
        sql.push_str(&format!(" AND c.template = {p}"));
    }
    if let Some(l) = &f.lang {
        let p = args.push(Arg::Text(l.clone()));
        sql.push_str(&format!(
            " AND c.id IN (SELECT l.community_id FROM community_languages l WHERE l.lang = {p})"
        ));
    }
    if let Some((key, id)) = &f.after {
        let k = args.push(Arg::Text(key.clone()));
        let i = args.push(Arg::Int(*id));
        sql.push_str(&format!(" AND (c.name_key, c.id) > ({k}, {i})"));
    }
    let l = args.push(Arg::Int(limit));
    sql.push_str(&format!(" ORDER BY c.name_key, c.id LIMIT {l}"));
    type ListRow = (
        String,
        String,
        String,
        i64,
        String,
        String,
        String,
        Option<i64>,
        Option<String>,
        String,
        i64,
    );
    let query = args.bind(sqlx::query_as::<_, ListRow>(sqlx::AssertSqlSafe(sql)));
    let rows = query
        .fetch_all(&db.pool)
        .await
        .context("listing communities")?;
    Ok(rows
        .into_iter()
        .map(
            |(slug, name, vis, count, template, langs, description, archived, role, key, id)| {
                let summary = CommunitySummary {
                    slug,
                    name,
                    visibility: Visibility::parse(&vis).unwrap_or(Visibility::Restricted),
                    member_count: count,
                    template: Template::parse(&template).unwrap_or(Template::Project),
                    languages: split_list(&langs),
                    summary: excerpt(&description, 160),
                    my_role: role.as_deref().and_then(CommunityRole::parse),
                    archived: archived.is_some(),
                };
                (summary, key, id)
            },
        )
        .collect())
}

/// The first `max` characters of a text on one line, cut at a word with an ellipsis.
fn excerpt(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut}…")
}

/// A restricted community for the admin overview.
pub struct RestrictedRow {
    pub id: CommunityId,
    pub slug: String,
    pub name: String,
    pub name_key: String,
    pub member_count: i64,
    pub member_cap: Option<i64>,
    pub archived: bool,
    pub deleted: bool,
    pub created_at: i64,
}

type RestrictedTuple = (
    i64,
    String,
    String,
    String,
    i64,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    i64,
);

/// Restricted communities by name, deleted ones included (their insider lists stay
/// exportable), for admins: governance facts only. The scope comes from the policy
/// (`CommunityFilter::RestrictedOnly`).
pub async fn restricted(
    db: &Db,
    scope: CommunityFilter,
    after: Option<(String, i64)>,
    limit: i64,
) -> ServiceResult<Vec<RestrictedRow>> {
    if scope != CommunityFilter::RestrictedOnly {
        return Ok(Vec::new());
    }
    let (key, id) = after.unwrap_or_default();
    let rows: Vec<RestrictedTuple> = sqlx::query_as(
        "SELECT c.id, c.slug, c.name, c.name_key, c.member_count, c.member_cap, c.archived_at, \
         c.deleted_at, c.created_at FROM communities c WHERE c.visibility = 'restricted' \
         AND (c.name_key, c.id) > ($1, $2) ORDER BY c.name_key, c.id LIMIT $3",
    )
    .bind(key)
    .bind(id)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
    .context("listing restricted communities")?;
    Ok(rows
        .into_iter()
        .map(
            |(
                id,
                slug,
                name,
                name_key,
                member_count,
                member_cap,
                archived,
                deleted,
                created_at,
            )| {
                RestrictedRow {
                    id: CommunityId(id),
                    slug,
                    name,
                    name_key,
                    member_count,
                    member_cap,
                    archived: archived.is_some(),
                    deleted: deleted.is_some(),
                    created_at,
                }
            },
        )
        .collect())
}

/// An active account's id by its (normalised) e-mail.
pub async fn active_user_by_email(db: &Db, email: &str) -> ServiceResult<Option<UserId>> {
    let id: Option<i64> =
        sqlx::query_scalar("SELECT id FROM users WHERE email = $1 AND disabled_at IS NULL")
            .bind(email)
            .fetch_optional(&db.pool)
            .await
            .context("finding a person by e-mail")?;
    Ok(id.map(UserId))
}
