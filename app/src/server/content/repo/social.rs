//! SQL for likes, follows, mentions and the people a mention may reach.

use sqlx::AnyConnection;

use crate::model::content::{MentionCandidate, PersonRef};
use crate::model::ids::{CommunityId, UserId};
use crate::server::db::{Arg, Args, Db};
use crate::server::fault::{Context, ServiceResult};

/// Likes or unlikes; returns whether the item is now liked and its count. The item's row is
/// written first, so two toggles at once take turns and the count stays exact.
pub async fn toggle_like(
    conn: &mut AnyConnection,
    item: i64,
    me: UserId,
    now: i64,
) -> ServiceResult<(bool, i64)> {
    sqlx::query("UPDATE content SET like_count = like_count WHERE id = $1")
        .bind(item)
        .execute(&mut *conn)
        .await
        .context("locking an item")?;
    let removed = sqlx::query("DELETE FROM likes WHERE content_id = $1 AND user_id = $2")
        .bind(item)
        .bind(me.0)
        .execute(&mut *conn)
        .await
        .context("unliking")?
        .rows_affected();
    if removed == 0 {
        sqlx::query("INSERT INTO likes (content_id, user_id, created_at) VALUES ($1, $2, $3)")
            .bind(item)
            .bind(me.0)
            .bind(now)
            .execute(&mut *conn)
            .await
            .context("liking")?;
    }
    let count: i64 = sqlx::query_scalar(
        "UPDATE content SET like_count = (SELECT COUNT(*) FROM likes WHERE content_id = $1) \
         WHERE id = $1 RETURNING like_count",
    )
    .bind(item)
    .fetch_one(&mut *conn)
    .await
    .context("counting likes")?;
    Ok((removed == 0, count))
}

/// Who liked an item, latest first.
pub async fn likers(db: &Db, item: i64, limit: i64) -> ServiceResult<Vec<PersonRef>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT l.user_id, p.display_name FROM likes l JOIN profiles p ON p.user_id = l.user_id \
         WHERE l.content_id = $1 ORDER BY l.created_at DESC, l.user_id DESC LIMIT $2",
    )
    .bind(item)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
    .context("listing likes")?;
    Ok(rows.into_iter().map(person).collect())
}

fn person((id, display_name): (i64, String)) -> PersonRef {
    PersonRef {
        id: UserId(id),
        display_name,
    }
}

/// What a follow is of.
#[derive(Debug, Clone, Copy)]
pub enum Followed<'a> {
    Person(UserId),
    Community(CommunityId),
    Tag(&'a str),
}

impl Followed<'_> {
    /// The follow table, its column for what is followed, and that value's placeholder.
    fn target(self, args: &mut Args) -> (&'static str, &'static str, String) {
        match self {
            Followed::Person(u) => ("follow_people", "user_id", args.push(Arg::Int(u.0))),
            Followed::Community(c) => (
                "follow_communities",
                "community_id",
                args.push(Arg::Int(c.0)),
            ),
            Followed::Tag(t) => ("follow_tags", "tag", args.push(Arg::Text(t.to_owned()))),
        }
    }
}

/// Starts or stops following; both are idempotent.
pub async fn set_follow(
    db: &Db,
    me: UserId,
    what: Followed<'_>,
    follow: bool,
    now: i64,
) -> ServiceResult<()> {
    let mut args = Args::default();
    let f = args.push(Arg::Int(me.0));
    let (table, column, value) = what.target(&mut args);
    let sql = if follow {
        let t = args.push(Arg::Int(now));
        format!(
            "INSERT INTO {table} (follower_id, {column}, created_at) VALUES ({f}, {value}, {t}) \
             ON CONFLICT DO NOTHING"
        )
    } else {
        format!("DELETE FROM {table} WHERE follower_id = {f} AND {column} = {value}")
    };
    args.bind_plain(sqlx::query(sqlx::AssertSqlSafe(sql)))
        .execute(&db.pool)
        .await
        .context("changing a follow")?;
    Ok(())
}

/// Whether the reader follows something.
pub async fn follows(db: &Db, me: UserId, what: Followed<'_>) -> ServiceResult<bool> {
    let mut args = Args::default();
    let f = args.push(Arg::Int(me.0));
    let (table, column, value) = what.target(&mut args);
    let sql =
        format!("SELECT COUNT(*) FROM {table} WHERE follower_id = {f} AND {column} = {value}");
    let (n,): (i64,) = args
        .bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_one(&db.pool)
        .await
        .context("reading a follow")?;
    Ok(n > 0)
}

/// The people the reader follows, by name.
pub async fn followed_people(db: &Db, me: UserId) -> ServiceResult<Vec<PersonRef>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT f.user_id, p.display_name FROM follow_people f JOIN profiles p ON p.user_id = f.user_id \
         WHERE f.follower_id = $1 ORDER BY p.sort_key, f.user_id",
    )
    .bind(me.0)
    .fetch_all(&db.pool)
    .await
    .context("listing followed people")?;
    Ok(rows.into_iter().map(person).collect())
}

