//! Organisation-wide settings (the `settings` key/value table) and the admins' grants of who
//! may create restricted communities.

use crate::error::{AppError, FieldError};
use crate::model::community::{
    DEFAULT_RESTRICTED_MEMBER_CAP, MAX_RESTRICTED_MEMBER_CAP, OrgSettings,
};
use crate::model::files::{DEFAULT_MAX_UPLOAD_MB, DEFAULT_QUOTA_MB, MAX_UPLOAD_MB_LIMIT};
use crate::model::guard::GuardMode;
use crate::model::ids::UserId;
use crate::server::clock::now_ms;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::db::Db;
use crate::server::fault::{Context, ServiceResult};
use crate::server::policy::{Action, Resource, authorize};

/// The key of the organisation's cap on restricted communities.
pub const RESTRICTED_MEMBER_CAP: &str = "restricted_member_cap";

/// The key of the largest upload, in MB.
pub const MAX_UPLOAD_MB: &str = "max_upload_mb";
/// The key of a community's file quota, in MB.
pub const COMMUNITY_QUOTA_MB: &str = "community_quota_mb";

/// The key of what the guard does with a write that names a watched client.
pub const GUARD_MODE: &str = "guard_mode";

/// Changes to the settings; `None` leaves a setting as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SettingsPatch {
    pub restricted_member_cap: Option<i64>,
    pub max_upload_mb: Option<i64>,
    pub community_quota_mb: Option<i64>,
    /// `refuse` or `hold`, as sent.
    pub guard_mode: Option<String>,
}

/// The settings in force (members read them: the create form states the cap).
pub async fn get_settings(backend: &Backend, ctx: &RequestCtx) -> ServiceResult<OrgSettings> {
    authorize(&ctx.actor, Action::View, &Resource::Settings).map_err(AppError::from)?;
    Ok(OrgSettings {
        restricted_member_cap: restricted_member_cap(&backend.db).await?,
        max_upload_mb: megabytes(&backend.db, MAX_UPLOAD_MB, DEFAULT_MAX_UPLOAD_MB).await?,
        community_quota_mb: megabytes(&backend.db, COMMUNITY_QUOTA_MB, DEFAULT_QUOTA_MB).await?,
        guard_mode: guard_mode(&backend.db).await?,
    })
}

/// What the guard does with a write that names a watched client.
pub async fn guard_mode(db: &Db) -> ServiceResult<GuardMode> {
    let value: Option<String> = sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
        .bind(GUARD_MODE)
        .fetch_optional(&db.pool)
        .await
        .context("reading a setting")?;
    Ok(value
        .as_deref()
        .and_then(GuardMode::parse)
        .unwrap_or_default())
}

