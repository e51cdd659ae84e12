//! Server-side sessions: a random token in the cookie, its SHA-256 in the database.
//!
//! Only the hash is stored, so a copy of the database cannot be used to log in. A session
//! is valid while it has not expired and its user is not disabled; disabling a user deletes
//! all their sessions in the same transaction.

use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::model::account::Role;
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
    // Logins are rare next to page views: a good moment to forget expired sessions
    // (an index range on `expires_at`), so the table holds only live ones.
    sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
        .bind(now)
        .execute(&backend.db.pool)
        .await
        .context("deleting expired sessions")?;
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, auth_method, created_at, expires_at, user_agent) VALUES ($1, $2, $3, $4, $5, $6)",
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
    let row: Option<(i64, String, String)> = sqlx::query_as(
        "SELECT u.id, u.role, p.ui_language FROM sessions s \
         JOIN users u ON u.id = s.user_id JOIN profiles p ON p.user_id = u.id \
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL",
    )
    .bind(&hash)
    .bind(now_ms())
    .fetch_optional(&backend.db.pool)
    .await
    .context("looking up a session")?;
    Ok(row.map(|(id, role, ui_language)| SessionUser {
        actor: match Role::parse(&role) {
            Some(Role::Admin) => Actor::Admin(UserId(id)),
            _ => Actor::Member(UserId(id)),
        },
        token_hash: hash,
        ui_language,
    }))
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
