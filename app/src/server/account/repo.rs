//! SQL for accounts. Private to the backend: only services call it.

use crate::model::account::{AccountSummary, Me, Role};
use crate::model::ids::UserId;
use crate::server::clock::now_ms;
use crate::server::db::Db;
use crate::server::fault::{Context, ServiceResult};

/// What login needs to know about an e-mail address.
pub struct LoginRow {
    pub id: UserId,
    pub password_hash: Option<String>,
    pub disabled_at: Option<i64>,
}

/// A new account and its profile's starting values.
pub struct AccountInsert<'a> {
    pub email: &'a str,
    pub password_hash: Option<&'a str>,
    pub role: Role,
    pub display_name: &'a str,
    /// The name's confusable skeleton (`server::text::name_skeleton`).
    pub name_skeleton: &'a str,
    /// Empty when the account follows the browser's language.
    pub ui_language: &'a str,
}

pub async fn find_login(db: &Db, email: &str) -> ServiceResult<Option<LoginRow>> {
    let row: Option<(i64, Option<String>, Option<i64>)> =
        sqlx::query_as("SELECT id, password_hash, disabled_at FROM users WHERE email = $1")
            .bind(email)
            .fetch_optional(&db.pool)
            .await
            .context("finding an account by e-mail")?;
    Ok(row.map(|(id, password_hash, disabled_at)| LoginRow {
        id: UserId(id),
        password_hash,
        disabled_at,
    }))
}

pub async fn find_me(db: &Db, id: UserId) -> ServiceResult<Option<Me>> {
    type MeRow = (i64, String, String, String, String, String, i64, i64);
    let row: Option<MeRow> = sqlx::query_as(
        "SELECT u.id, u.email, p.display_name, u.role, p.ui_language, p.read_languages, \
         (SELECT COUNT(*) FROM restricted_creators rc WHERE rc.user_id = u.id), \
         (SELECT COUNT(*) FROM compliance_officers co WHERE co.user_id = u.id) \
         FROM users u JOIN profiles p ON p.user_id = u.id WHERE u.id = $1 AND u.disabled_at IS NULL",
    )
    .bind(id.0)
    .fetch_optional(&db.pool)
    .await
    .context("loading the current user")?;
    Ok(row.map(
        |(id, email, display_name, role, ui_language, read, grant, officer)| Me {
            id: UserId(id),
            email,
            display_name,
            role: Role::parse(&role).unwrap_or(Role::Member),
            ui_language,
            read_languages: split_list(&read),
            // Decided by the auth service through the policy.
            can_manage_accounts: false,
            // The admin's grant; the auth service replaces it with the policy's decision.
            can_create_restricted: grant > 0,
            // The admin's grant; the auth service replaces it with the policy's decision.
            can_use_compliance_tools: officer > 0,
        },
    ))
}