/// Changes settings (admins).
pub async fn update_settings(
    backend: &Backend,
    ctx: &RequestCtx,
    patch: SettingsPatch,
) -> ServiceResult<OrgSettings> {
    authorize(&ctx.actor, Action::Edit, &Resource::Settings).map_err(AppError::from)?;
    // Every value is checked before any is saved: a refused request changes nothing.
    let sizes = [
        (MAX_UPLOAD_MB, patch.max_upload_mb, MAX_UPLOAD_MB_LIMIT),
        (
            COMMUNITY_QUOTA_MB,
            patch.community_quota_mb,
            MAX_UPLOAD_MB_LIMIT * 100,
        ),
    ];
    let mut refused: Vec<FieldError> = Vec::new();
    if patch
        .restricted_member_cap
        .is_some_and(|cap| !(1..=i64::from(MAX_RESTRICTED_MEMBER_CAP)).contains(&cap))
    {
        refused.push(FieldError::with_limit(
            RESTRICTED_MEMBER_CAP,
            "out_of_range",
            MAX_RESTRICTED_MEMBER_CAP,
        ));
    }
    refused.extend(
        sizes
            .iter()
            .filter(|(_, value, limit)| value.is_some_and(|mb| !(1..=*limit as i64).contains(&mb)))
            .map(|(key, _, limit)| FieldError::with_limit(key, "out_of_range", *limit as u32)),
    );
    let mode = match patch.guard_mode.as_deref() {
        Some(m) => match GuardMode::parse(m) {
            Some(mode) => Some(mode),
            None => {
                refused.push(FieldError::new(GUARD_MODE, "invalid_choice"));
                None
            }
        },
        None => None,
    };
    if !refused.is_empty() {
        return Err(AppError::validation(refused).into());
    }
    if let Some(mode) = mode {
        let before = guard_mode(&backend.db).await?;
        put(&backend.db, GUARD_MODE, mode.as_str()).await?;
        if before != mode {
            let mut conn = backend
                .db
                .pool
                .acquire()
                .await
                .context("recording a setting")?;
            let entry = crate::server::audit::Entry {
                at: now_ms(),
                actor: ctx.actor.user_id().map(|u| u.0),
                action: "setting_change",
                community: None,
                subject: None,
                detail: serde_json::json!({ "key": GUARD_MODE, "value": mode.as_str() })
                    .to_string(),
            };
            crate::server::audit::append(&mut conn, &[entry]).await?;
        }
    }
    if let Some(cap) = patch.restricted_member_cap {
        put(&backend.db, RESTRICTED_MEMBER_CAP, &cap.to_string()).await?;
    }
    for (key, value, _) in sizes {
        if let Some(mb) = value {
            put(&backend.db, key, &mb.to_string()).await?;
        }
    }
    get_settings(backend, ctx).await
}

/// The organisation's cap on restricted communities.
pub async fn restricted_member_cap(db: &Db) -> ServiceResult<u32> {
    let value: Option<String> = sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
        .bind(RESTRICTED_MEMBER_CAP)
        .fetch_optional(&db.pool)
        .await
        .context("reading a setting")?;
    Ok(value
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_RESTRICTED_MEMBER_CAP))
}

/// A setting in megabytes, or its default.
async fn megabytes(db: &Db, key: &str, default: u64) -> ServiceResult<u64> {
    let value: Option<String> = sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
        .bind(key)
        .fetch_optional(&db.pool)
        .await
        .context("reading a setting")?;
    Ok(value.and_then(|v| v.parse().ok()).unwrap_or(default))
}

/// The largest upload the organisation takes, in bytes.
pub async fn max_upload_bytes(db: &Db) -> ServiceResult<u64> {
    Ok(megabytes(db, MAX_UPLOAD_MB, DEFAULT_MAX_UPLOAD_MB).await? * 1024 * 1024)
}

/// How many bytes a community's files (every version) may take.
pub async fn community_quota_bytes(db: &Db) -> ServiceResult<u64> {
    Ok(megabytes(db, COMMUNITY_QUOTA_MB, DEFAULT_QUOTA_MB).await? * 1024 * 1024)
}

async fn put(db: &Db, key: &str, value: &str) -> ServiceResult<()> {
    sqlx::query(
        "INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
    )
    .bind(key)
    .bind(value)
    .bind(now_ms())
    .execute(&db.pool)
    .await
    .context("saving a setting")?;
    Ok(())
}

/// Allows or stops a person creating restricted communities (admins).
pub async fn set_restricted_creator(
    backend: &Backend,
    ctx: &RequestCtx,
    user: UserId,
    allowed: bool,
) -> ServiceResult<()> {
    use crate::server::compliance::{Grant, grant};
    grant(backend, ctx, Grant::RestrictedCreator, user, allowed).await
}

/// Whether an admin has allowed `user` to create restricted communities.
pub async fn may_create_restricted(db: &Db, user: UserId) -> ServiceResult<bool> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM restricted_creators WHERE user_id = $1")
        .bind(user.0)
        .fetch_one(&db.pool)
        .await
        .context("reading a grant")?;
    Ok(n > 0)
}
