//! Login throttling, per account (e-mail) and per client address, kept in the database so
//! every app node sees the same counts.
//!
//! A failure is recorded for both keys; while either has reached its limit within the window,
//! further attempts are refused before the password is even checked, with the seconds until
//! the oldest counted failure leaves the window.

use std::net::IpAddr;

use crate::error::AppError;
use crate::server::clock::now_ms;
use crate::server::ctx::Backend;
use crate::server::fault::{Context, ServiceResult};

/// Refuses the attempt when the account or the address has failed too often lately.
pub async fn check(backend: &Backend, email: &str, ip: Option<IpAddr>) -> ServiceResult<()> {
    let settings = &backend.auth.throttle;
    let now = now_ms();
    let mut wait_ms = 0;
    for (scope, key, limit) in keys(
        email,
        ip,
        settings.max_failures_per_account,
        settings.max_failures_per_address,
    ) {
        let (count, oldest): (i64, Option<i64>) = sqlx::query_as(
            "SELECT COUNT(*), MIN(at) FROM login_failures WHERE scope = $1 AND key = $2 AND at > $3",
        )
        .bind(scope)
        .bind(&key)
        .bind(now - settings.window_ms)
        .fetch_one(&backend.db.pool)
        .await
        .context("counting login failures")?;
        if count >= limit {
            let until = oldest.unwrap_or(now) + settings.window_ms;
            wait_ms = wait_ms.max(until - now);
        }
    }
    if wait_ms > 0 {
        let retry_after = u64::try_from((wait_ms + 999) / 1000).unwrap_or(1).max(1);
        return Err(AppError::RateLimited { retry_after }.into());
    }
    Ok(())
}

/// Counts a failed attempt against the account and the address, and forgets their failures
/// that have left the window.
pub async fn record_failure(
    backend: &Backend,
    email: &str,
    ip: Option<IpAddr>,
) -> ServiceResult<()> {
    let now = now_ms();
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("starting a transaction")?;
    for (scope, key, _) in keys(email, ip, 0, 0) {
        sqlx::query("DELETE FROM login_failures WHERE scope = $1 AND key = $2 AND at <= $3")
            .bind(scope)
            .bind(&key)
            .bind(now - backend.auth.throttle.window_ms)
            .execute(&mut *tx)
            .await
            .context("pruning login failures")?;
        sqlx::query("INSERT INTO login_failures (scope, key, at) VALUES ($1, $2, $3)")
            .bind(scope)
            .bind(&key)
            .bind(now)
            .execute(&mut *tx)
            .await
            .context("recording a login failure")?;
    }
    tx.commit().await.context("committing login failures")?;
    Ok(())
}

/// Forgets an account's failures after it logged in successfully.
pub async fn clear_account(backend: &Backend, email: &str) -> ServiceResult<()> {
    sqlx::query("DELETE FROM login_failures WHERE scope = 'account' AND key = $1")
        .bind(email)
        .execute(&backend.db.pool)
        .await
        .context("clearing login failures")?;
    Ok(())
}

fn keys(
    email: &str,
    ip: Option<IpAddr>,
    account_limit: i64,
    address_limit: i64,
) -> Vec<(&'static str, String, i64)> {
    let mut keys = vec![("account", email.to_owned(), account_limit)];
    if let Some(ip) = ip {
        keys.push(("address", ip.to_string(), address_limit));
    }
    keys
}
