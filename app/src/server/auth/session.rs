//! Server-side sessions: a random token in the cookie, its SHA-256 in the database.
//!
//! Only the hash is stored, so a copy of the database cannot be used to log in. A session
//! is valid while it has not expired (14 days after login), has been used within the idle
//! timeout (12 hours by default), and its user is not disabled; disabling a user deletes all
//! their sessions in the same transaction. Use is recorded at most once a minute per session,
//! so reading pages does not turn into a write per request.

use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::model::account::{OpenSession, Role};
use crate::model::ids::UserId;
use crate::server::clock::now_ms;
use crate::server::ctx::Backend;
use crate::server::fault::{Context, ServiceResult};
use crate::server::policy::Actor;

/// The session cookie's name.
pub const COOKIE_NAME: &str = "gemenskap_session";

/// How a session was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthMethod {
    Password,
}

impl AuthMethod {
    fn as_str(self) -> &'static str {
        match self {
            Self::Password => "password",
        }
    }
}

/// A valid session and the facts about its user that every request needs.
#[derive(Debug, Clone)]
pub struct SessionUser {
    pub actor: Actor,
    pub token_hash: String,
    pub ui_language: String,
}

/// The SHA-256 of a token, hex.
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Opens a session for a user; returns the token for the cookie.
pub async fn create(
    backend: &Backend,
    user: UserId,
    method: AuthMethod,
    user_agent: Option<&str>,
) -> ServiceResult<String> {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    let token = hex::encode(bytes);
    let now = now_ms();
    let agent: Option<String> = user_agent.map(|a| a.chars().take(300).collect());
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, auth_method, created_at, expires_at, user_agent, last_seen_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $4)",
    )
    .bind(hash_token(&token))
    .bind(user.0)
    .bind(method.as_str())
    .bind(now)
    .bind(now + backend.auth.session_ttl_ms)
    .bind(agent)
    .execute(&backend.db.pool)
    .await
    .context("inserting a session")?;
    Ok(token)
}

/// The session a token belongs to, if it is valid now.
pub async fn lookup(backend: &Backend, token: &str) -> ServiceResult<Option<SessionUser>> {
    if token.len() != 64 {
        return Ok(None);
    }
    let hash = hash_token(token);
    let now = now_ms();
    let row: Option<(i64, String, String, Option<i64>)> = sqlx::query_as(
        "SELECT u.id, u.role, p.ui_language, s.last_seen_at FROM sessions s \
         JOIN users u ON u.id = s.user_id JOIN profiles p ON p.user_id = u.id \
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL \
         AND (s.last_seen_at IS NULL OR s.last_seen_at > $3)",
    )
    .bind(&hash)
    .bind(now)
    .bind(now - backend.auth.session_idle_ms)
    .fetch_optional(&backend.db.pool)
    .await
    .context("looking up a session")?;
    if let Some((_, _, _, seen)) = &row
        && seen.is_none_or(|s| now - s > TOUCH_EVERY_MS)
    {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(now)
            .bind(&hash)
            .execute(&backend.db.pool)
            .await
            .context("recording a session's use")?;
    }
    Ok(row.map(|(id, role, ui_language, _)| SessionUser {
        actor: match Role::parse(&role) {
            Some(Role::Admin) => Actor::Admin(UserId(id)),
            _ => Actor::Member(UserId(id)),
        },
        token_hash: hash,
        ui_language,
    }))
}

/// How often a session's last use is written down.
const TOUCH_EVERY_MS: i64 = 60_000;

/// A person's live sessions, the most recently used first.
pub async fn list_for(
    backend: &Backend,
    user: UserId,
    current: Option<&str>,
) -> ServiceResult<Vec<OpenSession>> {
    let now = now_ms();
    let rows: Vec<(String, i64, Option<i64>, Option<String>)> = sqlx::query_as(
        "SELECT token_hash, created_at, last_seen_at, user_agent FROM sessions \
         WHERE user_id = $1 AND expires_at > $2 AND (last_seen_at IS NULL OR last_seen_at > $3) \
         ORDER BY last_seen_at DESC, created_at DESC",
    )
    .bind(user.0)
    .bind(now)
    .bind(now - backend.auth.session_idle_ms)
    .fetch_all(&backend.db.pool)
    .await
    .context("listing sessions")?;
    Ok(rows
        .into_iter()
        .map(|(hash, created_at, seen, user_agent)| OpenSession {
            id: hash.chars().take(12).collect(),
            current: current == Some(hash.as_str()),
            created_at,
            last_seen_at: seen.unwrap_or(created_at),
            user_agent,
        })
        .collect())
}

/// Ends every session of a person ("log out everywhere"); returns how many.
pub async fn revoke_all(backend: &Backend, user: UserId) -> ServiceResult<u64> {
    Ok(sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user.0)
        .execute(&backend.db.pool)
        .await
        .context("ending all sessions")?
        .rows_affected())
}

/// Forgets sessions that expired or sat idle too long (the periodic clean-up).
pub async fn forget_ended(backend: &Backend) -> ServiceResult<u64> {
    let now = now_ms();
    Ok(sqlx::query(
        "DELETE FROM sessions WHERE expires_at <= $1 OR (last_seen_at IS NOT NULL AND last_seen_at <= $2)",
    )
    .bind(now)
    .bind(now - backend.auth.session_idle_ms)
    .execute(&backend.db.pool)
    .await
    .context("forgetting ended sessions")?
    .rows_affected())
}

/// Ends one session.
pub async fn revoke(backend: &Backend, token_hash: &str) -> ServiceResult<()> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(&backend.db.pool)
        .await
        .context("deleting a session")?;
    Ok(())
}

/// The `Set-Cookie` value that stores a new session in the browser.
pub fn cookie_for(token: &str, max_age_ms: i64, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!(
        "{COOKIE_NAME}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure}",
        max_age_ms / 1000
    )
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn clearing_cookie(secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{COOKIE_NAME}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_is_http_only_and_same_site_lax() {
        let c = cookie_for("abc", 3_600_000, false);
        assert_eq!(
            c,
            "gemenskap_session=abc; Path=/; HttpOnly; SameSite=Lax; Max-Age=3600"
        );
        assert!(cookie_for("abc", 1000, true).ends_with("; Secure"));
        assert!(clearing_cookie(false).contains("Max-Age=0"));
    }

    #[test]
    fn tokens_are_stored_as_their_sha256() {
        assert_eq!(
            hash_token("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
