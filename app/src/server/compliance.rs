//! The compliance officer's side of the client-name guard: who is an officer (admins grant
//! it), the watchlist (`watchlist`, with CSV import and export), the queue of held writes
//! (`queue`) and the audit trail (`trail`). Every change here is itself in the trail.

pub mod queue;
pub mod trail;
pub mod watchlist;

use crate::error::AppError;
use crate::model::ids::UserId;
use crate::server::audit::{self, Entry};
use crate::server::clock::now_ms;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::db::Db;
use crate::server::fault::{Context, ServiceResult};
use crate::server::policy::{Action, Resource, authorize};

/// Whether an admin has made `user` a compliance officer.
pub async fn is_officer(db: &Db, user: UserId) -> ServiceResult<bool> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM compliance_officers WHERE user_id = $1")
        .bind(user.0)
        .fetch_one(&db.pool)
        .await
        .context("reading a compliance officer grant")?;
    Ok(n > 0)
}

/// The actor as the policy sees the compliance tools.
pub async fn tools(backend: &Backend, ctx: &RequestCtx) -> ServiceResult<Resource> {
    let officer = match ctx.actor.user_id() {
        Some(u) => is_officer(&backend.db, u).await?,
        None => false,
    };
    Ok(Resource::Compliance { officer })
}

/// Checks the actor may do `action` with the compliance tools.
pub async fn authorize_tools(
    backend: &Backend,
    ctx: &RequestCtx,
    action: Action,
) -> ServiceResult<UserId> {
    let resource = tools(backend, ctx).await?;
    authorize(&ctx.actor, action, &resource).map_err(AppError::from)?;
    ctx.actor
        .user_id()
        .ok_or_else(|| AppError::Unauthenticated.into())
}

/// Makes a person a compliance officer or stops them being one (admins); recorded.
pub async fn set_officer(
    backend: &Backend,
    ctx: &RequestCtx,
    user: UserId,
    allowed: bool,
) -> ServiceResult<()> {
    grant(backend, ctx, Grant::ComplianceOfficer, user, allowed).await
}

/// A grant an admin gives a person, kept in a table of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grant {
    ComplianceOfficer,
    RestrictedCreator,
}

impl Grant {
    fn table(self) -> &'static str {
        match self {
            Self::ComplianceOfficer => "compliance_officers",
            Self::RestrictedCreator => "restricted_creators",
        }
    }

    fn role(self) -> &'static str {
        match self {
            Self::ComplianceOfficer => "compliance_officer",
            Self::RestrictedCreator => "restricted_creator",
        }
    }
}

/// Gives or takes a grant (admins), with the change in the audit trail in the same
/// transaction; granting twice or revoking what was not granted changes nothing and records
/// nothing. An unknown account is `NotFound`.
pub async fn grant(
    backend: &Backend,
    ctx: &RequestCtx,
    which: Grant,
    user: UserId,
    allowed: bool,
) -> ServiceResult<()> {
    authorize(&ctx.actor, Action::Edit, &Resource::Accounts).map_err(AppError::from)?;
    let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE id = $1")
        .bind(user.0)
        .fetch_optional(&backend.db.pool)
        .await
        .context("finding an account")?;
    if exists.is_none() {
        return Err(AppError::NotFound.into());
    }
    let by = ctx.actor.user_id().map(|u| u.0);
    let mut tx = backend.db.pool.begin().await.context("changing a grant")?;
    let table = which.table();
    let changed = if allowed {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO {table} (user_id, granted_by, granted_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO NOTHING"
        )))
        .bind(user.0)
        .bind(by)
        .bind(now_ms())
        .execute(&mut *tx)
        .await
        .context("granting a role")?
        .rows_affected()
    } else {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DELETE FROM {table} WHERE user_id = $1"
        )))
        .bind(user.0)
        .execute(&mut *tx)
        .await
        .context("revoking a role")?
        .rows_affected()
    };
    if changed > 0 {
        role_change(&mut tx, by, user, which.role(), allowed).await?;
    }
    tx.commit().await.context("changing a grant")?;
    Ok(())
}

/// Records a change of someone's role in the trail, inside the change's transaction.
pub async fn role_change(
    conn: &mut sqlx::AnyConnection,
    by: Option<i64>,
    user: UserId,
    role: &str,
    granted: bool,
) -> ServiceResult<()> {
    let entry = Entry {
        at: now_ms(),
        actor: by,
        action: "role_change",
        community: None,
        subject: Some(user.0),
        detail: serde_json::json!({ "role": role, "granted": granted }).to_string(),
    };
    audit::append(conn, &[entry]).await
}