pub async fn find_password_hash(db: &Db, id: UserId) -> ServiceResult<Option<String>> {
    let row: Option<(Option<String>,)> =
        sqlx::query_as("SELECT password_hash FROM users WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&db.pool)
            .await
            .context("loading a password hash")?;
    Ok(row.and_then(|r| r.0))
}

/// Inserts the account and its profile in one transaction; `None` when the e-mail is taken.
pub async fn insert(
    db: &Db,
    new: &AccountInsert<'_>,
    name_terms: &[String],
    sort_key: &str,
) -> ServiceResult<Option<UserId>> {
    let now = now_ms();
    let mut tx = db.pool.begin().await.context("starting a transaction")?;
    let id: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO users (email, password_hash, role, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) \
         ON CONFLICT (email) DO NOTHING RETURNING id",
    )
    .bind(new.email)
    .bind(new.password_hash)
    .bind(new.role.as_str())
    .bind(now)
    .fetch_optional(&mut *tx)
    .await
    .context("inserting an account")?;
    let Some((id,)) = id else {
        return Ok(None);
    };
    let read_languages = match new.ui_language {
        "" | "en" | "en-XA" => "en".to_owned(),
        lang => format!("{lang},en"),
    };
    sqlx::query(
        "INSERT INTO profiles (user_id, display_name, sort_key, ui_language, read_languages, updated_at, name_skeleton) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(id)
    .bind(new.display_name)
    .bind(sort_key)
    .bind(new.ui_language)
    .bind(read_languages)
    .bind(now)
    .bind(new.name_skeleton)
    .execute(&mut *tx)
    .await
    .context("inserting a profile")?;
    for term in name_terms {
        sqlx::query(
            "INSERT INTO profile_name_terms (term, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(term)
        .bind(id)
        .execute(&mut *tx)
        .await
        .context("indexing a name")?;
    }
    tx.commit().await.context("committing an account")?;
    Ok(Some(UserId(id)))
}

/// An account row as the admin list reads it: id, e-mail, name, role, disabled, created,
/// whether the person may create restricted communities and is a compliance officer (counts,
/// 0 or 1).
type AccountRow = (i64, String, String, String, Option<i64>, i64, i64, i64);

/// One page of accounts ordered by e-mail, after `after` (keyset).
pub async fn list(db: &Db, after: Option<&str>, limit: i64) -> ServiceResult<Vec<AccountSummary>> {
    let rows: Vec<AccountRow> = sqlx::query_as(
        "SELECT u.id, u.email, p.display_name, u.role, u.disabled_at, u.created_at, \
         (SELECT COUNT(*) FROM restricted_creators rc WHERE rc.user_id = u.id), \
         (SELECT COUNT(*) FROM compliance_officers co WHERE co.user_id = u.id) \
         FROM users u JOIN profiles p ON p.user_id = u.id WHERE u.email > $1 ORDER BY u.email LIMIT $2",
    )
    .bind(after.unwrap_or(""))
    .bind(limit)
    .fetch_all(&db.pool)
    .await
    .context("listing accounts")?;
    Ok(rows
        .into_iter()
        .map(
            |(id, email, display_name, role, disabled_at, created_at, grant, officer)| {
                AccountSummary {
                    id: UserId(id),
                    email,
                    display_name,
                    role: Role::parse(&role).unwrap_or(Role::Member),
                    disabled: disabled_at.is_some(),
                    created_at,
                    may_create_restricted: grant > 0,
                    compliance_officer: officer > 0,
                }
            },
        )
        .collect())
}

/// Finds an account id by e-mail (command line).
pub async fn find_id_by_email(db: &Db, email: &str) -> ServiceResult<Option<UserId>> {
    Ok(find_login(db, email).await?.map(|r| r.id))
}

/// Disables or re-enables an account; disabling deletes all its sessions in the same
/// transaction, so they end at once. Returns whether the account exists.
pub async fn set_disabled(db: &Db, id: UserId, disabled: bool) -> ServiceResult<bool> {
    let now = now_ms();
    let mut tx = db.pool.begin().await.context("starting a transaction")?;
    let done = sqlx::query(
        "UPDATE users SET disabled_at = CASE WHEN $1 = 1 THEN COALESCE(disabled_at, $2) ELSE NULL END, updated_at = $2 WHERE id = $3",
    )
    .bind(i64::from(disabled))
    .bind(now)
    .bind(id.0)
    .execute(&mut *tx)
    .await
    .context("disabling an account")?;
    if disabled {
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(id.0)
            .execute(&mut *tx)
            .await
            .context("ending an account's sessions")?;
    }
    tx.commit().await.context("committing a disable")?;
    Ok(done.rows_affected() > 0)
}

/// Sets a new password hash and ends the user's sessions except `keep` (the one that made
/// the change, if any).
pub async fn update_password(
    db: &Db,
    id: UserId,
    hash: &str,
    keep: Option<&str>,
) -> ServiceResult<()> {
    let mut tx = db.pool.begin().await.context("starting a transaction")?;
    sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
        .bind(hash)
        .bind(now_ms())
        .bind(id.0)
        .execute(&mut *tx)
        .await
        .context("updating a password")?;
    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
        .bind(id.0)
        .bind(keep.unwrap_or(""))
        .execute(&mut *tx)
        .await
        .context("ending other sessions")?;
    tx.commit().await.context("committing a password change")?;
    Ok(())
}

pub async fn count_users(db: &Db) -> ServiceResult<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users")
        .fetch_one(&db.pool)
        .await
        .context("counting accounts")?;
    Ok(n)
}

/// A comma-separated list as stored, split into its items.
pub fn split_list(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_owned)
        .collect()
}
