//! SQL for notifications: writing one (grouping likes), listing, counting, marking read.

use sqlx::AnyConnection;

use crate::model::content::{Notification, NotificationKind, PersonRef};
use crate::model::ids::{CommunityId, UserId};
use crate::server::content::repo::visible_sql;
use crate::server::db::{Arg, Args, Db};
use crate::server::fault::{Context, ServiceResult};
use crate::server::policy::ContentFilter;

/// One event to tell someone about.
#[derive(Debug, Clone, Copy)]
pub struct Notice {
    pub recipient: UserId,
    pub kind: NotificationKind,
    pub content: Option<i64>,
    pub community: Option<CommunityId>,
    pub actor: UserId,
    pub now: i64,
}

/// Writes a notification, inside the caller's transaction. Nobody is told about their own
/// doing. A like joins the recipient's unread like notification for the same item, if there
/// is one, so ten likes make one line ("Anna and 9 others").
pub async fn notify(conn: &mut AnyConnection, n: Notice) -> ServiceResult<()> {
    if n.recipient == n.actor {
        return Ok(());
    }
    // Likes of one item, and edits of one followed page, gather in one unread notification.
    let grouped = matches!(
        n.kind,
        NotificationKind::Like | NotificationKind::PageEdited
    );
    let existing: Option<i64> = if grouped {
        sqlx::query_scalar(
            "SELECT id FROM notifications WHERE recipient_id = $1 AND kind = $3 \
             AND content_id = $2 AND read_at IS NULL ORDER BY id DESC LIMIT 1",
        )
        .bind(n.recipient.0)
        .bind(n.content)
        .bind(n.kind.as_str())
        .fetch_optional(&mut *conn)
        .await
        .context("finding a like notification")?
    } else {
        None
    };
    let id = match existing {
        Some(id) => renew(conn, id, n.actor, n.now).await?,
        None => sqlx::query_scalar(
            "INSERT INTO notifications (recipient_id, kind, content_id, community_id, actor_id, \
             created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
        )
        .bind(n.recipient.0)
        .bind(n.kind.as_str())
        .bind(n.content)
        .bind(n.community.map(|c| c.0))
        .bind(n.actor.0)
        .bind(n.now)
        .fetch_one(&mut *conn)
        .await
        .context("writing a notification")?,
    };
    record_actor(conn, id, n.actor).await
}

/// Moves an unread notification up, with `actor` as its latest person; its id.
async fn renew(conn: &mut AnyConnection, id: i64, actor: UserId, now: i64) -> ServiceResult<i64> {
    sqlx::query("UPDATE notifications SET actor_id = $2, updated_at = $3 WHERE id = $1")
        .bind(id)
        .bind(actor.0)
        .bind(now)
        .execute(&mut *conn)
        .await
        .context("grouping a notification")?;
    Ok(id)
}

/// Counts `actor` among the people behind notification `id` (once).
async fn record_actor(conn: &mut AnyConnection, id: i64, actor: UserId) -> ServiceResult<()> {
    sqlx::query(
        "INSERT INTO notification_actors (notification_id, actor_id) VALUES ($1, $2) \
         ON CONFLICT DO NOTHING",
    )
    .bind(id)
    .bind(actor.0)
    .execute(&mut *conn)
    .await
    .context("recording who notified")?;
    Ok(())
}

/// Tells a team member that a conversation of their community's shared inbox is theirs now,
/// inside the caller's transaction. Nobody is told about assigning to themselves; given to
/// them again before they read it, the one unread notification says so (no second line).
pub async fn notify_assigned(
    conn: &mut AnyConnection,
    recipient: UserId,
    community: CommunityId,
    conversation: i64,
    actor: UserId,
    now: i64,
) -> ServiceResult<()> {
    if recipient == actor {
        return Ok(());
    }
    let unread: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM notifications WHERE recipient_id = $1 AND kind = 'assigned' \
         AND conversation_id = $2 AND read_at IS NULL ORDER BY id DESC LIMIT 1",
    )
    .bind(recipient.0)
    .bind(conversation)
    .fetch_optional(&mut *conn)
    .await
    .context("finding an assignment notification")?;
    let id = match unread {
        Some(id) => renew(conn, id, actor, now).await?,
        None => sqlx::query_scalar(
            "INSERT INTO notifications (recipient_id, kind, community_id, conversation_id, \
             actor_id, created_at, updated_at) VALUES ($1, 'assigned', $2, $3, $4, $5, $5) \
             RETURNING id",
        )
        .bind(recipient.0)
        .bind(community.0)
        .bind(conversation)
        .bind(actor.0)
        .bind(now)
        .fetch_one(&mut *conn)
        .await
        .context("writing an assignment notification")?,
    };
    record_actor(conn, id, actor).await
}

