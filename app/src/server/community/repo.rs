//! SQL for communities, members, requests and history. Private to the community services.
//!
//! Every change of membership runs in one transaction that starts by writing the community's
//! row. That write takes the row lock on PostgreSQL and the write lock on SQLite before
//! anything is read, so changes to one community happen one after another: two invitations
//! for the last seat cannot both see it free, and two owners leaving at once cannot both see
//! the other one stay.

use sqlx::AnyConnection;

use crate::model::community::{
    CommunityRole, CommunitySummary, ForumMode, HistoryEvent, JoinRequest, MemberCard, Template,
    Tool, Visibility,
};
use crate::model::ids::{CommunityId, UserId};
use crate::model::profile::initials;
use crate::server::account::repo::split_list;
use crate::server::clock::now_ms;
use crate::server::db::Db;
use crate::server::fault::{Context, ServiceResult};
use crate::server::policy::CommunityFilter;

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
    Option<i64>,
    Option<String>,
    i64,
);

const COMMUNITY_COLUMNS: &str = "c.id, c.slug, c.name, c.description, c.visibility, c.template, \
     c.languages, c.tools, c.forum_mode, c.member_cap, c.member_count, c.created_at, c.archived_at";

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
        created,
        archived,
        role,
        pending,
    ) = r;
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
        forum_mode: ForumMode::parse(&mode).unwrap_or(ForumMode::Discussion),
        member_cap: cap,
        member_count: count,
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

