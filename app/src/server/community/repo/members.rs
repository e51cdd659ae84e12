//! SQL for members and join requests, and the one transaction every membership change runs in
//! (see the parent module's comment on locking).

use sqlx::AnyConnection;

use super::{Event, insert_event, record};
use crate::model::community::{
    CommunityRole, DEFAULT_RESTRICTED_MEMBER_CAP, JoinRequest, MemberCard, Visibility,
};
use crate::model::content::NotificationKind;
use crate::model::ids::{CommunityId, UserId};
use crate::model::profile::initials;
use crate::server::clock::now_ms;
use crate::server::db::{Arg, Args, Db};
use crate::server::fault::{Context, ServiceResult};
use crate::server::notification::repo::{Notice, notify};
use crate::server::settings::RESTRICTED_MEMBER_CAP;

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
    let mut args = Args::default();
    let c = args.push(Arg::Int(id.0));
    let mut sql = format!(
        "SELECT m.user_id, p.display_name, p.title, m.role, m.joined_at, p.sort_key \
         FROM community_members m JOIN profiles p ON p.user_id = m.user_id WHERE m.community_id = {c}"
    );
    if let Some(r) = role {
        let p = args.push(Arg::Text(r.as_str().to_owned()));
        sql.push_str(&format!(" AND m.role = {p}"));
    }
    for prefix in prefixes {
        let lo = args.push(Arg::Text(prefix.clone()));
        let hi = args.push(Arg::Text(format!("{prefix}\u{10FFFF}")));
        sql.push_str(&format!(
            " AND m.user_id IN (SELECT t.user_id FROM profile_name_terms t WHERE t.term >= {lo} AND t.term < {hi})"
        ));
    }
    if let Some((key, uid)) = after {
        let k = args.push(Arg::Text(key));
        let i = args.push(Arg::Int(uid));
        sql.push_str(&format!(" AND (p.sort_key, m.user_id) > ({k}, {i})"));
    }
    let l = args.push(Arg::Int(limit));
    sql.push_str(&format!(" ORDER BY p.sort_key, m.user_id LIMIT {l}"));
    let query = args.bind(sqlx::query_as::<_, MemberRow>(sqlx::AssertSqlSafe(sql)));
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

/// A change to one person's membership.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Add as a member with this role (events: joined, added).
    Add(CommunityRole),
    /// Add as a member because their request was approved; the request must still be
    /// waiting, so an approval and a refusal racing each other cannot both happen.
    Approve,
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
    /// Nothing to change (the same role again, a request asked again); nothing recorded.
    Unchanged,
    /// The community was archived in the meantime.
    Archived,
    /// The community was deleted in the meantime.
    Deleted,
    AlreadyMember,
    NotMember,
    NoRequest,
    /// The cap in force, when an addition would exceed it.
    CapReached(i64),
    LastOwner,
}

/// Applies one membership change in one transaction (see the module comment), recording it
/// as `e`.
pub async fn change(db: &Db, e: &Event<'_>, change: Change) -> ServiceResult<Outcome> {
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
        tx.rollback().await.context("rolling back")?;
        let deleted: Option<i64> =
            sqlx::query_scalar("SELECT deleted_at FROM communities WHERE id = $1")
                .bind(c)
                .fetch_one(&db.pool)
                .await
                .context("reading a community's state")?;
        return Ok(if deleted.is_some() {
            Outcome::Deleted
        } else {
            Outcome::Archived
        });
    }
    // Read under the lock, so a cap an admin lowers a moment earlier already counts.
    let org_cap: Option<String> = sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
        .bind(RESTRICTED_MEMBER_CAP)
        .fetch_optional(&mut *tx)
        .await
        .context("reading the member cap")?;
    let org_cap = org_cap
        .and_then(|v| v.parse::<i64>().ok())
        .unwrap_or(i64::from(DEFAULT_RESTRICTED_MEMBER_CAP));
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
    let cap = (visibility == Visibility::Restricted.as_str())
        .then(|| own_cap.map_or(org_cap, |own| own.min(org_cap)));
    let outcome = match (change, current) {
        (Change::Add(_) | Change::Approve | Change::Request, Some(_)) => Outcome::AlreadyMember,
        (Change::Approve, None) if !delete_request(&mut tx, c, person).await? => Outcome::NoRequest,
        (Change::Add(_) | Change::Approve, None) => {
            let role = match change {
                Change::Add(role) => role,
                _ => CommunityRole::Member,
            };
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
        (Change::SetRole(role), Some(old)) if role == old => Outcome::Unchanged,
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
            let asked_before: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM community_requests WHERE community_id = $1 AND user_id = $2",
            )
            .bind(c)
            .bind(person.0)
            .fetch_one(&mut *tx)
            .await
            .context("reading a join request")?;
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
            // Asking again only updates the message; the history has the first request.
            if asked_before > 0 {
                Outcome::Unchanged
            } else {
                Outcome::Done
            }
        }
        (Change::Reject, _) => {
            if delete_request(&mut tx, c, person).await? {
                Outcome::Done
            } else {
                Outcome::NoRequest
            }
        }
    };
    if outcome == Outcome::Unchanged {
        tx.commit()
            .await
            .context("committing a membership change")?;
        return Ok(outcome);
    }
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
    tell(&mut tx, e, change).await?;
    tx.commit()
        .await
        .context("committing a membership change")?;
    Ok(Outcome::Done)
}

/// Notifies those a membership change concerns, inside its transaction: the owners and
/// moderators of a new request, the person approved or added.
async fn tell(conn: &mut AnyConnection, e: &Event<'_>, change: Change) -> ServiceResult<()> {
    let (Some(person), Some(actor)) = (e.person, e.actor) else {
        return Ok(());
    };
    let now = now_ms();
    let notice = |recipient, kind| Notice {
        recipient,
        kind,
        content: None,
        community: Some(e.community),
        actor,
        now,
    };
    match change {
        Change::Request => {
            let deciders: Vec<i64> = sqlx::query_scalar(
                "SELECT user_id FROM community_members WHERE community_id = $1 \
                 AND role IN ('owner', 'moderator')",
            )
            .bind(e.community.0)
            .fetch_all(&mut *conn)
            .await
            .context("finding who decides requests")?;
            for d in deciders {
                notify(conn, notice(UserId(d), NotificationKind::JoinRequest)).await?;
            }
        }
        Change::Approve => notify(conn, notice(person, NotificationKind::Approved)).await?,
        // Joining is adding oneself, which `notify` leaves out.
        Change::Add(_) => notify(conn, notice(person, NotificationKind::Added)).await?,
        _ => {}
    }
    Ok(())
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