/// Takes a withdrawn like out of the recipient's unread like notification (a read one is
/// history), and drops the notification when nobody is left in it.
pub async fn withdraw_like(
    conn: &mut AnyConnection,
    recipient: UserId,
    content: i64,
    actor: UserId,
) -> ServiceResult<()> {
    let unread: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM notifications WHERE recipient_id = $1 AND kind = 'like' \
         AND content_id = $2 AND read_at IS NULL ORDER BY id DESC LIMIT 1",
    )
    .bind(recipient.0)
    .bind(content)
    .fetch_optional(&mut *conn)
    .await
    .context("finding a like notification")?;
    let Some(id) = unread else {
        return Ok(());
    };
    sqlx::query("DELETE FROM notification_actors WHERE notification_id = $1 AND actor_id = $2")
        .bind(id)
        .bind(actor.0)
        .execute(&mut *conn)
        .await
        .context("withdrawing a like")?;
    let left: Option<i64> = sqlx::query_scalar(
        "SELECT actor_id FROM notification_actors WHERE notification_id = $1 LIMIT 1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await
    .context("counting who liked")?;
    match left {
        Some(other) => {
            sqlx::query("UPDATE notifications SET actor_id = $2 WHERE id = $1")
                .bind(id)
                .bind(other)
                .execute(&mut *conn)
                .await
                .context("regrouping a like")?;
        }
        None => {
            sqlx::query("DELETE FROM notifications WHERE id = $1")
                .bind(id)
                .execute(&mut *conn)
                .await
                .context("dropping a like notification")?;
        }
    }
    Ok(())
}

/// The condition that notification `n` may be shown to its recipient now: its item is
/// visible to them, or (for community events) the community still is, and (for a shared
/// inbox's conversation, which only the community's members read, even in a public one)
/// they are still a member.
fn shown_sql(filter: ContentFilter, args: &mut Args) -> String {
    let ContentFilter::VisibleTo(me) = filter;
    let visible = visible_sql(filter, args, "c");
    let u = args.push(Arg::Int(me.0));
    let readable = crate::server::visibility::community_readable_by("k", &u);
    format!(
        "n.recipient_id = {u} \
         AND (n.content_id IS NULL OR ({visible})) \
         AND (n.content_id IS NOT NULL OR n.community_id IS NULL OR ({readable})) \
         AND (n.conversation_id IS NULL OR EXISTS (SELECT 1 FROM community_members im \
             WHERE im.community_id = n.community_id AND im.user_id = {u}))"
    )
}

/// A notification's columns, in [`Row`]'s order.
const SELECT: &str = "SELECT n.id, n.kind, n.actor_id, ap.display_name, \
     (SELECT COUNT(*) FROM notification_actors na WHERE na.notification_id = n.id), \
     n.content_id, COALESCE(c.thread_id, c.id), COALESCE(c.title, r.title, ic.subject), c.excerpt, \
     k.slug, k.name, n.updated_at, n.read_at, n.conversation_id \
     FROM notifications n \
     LEFT JOIN content c ON c.id = n.content_id \
     LEFT JOIN content r ON r.id = c.thread_id \
     LEFT JOIN inbox_conversations ic ON ic.id = n.conversation_id \
     LEFT JOIN communities k ON k.id = COALESCE(c.community_id, n.community_id) \
     LEFT JOIN profiles ap ON ap.user_id = n.actor_id";

const FROM: &str = "FROM notifications n \
     LEFT JOIN content c ON c.id = n.content_id \
     LEFT JOIN content r ON r.id = c.thread_id \
     LEFT JOIN communities k ON k.id = COALESCE(c.community_id, n.community_id)";

type Row = (
    i64,
    String,
    Option<i64>,
    Option<String>,
    i64,
    Option<i64>,
    Option<i64>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    i64,
    Option<i64>,
    Option<i64>,
);