/// Creates a community with its creator as the only owner, and records that. `None` when
/// the slug was taken in the meantime.
pub async fn insert(db: &Db, c: &CommunityInsert<'_>) -> ServiceResult<Option<CommunityId>> {
    let now = now_ms();
    let mut tx = db.pool.begin().await.context("starting a transaction")?;
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO communities (slug, name, name_key, description, visibility, template, languages, \
         tools, forum_mode, member_cap, member_count, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, $11, $12, $12) \
         ON CONFLICT (slug) DO NOTHING RETURNING id",
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
    .fetch_optional(&mut *tx)
    .await
    .context("creating a community")?;
    let Some(id) = id else {
        return Ok(None);
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
}

pub async fn update(db: &Db, id: CommunityId, u: &CommunityUpdate<'_>) -> ServiceResult<()> {
    let mut tx = db.pool.begin().await.context("starting a transaction")?;
    sqlx::query(
        "UPDATE communities SET name = $1, name_key = $2, description = $3, languages = $4, tools = $5, \
         forum_mode = $6, member_cap = $7, updated_at = $8 WHERE id = $9",
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
    .execute(&mut *tx)
    .await
    .context("updating a community")?;
    replace_languages(&mut tx, id, u.languages).await?;
    tx.commit().await.context("committing a community")?;
    Ok(())
}

/// Archives, un-archives or deletes a community, and records it.
pub async fn set_state(
    db: &Db,
    id: CommunityId,
    actor: UserId,
    event: &'static str,
) -> ServiceResult<()> {
    let now = now_ms();
    let sql = match event {
        "archived" => "UPDATE communities SET archived_at = $1, updated_at = $1 WHERE id = $2",
        "unarchived" => "UPDATE communities SET archived_at = NULL, updated_at = $1 WHERE id = $2",
        _ => "UPDATE communities SET deleted_at = $1, updated_at = $1 WHERE id = $2",
    };
    let mut tx = db.pool.begin().await.context("starting a transaction")?;
    sqlx::query(sql)
        .bind(now)
        .bind(id.0)
        .execute(&mut *tx)
        .await
        .context("changing a community's state")?;
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
    pub lang: Option<String>,
    pub template: Option<Template>,
    pub mine: bool,
    pub after: Option<(String, i64)>,
}

enum Arg {
    Text(String),
    Int(i64),
}

fn placeholder(args: &mut Vec<Arg>, a: Arg) -> String {
    args.push(a);
    format!("${}", args.len())
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
    let mut args: Vec<Arg> = Vec::new();
    let viewer = match scope {
        CommunityFilter::VisibleTo(u) => u.0,
        CommunityFilter::RestrictedOnly => 0,
    };
    let v = placeholder(&mut args, Arg::Int(viewer));
    let mut sql = format!(
        "SELECT c.slug, c.name, c.visibility, c.member_count, c.template, c.languages, c.description, \
         c.archived_at, m.role, c.name_key, c.id \
         FROM communities c LEFT JOIN community_members m ON m.community_id = c.id AND m.user_id = {v} \
         WHERE c.deleted_at IS NULL"
    );
    match scope {
        CommunityFilter::VisibleTo(_) => {
            sql.push_str(" AND (c.visibility <> 'restricted' OR m.user_id IS NOT NULL)")
        }
        CommunityFilter::RestrictedOnly => sql.push_str(" AND c.visibility = 'restricted'"),
    }
    if f.mine {
        sql.push_str(" AND m.user_id IS NOT NULL");
    }
    for w in &f.words {
        let p = placeholder(&mut args, Arg::Text(format!("%{}%", like_escape(w))));
        sql.push_str(&format!(" AND c.name_key LIKE {p} ESCAPE '\\'"));
    }
    if let Some(t) = f.template {
        let p = placeholder(&mut args, Arg::Text(t.as_str().to_owned()));
        sql.push_str(&format!(" AND c.template = {p}"));
    }
    if let Some(l) = &f.lang {
        let p = placeholder(&mut args, Arg::Text(l.clone()));
        sql.push_str(&format!(
            " AND c.id IN (SELECT l.community_id FROM community_languages l WHERE l.lang = {p})"
        ));
    }
    if let Some((key, id)) = &f.after {
        let k = placeholder(&mut args, Arg::Text(key.clone()));
        let i = placeholder(&mut args, Arg::Int(*id));
        sql.push_str(&format!(" AND (c.name_key, c.id) > ({k}, {i})"));
    }
    let l = placeholder(&mut args, Arg::Int(limit));
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
    let mut query = sqlx::query_as::<_, ListRow>(sqlx::AssertSqlSafe(sql));
    for a in args {
        query = match a {
            Arg::Text(s) => query.bind(s),
            Arg::Int(n) => query.bind(n),
        };
    }
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

type MemberRow = (i64, String, String, String, i64, String);

fn member_card((id, name, title, role, joined, _): MemberRow) -> MemberCard {
    MemberCard {
        id: UserId(id),
        initials: initials(&name),
        display_name: name,
        title,
        role: CommunityRole::parse(&role).unwrap_or(CommunityRole::Member),
        joined_at: joined,
    }
}

/// Members by name; `role` narrows to one role, each of `prefixes` must start a name word.
pub async fn members(
    db: &Db,
    id: CommunityId,
    role: Option<CommunityRole>,
    prefixes: &[String],
    after: Option<(String, i64)>,
    limit: i64,
) -> ServiceResult<Vec<(MemberCard, String)>> {
    let mut args: Vec<Arg> = Vec::new();
    let c = placeholder(&mut args, Arg::Int(id.0));
    let mut sql = format!(
        "SELECT m.user_id, p.display_name, p.title, m.role, m.joined_at, p.sort_key \
         FROM community_members m JOIN profiles p ON p.user_id = m.user_id WHERE m.community_id = {c}"
    );
    if let Some(r) = role {
        let p = placeholder(&mut args, Arg::Text(r.as_str().to_owned()));
        sql.push_str(&format!(" AND m.role = {p}"));
    }
    for prefix in prefixes {
        let lo = placeholder(&mut args, Arg::Text(prefix.clone()));
        let hi = placeholder(&mut args, Arg::Text(format!("{prefix}\u{10FFFF}")));
        sql.push_str(&format!(
            " AND m.user_id IN (SELECT t.user_id FROM profile_name_terms t WHERE t.term >= {lo} AND t.term < {hi})"
        ));
    }
    if let Some((key, uid)) = after {
        let k = placeholder(&mut args, Arg::Text(key));
        let i = placeholder(&mut args, Arg::Int(uid));
        sql.push_str(&format!(" AND (p.sort_key, m.user_id) > ({k}, {i})"));
    }
    let l = placeholder(&mut args, Arg::Int(limit));
    sql.push_str(&format!(" ORDER BY p.sort_key, m.user_id LIMIT {l}"));
    let mut query = sqlx::query_as::<_, MemberRow>(sqlx::AssertSqlSafe(sql));
    for a in args {
        query = match a {
            Arg::Text(s) => query.bind(s),
            Arg::Int(n) => query.bind(n),
        };
    }
    let rows = query.fetch_all(&db.pool).await.context("listing members")?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let key = r.5.clone();
            (member_card(r), key)
        })
        .collect())
}

