//! A community's health panel for its owners: what the community lacks, each with the way to
//! fix it. In the bank's first year owners did not notice their communities had no folders;
//! the panel says so, and the same for a missing wiki front page, questions waiting for an
//! answer, a community gone quiet, and members who never wrote anything there.

use crate::model::community::{CommunityHealth, HealthCheck, Tool};
use crate::model::ids::CommunityId;
use crate::server::clock::now_ms;
use crate::server::community::service::load;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::db::Db;
use crate::server::fault::{Context, ServiceResult};
use crate::server::policy::Action;

/// A question waiting longer than this many days is flagged.
pub const UNANSWERED_DAYS: i64 = 7;
/// A community with nothing new for this many days is flagged as quiet.
pub const QUIET_DAYS: i64 = 30;

const DAY_MS: i64 = 24 * 3600 * 1000;

async fn count(db: &Db, sql: &str, community: CommunityId, at: Option<i64>) -> ServiceResult<i64> {
    let mut q = sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned())).bind(community.0);
    if let Some(at) = at {
        q = q.bind(at);
    }
    q.fetch_one(&db.pool)
        .await
        .context("checking a community's health")
}

/// The health panel (owners, and admins of communities they may govern).
pub async fn health(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
) -> ServiceResult<CommunityHealth> {
    let c = load(backend, ctx, slug, Action::Edit).await?;
    let now = now_ms();
    let base = format!("/communities/{}", c.slug);
    let db = &backend.db;
    let mut checks = Vec::new();
    let line =
        |code: &str, ok: bool, count: Option<i64>, days: Option<i64>, link: String| HealthCheck {
            code: code.to_owned(),
            ok,
            count,
            days,
            link,
        };
    // Without the tool, the fix is switching it on.
    let front = if c.tools.contains(&Tool::Wiki) {
        let pages = count(
            db,
            "SELECT COUNT(*) FROM wiki_pages w JOIN content x ON x.id = w.content_id \
             WHERE w.community_id = $1 AND w.front = 1 AND x.deleted_at IS NULL",
            c.id,
            None,
        )
        .await?;
        line(
            "wiki_front_page",
            pages > 0,
            None,
            None,
            format!("{base}/wiki/new"),
        )
    } else {
        line(
            "wiki_front_page",
            false,
            None,
            None,
            format!("{base}/settings"),
        )
    };
    checks.push(front);
    let files = if c.tools.contains(&Tool::Files) {
        let n = count(
            db,
            "SELECT (SELECT COUNT(*) FROM file_folders f WHERE f.community_id = $1 AND f.deleted_at IS NULL) + \
             (SELECT COUNT(*) FROM files x JOIN content y ON y.id = x.content_id \
              WHERE x.community_id = $1 AND y.deleted_at IS NULL)",
            c.id,
            None,
        )
        .await?;
        line("files", n > 0, None, None, format!("{base}/files"))
    } else {
        line("files", false, None, None, format!("{base}/settings"))
    };
    checks.push(files);
    if c.tools.contains(&Tool::Forum) {
        let waiting = count(
            db,
            "SELECT COUNT(*) FROM content WHERE community_id = $1 AND kind = 'topic' AND is_question = 1 \
             AND accepted_reply_id IS NULL AND original_id IS NULL AND deleted_at IS NULL \
             AND published_at IS NOT NULL AND published_at < $2",
            c.id,
            Some(now - UNANSWERED_DAYS * DAY_MS),
        )
        .await?;
        checks.push(line(
            "unanswered_questions",
            waiting == 0,
            Some(waiting),
            Some(UNANSWERED_DAYS),
            format!("{base}/forum?filter=unanswered"),
        ));
    }
    let last: Option<i64> = sqlx::query_scalar(
        "SELECT MAX(at) FROM (\
         SELECT MAX(published_at) AS at FROM content WHERE community_id = $1 AND parent_id IS NULL \
         AND original_id IS NULL AND deleted_at IS NULL AND published_at IS NOT NULL \
         UNION ALL SELECT MAX(activity_at) AS at FROM content WHERE community_id = $1 AND kind = 'topic' \
         AND original_id IS NULL AND deleted_at IS NULL) latest",
    )
    .bind(c.id.0)
    .fetch_one(&db.pool)
    .await
    .context("finding a community's last activity")?;
    let quiet = last.is_none_or(|t| t < now - QUIET_DAYS * DAY_MS);
    checks.push(line(
        "activity",
        !quiet,
        None,
        Some(QUIET_DAYS),
        base.clone(),
    ));
    let silent = count(
        db,
        "SELECT COUNT(*) FROM community_members m WHERE m.community_id = $1 AND NOT EXISTS \
         (SELECT 1 FROM content x WHERE x.author_id = m.user_id AND x.community_id = $1)",
        c.id,
        None,
    )
    .await?;
    checks.push(line(
        "silent_members",
        silent == 0,
        Some(silent),
        None,
        format!("{base}/members"),
    ));
    Ok(CommunityHealth {
        slug: c.slug,
        checks,
    })
}