/// The communities the reader follows and may still see, by name.
pub async fn followed_communities(db: &Db, me: UserId) -> ServiceResult<Vec<(String, String)>> {
    let readable = crate::server::visibility::community_readable_by("k", "$1");
    let sql = format!(
        "SELECT k.slug, k.name FROM follow_communities f JOIN communities k ON k.id = f.community_id \
         WHERE f.follower_id = $1 AND {readable} ORDER BY k.name_key, k.id"
    );
    sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(me.0)
        .fetch_all(&db.pool)
        .await
        .context("listing followed communities")
}

/// The tags the reader follows.
pub async fn followed_tags(db: &Db, me: UserId) -> ServiceResult<Vec<String>> {
    sqlx::query_scalar("SELECT tag FROM follow_tags WHERE follower_id = $1 ORDER BY tag")
        .bind(me.0)
        .fetch_all(&db.pool)
        .await
        .context("listing followed tags")
}

/// Of `ids`, the active accounts, with their names; with `members_of`, only its members.
pub async fn audience(
    db: &Db,
    ids: &[UserId],
    members_of: Option<CommunityId>,
) -> ServiceResult<Vec<PersonRef>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut args = Args::default();
    let list: Vec<String> = ids.iter().map(|u| args.push(Arg::Int(u.0))).collect();
    let mut sql = format!(
        "SELECT u.id, p.display_name FROM users u JOIN profiles p ON p.user_id = u.id \
         WHERE u.disabled_at IS NULL AND u.id IN ({})",
        list.join(", ")
    );
    if let Some(c) = members_of {
        let c = args.push(Arg::Int(c.0));
        sql.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM community_members m WHERE m.community_id = {c} AND m.user_id = u.id)"
        ));
    }
    let rows: Vec<(i64, String)> = args
        .bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_all(&db.pool)
        .await
        .context("checking who a mention reaches")?;
    Ok(rows.into_iter().map(person).collect())
}

/// The names of some accounts (for telling an author whom a mention did not reach).
pub async fn names(db: &Db, ids: &[UserId]) -> ServiceResult<Vec<PersonRef>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut args = Args::default();
    let list: Vec<String> = ids.iter().map(|u| args.push(Arg::Int(u.0))).collect();
    let sql = format!(
        "SELECT user_id, display_name FROM profiles WHERE user_id IN ({})",
        list.join(", ")
    );
    let rows: Vec<(i64, String)> = args
        .bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_all(&db.pool)
        .await
        .context("naming people")?;
    Ok(rows.into_iter().map(person).collect())
}

/// Records mentions of an item (those already recorded stay).
pub async fn add_mentions(
    conn: &mut AnyConnection,
    item: i64,
    people: &[UserId],
    published_at: Option<i64>,
) -> ServiceResult<()> {
    for u in people {
        sqlx::query(
            "INSERT INTO mentions (content_id, user_id, published_at) VALUES ($1, $2, $3) \
             ON CONFLICT DO NOTHING",
        )
        .bind(item)
        .bind(u.0)
        .bind(published_at)
        .execute(&mut *conn)
        .await
        .context("recording a mention")?;
    }
    Ok(())
}

/// The people an item mentions already.
pub async fn mentioned(db: &Db, item: i64) -> ServiceResult<Vec<UserId>> {
    let ids: Vec<i64> = sqlx::query_scalar("SELECT user_id FROM mentions WHERE content_id = $1")
        .bind(item)
        .fetch_all(&db.pool)
        .await
        .context("reading mentions")?;
    Ok(ids.into_iter().map(UserId).collect())
}

/// Active people whose name words start with every prefix, by name; with `members_of`,
/// only its members. The reader is left out (nobody mentions themselves).
pub async fn suggest(
    db: &Db,
    prefixes: &[String],
    members_of: Option<CommunityId>,
    me: UserId,
    limit: i64,
) -> ServiceResult<Vec<MentionCandidate>> {
    let mut args = Args::default();
    let m = args.push(Arg::Int(me.0));
    let mut sql = format!(
        "SELECT u.id, p.display_name, p.department, u.email FROM users u JOIN profiles p ON p.user_id = u.id \
         WHERE u.disabled_at IS NULL AND u.id <> {m}"
    );
    for prefix in prefixes {
        let lo = args.push(Arg::Text(prefix.clone()));
        let hi = args.push(Arg::Text(format!("{prefix}\u{10FFFF}")));
        sql.push_str(&format!(
            " AND u.id IN (SELECT t.user_id FROM profile_name_terms t WHERE t.term >= {lo} AND t.term < {hi})"
        ));
    }
    if let Some(c) = members_of {
        let c = args.push(Arg::Int(c.0));
        sql.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM community_members cm WHERE cm.community_id = {c} AND cm.user_id = u.id)"
        ));
    }
    let l = args.push(Arg::Int(limit));
    sql.push_str(&format!(" ORDER BY p.sort_key, u.id LIMIT {l}"));
    let rows: Vec<(i64, String, String, String)> = args
        .bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_all(&db.pool)
        .await
        .context("suggesting people to mention")?;
    Ok(rows
        .into_iter()
        .map(|(id, display_name, department, email)| MentionCandidate {
            id: UserId(id),
            display_name,
            department,
            email,
        })
        .collect())
}