/// The owners of several communities, for the admin overview.
pub async fn owner_names(
    db: &Db,
    ids: &[CommunityId],
) -> ServiceResult<Vec<(CommunityId, String)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let placeholders: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT m.community_id, p.display_name FROM community_members m JOIN profiles p ON p.user_id = m.user_id \
         WHERE m.role = 'owner' AND m.community_id IN ({}) ORDER BY m.community_id, p.sort_key",
        placeholders.join(", ")
    );
    let mut query = sqlx::query_as::<_, (i64, String)>(sqlx::AssertSqlSafe(sql));
    for id in ids {
        query = query.bind(id.0);
    }
    let rows = query.fetch_all(&db.pool).await.context("loading owners")?;
    Ok(rows.into_iter().map(|(c, n)| (CommunityId(c), n)).collect())
}

/// Join requests waiting, oldest first.
pub async fn requests(db: &Db, id: CommunityId) -> ServiceResult<Vec<JoinRequest>> {
    let rows: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT r.user_id, p.display_name, r.message, r.created_at FROM community_requests r \
         JOIN profiles p ON p.user_id = r.user_id WHERE r.community_id = $1 \
         ORDER BY r.created_at, r.user_id LIMIT 500",
    )
    .bind(id.0)
    .fetch_all(&db.pool)
    .await
    .context("listing join requests")?;
    Ok(rows
        .into_iter()
        .map(|(id, name, message, at)| JoinRequest {
            user_id: UserId(id),
            initials: initials(&name),
            display_name: name,
            message,
            created_at: at,
        })
        .collect())
}

pub async fn request_count(db: &Db, id: CommunityId) -> ServiceResult<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM community_requests WHERE community_id = $1")
        .bind(id.0)
        .fetch_one(&db.pool)
        .await
        .context("counting join requests")
}

/// One membership event to record.
#[derive(Debug, Clone, Copy)]
pub struct Event<'a> {
    pub community: CommunityId,
    pub person: Option<UserId>,
    pub actor: Option<UserId>,
    pub event: &'static str,
    pub role: Option<CommunityRole>,
    pub reason: &'a str,
}

async fn insert_event(conn: &mut AnyConnection, e: &Event<'_>) -> ServiceResult<()> {
    sqlx::query(
        "INSERT INTO community_history (community_id, user_id, actor_id, event, role, reason, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(e.community.0)
    .bind(e.person.map(|u| u.0))
    .bind(e.actor.map(|u| u.0))
    .bind(e.event)
    .bind(e.role.map(CommunityRole::as_str))
    .bind(e.reason)
    .bind(now_ms())
    .execute(conn)
    .await
    .context("recording a membership event")?;
    Ok(())
}

/// Records an event on its own (a refusal).
pub async fn record(db: &Db, e: &Event<'_>) -> ServiceResult<()> {
    let mut conn = db.pool.acquire().await.context("getting a connection")?;
    insert_event(&mut conn, e).await
}

/// A change to one person's membership.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Add as a member with this role (events: joined, approved, added).
    Add(CommunityRole),
    /// End the membership (events: left, removed).
    Remove,
    /// Give another role.
    SetRole(CommunityRole),
    /// Ask to join: a request, not a membership.
    Request,
    /// Turn a request down.
    Reject,
}

/// How a change ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// The community was archived or deleted in the meantime.
    Gone,
    AlreadyMember,
    NotMember,
    NoRequest,
    /// The cap in force, when an addition would exceed it.
    CapReached(i64),
    LastOwner,
}