/// A page of the recipient's notifications that may be shown, latest first.
pub async fn list(
    db: &Db,
    filter: ContentFilter,
    before: Option<(i64, i64)>,
    limit: i64,
) -> ServiceResult<Vec<Notification>> {
    let mut args = Args::default();
    let shown = shown_sql(filter, &mut args);
    let mut sql = format!("{SELECT} WHERE {shown}");
    if let Some((t, i)) = before {
        let t = args.push(Arg::Int(t));
        let i = args.push(Arg::Int(i));
        sql.push_str(&format!(" AND (n.updated_at, n.id) < ({t}, {i})"));
    }
    let l = args.push(Arg::Int(limit));
    sql.push_str(&format!(" ORDER BY n.updated_at DESC, n.id DESC LIMIT {l}"));
    let rows: Vec<Row> = args
        .bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_all(&db.pool)
        .await
        .context("listing notifications")?;
    Ok(rows.into_iter().filter_map(notification).collect())
}

/// One notification of the recipient, if it may be shown to them now (a mail about it is
/// written, and sent, only then).
pub async fn shown_one(
    db: &Db,
    filter: ContentFilter,
    id: i64,
) -> ServiceResult<Option<Notification>> {
    let mut args = Args::default();
    let shown = shown_sql(filter, &mut args);
    let i = args.push(Arg::Int(id));
    let sql = format!("{SELECT} WHERE {shown} AND n.id = {i}");
    let row: Option<Row> = args
        .bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_optional(&db.pool)
        .await
        .context("reading a notification")?;
    Ok(row.and_then(notification))
}

fn notification(r: Row) -> Option<Notification> {
    let (
        id,
        kind,
        actor,
        actor_name,
        actors,
        content,
        thread,
        title,
        excerpt,
        slug,
        name,
        at,
        read,
        conversation,
    ) = r;
    Some(Notification {
        id,
        kind: NotificationKind::parse(&kind)?,
        actor: actor.zip(actor_name).map(|(id, display_name)| PersonRef {
            id: UserId(id),
            display_name,
        }),
        others: (actors - 1).max(0),
        content_id: content,
        thread_id: thread,
        conversation_id: conversation,
        title,
        excerpt,
        community_slug: slug,
        community_name: name,
        created_at: at,
        read: read.is_some(),
    })
}

/// How many unread notifications the recipient may be shown.
pub async fn unread(db: &Db, filter: ContentFilter) -> ServiceResult<i64> {
    count_unread(db, filter, "").await
}

/// How many unread notifications a digest counts: those of kinds the recipient did not
/// choose never to hear of by mail.
pub async fn unread_for_mail(db: &Db, filter: ContentFilter) -> ServiceResult<i64> {
    count_unread(
        db,
        filter,
        " AND NOT EXISTS (SELECT 1 FROM mail_kind_prefs mk WHERE mk.user_id = n.recipient_id \
         AND mk.kind = n.kind AND mk.choice = 'never')",
    )
    .await
}

async fn count_unread(db: &Db, filter: ContentFilter, also: &str) -> ServiceResult<i64> {
    let mut args = Args::default();
    let shown = shown_sql(filter, &mut args);
    let sql = format!("SELECT COUNT(*) {FROM} WHERE {shown} AND n.read_at IS NULL{also}");
    let (n,): (i64,) = args
        .bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_one(&db.pool)
        .await
        .context("counting notifications")?;
    Ok(n)
}

/// Marks the recipient's notifications read: those in `ids`, or all when it is empty.
pub async fn mark_read(db: &Db, filter: ContentFilter, ids: &[i64], now: i64) -> ServiceResult<()> {
    let ContentFilter::VisibleTo(me) = filter;
    let mut args = Args::default();
    let t = args.push(Arg::Int(now));
    let u = args.push(Arg::Int(me.0));
    let mut sql = format!(
        "UPDATE notifications SET read_at = {t} WHERE recipient_id = {u} AND read_at IS NULL"
    );
    if !ids.is_empty() {
        let list: Vec<String> = ids.iter().map(|i| args.push(Arg::Int(*i))).collect();
        sql.push_str(&format!(" AND id IN ({})", list.join(", ")));
    }
    args.bind_plain(sqlx::query(sqlx::AssertSqlSafe(sql)))
        .execute(&db.pool)
        .await
        .context("marking notifications read")?;
    Ok(())
}