/// Applies one membership change in one transaction (see the module comment), recording it
/// as `e`. `org_cap` is the organisation's cap on restricted communities.
pub async fn change(
    db: &Db,
    e: &Event<'_>,
    change: Change,
    org_cap: i64,
) -> ServiceResult<Outcome> {
    let Some(person) = e.person else {
        return Ok(Outcome::NotMember);
    };
    let c = e.community.0;
    let mut tx = db.pool.begin().await.context("starting a transaction")?;
    // The first statement is a write, so the lock is held before anything below is read.
    let locked = sqlx::query(
        "UPDATE communities SET updated_at = $2 WHERE id = $1 AND deleted_at IS NULL AND archived_at IS NULL",
    )
    .bind(c)
    .bind(now_ms())
    .execute(&mut *tx)
    .await
    .context("locking a community")?
    .rows_affected();
    if locked == 0 {
        return Ok(Outcome::Gone);
    }
    let (visibility, own_cap, count): (String, Option<i64>, i64) = sqlx::query_as(
        "SELECT visibility, member_cap, member_count FROM communities WHERE id = $1",
    )
    .bind(c)
    .fetch_one(&mut *tx)
    .await
    .context("reading a community's size")?;
    let current: Option<String> = sqlx::query_scalar(
        "SELECT role FROM community_members WHERE community_id = $1 AND user_id = $2",
    )
    .bind(c)
    .bind(person.0)
    .fetch_optional(&mut *tx)
    .await
    .context("reading a membership")?;
    let current = current.as_deref().and_then(CommunityRole::parse);
    let owners: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM community_members WHERE community_id = $1 AND role = 'owner'",
    )
    .bind(c)
    .fetch_one(&mut *tx)
    .await
    .context("counting owners")?;
    let outcome = match (change, current) {
        (Change::Add(_) | Change::Request, Some(_)) => Outcome::AlreadyMember,
        (Change::Add(role), None) => {
            let cap = (visibility == Visibility::Restricted.as_str())
                .then(|| own_cap.map_or(org_cap, |own| own.min(org_cap)));
            match cap {
                Some(cap) if count >= cap => Outcome::CapReached(cap),
                _ => {
                    sqlx::query(
                        "INSERT INTO community_members (community_id, user_id, role, joined_at) VALUES ($1, $2, $3, $4)",
                    )
                    .bind(c)
                    .bind(person.0)
                    .bind(role.as_str())
                    .bind(now_ms())
                    .execute(&mut *tx)
                    .await
                    .context("adding a member")?;
                    adjust_count(&mut tx, c, 1).await?;
                    delete_request(&mut tx, c, person).await?;
                    Outcome::Done
                }
            }
        }
        (Change::Remove | Change::SetRole(_), None) => Outcome::NotMember,
        (Change::Remove, Some(CommunityRole::Owner)) if owners <= 1 => Outcome::LastOwner,
        (Change::Remove, Some(_)) => {
            sqlx::query("DELETE FROM community_members WHERE community_id = $1 AND user_id = $2")
                .bind(c)
                .bind(person.0)
                .execute(&mut *tx)
                .await
                .context("removing a member")?;
            adjust_count(&mut tx, c, -1).await?;
            Outcome::Done
        }
        (Change::SetRole(role), Some(CommunityRole::Owner))
            if role != CommunityRole::Owner && owners <= 1 =>
        {
            Outcome::LastOwner
        }
        (Change::SetRole(role), Some(_)) => {
            sqlx::query(
                "UPDATE community_members SET role = $3 WHERE community_id = $1 AND user_id = $2",
            )
            .bind(c)
            .bind(person.0)
            .bind(role.as_str())
            .execute(&mut *tx)
            .await
            .context("changing a role")?;
            Outcome::Done
        }
        (Change::Request, None) => {
            sqlx::query(
                "INSERT INTO community_requests (community_id, user_id, message, created_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (community_id, user_id) DO UPDATE SET message = excluded.message",
            )
            .bind(c)
            .bind(person.0)
            .bind(e.reason)
            .bind(now_ms())
            .execute(&mut *tx)
            .await
            .context("saving a join request")?;
            Outcome::Done
        }
        (Change::Reject, _) => {
            if delete_request(&mut tx, c, person).await? {
                Outcome::Done
            } else {
                Outcome::NoRequest
            }
        }
    };
    if outcome != Outcome::Done {
        tx.rollback().await.context("rolling back")?;
        if let Outcome::CapReached(_) = outcome {
            // A refusal belongs to the insider list's story too.
            let refused = Event {
                event: "refused_cap",
                role: None,
                ..*e
            };
            record(db, &refused).await?;
        }
        return Ok(outcome);
    }
    insert_event(&mut tx, e).await?;
    tx.commit()
        .await
        .context("committing a membership change")?;
    Ok(Outcome::Done)
}

async fn adjust_count(conn: &mut AnyConnection, c: i64, by: i64) -> ServiceResult<()> {
    sqlx::query("UPDATE communities SET member_count = member_count + $2 WHERE id = $1")
        .bind(c)
        .bind(by)
        .execute(&mut *conn)
        .await
        .context("counting members")?;
    Ok(())
}

async fn delete_request(conn: &mut AnyConnection, c: i64, person: UserId) -> ServiceResult<bool> {
    let n = sqlx::query("DELETE FROM community_requests WHERE community_id = $1 AND user_id = $2")
        .bind(c)
        .bind(person.0)
        .execute(&mut *conn)
        .await
        .context("removing a join request")?
        .rows_affected();
    Ok(n > 0)
}

type HistoryRow = (
    i64,
    i64,
    String,
    Option<i64>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
);

const HISTORY_SELECT: &str = "SELECT h.id, h.at, h.event, h.user_id, pp.display_name, u.email, \
     pa.display_name, h.role, h.reason FROM community_history h \
     LEFT JOIN profiles pp ON pp.user_id = h.user_id \
     LEFT JOIN users u ON u.id = h.user_id \
     LEFT JOIN profiles pa ON pa.user_id = h.actor_id \
     WHERE h.community_id = $1";

/// A recorded event with the e-mail of its person.
pub struct StoredEvent {
    pub event: HistoryEvent,
    pub email: Option<String>,
}

fn stored_event(
    (id, at, event, uid, person, email, actor, role, reason): HistoryRow,
) -> StoredEvent {
    StoredEvent {
        event: HistoryEvent {
            id,
            at,
            event,
            person,
            person_id: uid.map(UserId),
            actor,
            role: role.as_deref().and_then(CommunityRole::parse),
            reason,
        },
        email,
    }
}

/// A page of history, newest first, before the `(at, id)` cursor.
pub async fn history_page(
    db: &Db,
    id: CommunityId,
    before: Option<(i64, i64)>,
    limit: i64,
) -> ServiceResult<Vec<HistoryEvent>> {
    let (at, hid) = before.unwrap_or((i64::MAX, i64::MAX));
    let sql = format!(
        "{HISTORY_SELECT} AND (h.at, h.id) < ($2, $3) ORDER BY h.at DESC, h.id DESC LIMIT $4"
    );
    let rows: Vec<HistoryRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id.0)
        .bind(at)
        .bind(hid)
        .bind(limit)
        .fetch_all(&db.pool)
        .await
        .context("reading history")?;
    Ok(rows.into_iter().map(|r| stored_event(r).event).collect())
}

/// Every event before `until`, oldest first, for the insider list.
pub async fn history_until(
    db: &Db,
    id: CommunityId,
    until: i64,
) -> ServiceResult<Vec<StoredEvent>> {
    let sql = format!("{HISTORY_SELECT} AND h.at < $2 ORDER BY h.at, h.id");
    let rows: Vec<HistoryRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id.0)
        .bind(until)
        .fetch_all(&db.pool)
        .await
        .context("reading history")?;
    Ok(rows.into_iter().map(stored_event).collect())
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
    i64,
);

/// Restricted communities by name, for admins: governance facts only. The scope comes from
/// the policy (`CommunityFilter::RestrictedOnly`).
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
        "SELECT c.id, c.slug, c.name, c.name_key, c.member_count, c.member_cap, c.archived_at, c.created_at \
         FROM communities c WHERE c.visibility = 'restricted' AND c.deleted_at IS NULL \
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
            |(id, slug, name, name_key, member_count, member_cap, archived, created_at)| {
                RestrictedRow {
                    id: CommunityId(id),
                    slug,
                    name,
                    name_key,
                    member_count,
                    member_cap,
                    archived: archived.is_some(),
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
