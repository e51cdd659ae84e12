//! Login throttling that slows attackers without locking out the real person.
//!
//! Failures are counted three ways within a window, in the database so every app node sees
//! the same counts: per pair of account and client address, per account, and per address.
//! Each count past its threshold makes the next attempt wait, doubling with more failures up
//! to the window's length; a waiting attempt is refused (429 `rate_limited` with the seconds
//! in `Retry-After`) before the password is checked.
//!
//! - The **pair** is what a guesser at one address meets: 5 free failures, then 30 s, 60 s …
//! - The **account** count stops guessing spread over many addresses, and the **address**
//!   count stops one address trying many accounts (password spraying). Neither applies at an
//!   address where the account logged in successfully within the last 30 days: someone
//!   failing against Anna's account from elsewhere, or colleagues behind the same gateway,
//!   never keep Anna out where she usually logs in.

use std::net::IpAddr;

use crate::error::AppError;
use crate::server::clock::now_ms;
use crate::server::ctx::Backend;
use crate::server::fault::{Context, ServiceResult};

/// How long a known address stays known after a successful login.
const KNOWN_FOR_MS: i64 = 30 * 24 * 3600 * 1000;

/// One way of counting: failures beyond `free` wait `first_wait_ms`, doubling every `step`
/// further failures, never longer than the window.
#[derive(Debug, Clone, Copy)]
struct Rule {
    scope: &'static str,
    free: i64,
    step: i64,
    first_wait_ms: i64,
}

const PAIR: Rule = Rule {
    scope: "pair",
    free: 5,
    step: 1,
    first_wait_ms: 30_000,
};
const ACCOUNT: Rule = Rule {
    scope: "account",
    free: 20,
    step: 10,
    first_wait_ms: 60_000,
};
const ADDRESS: Rule = Rule {
    scope: "address",
    free: 100,
    step: 50,
    first_wait_ms: 60_000,
};

impl Rule {
    /// How long after the latest failure the next attempt must wait, after `count` failures.
    fn wait_ms(self, count: i64, window_ms: i64) -> i64 {
        if count < self.free {
            return 0;
        }
        let doublings = u32::try_from((count - self.free) / self.step).unwrap_or(u32::MAX);
        self.first_wait_ms
            .saturating_mul(2_i64.saturating_pow(doublings.min(20)))
            .min(window_ms)
    }
}

/// The keys an attempt is counted under; the account- and address-wide ones only where the
/// address is not known for this account.
fn keys(email: &str, ip: Option<IpAddr>, known: bool) -> Vec<(Rule, String)> {
    let mut keys = Vec::new();
    let address = ip.map(|ip| ip.to_string());
    keys.push((
        PAIR,
        format!("{email} {}", address.as_deref().unwrap_or("-")),
    ));
    if !known {
        keys.push((ACCOUNT, email.to_owned()));
        if let Some(a) = address {
            keys.push((ADDRESS, a));
        }
    }
    keys
}

async fn is_known(backend: &Backend, email: &str, ip: Option<IpAddr>) -> ServiceResult<bool> {
    let Some(ip) = ip else {
        return Ok(false);
    };
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT at FROM login_known_addresses WHERE email = $1 AND address = $2 AND at > $3",
    )
    .bind(email)
    .bind(ip.to_string())
    .bind(now_ms() - KNOWN_FOR_MS)
    .fetch_optional(&backend.db.pool)
    .await
    .context("looking up a known address")?;
    Ok(row.is_some())
}

/// Refuses the attempt while any of its counts says to wait.
pub async fn check(backend: &Backend, email: &str, ip: Option<IpAddr>) -> ServiceResult<()> {
    let window_ms = backend.auth.throttle.window_ms;
    let now = now_ms();
    let known = is_known(backend, email, ip).await?;
    let mut wait_ms = 0;
    for (rule, key) in keys(email, ip, known) {
        let (count, latest): (i64, Option<i64>) = sqlx::query_as(
            "SELECT COUNT(*), MAX(at) FROM login_failures WHERE scope = $1 AND key = $2 AND at > $3",
        )
        .bind(rule.scope)
        .bind(&key)
        .bind(now - window_ms)
        .fetch_one(&backend.db.pool)
        .await
        .context("counting login failures")?;
        let until = latest.unwrap_or(now) + rule.wait_ms(count, window_ms);
        wait_ms = wait_ms.max(until - now);
    }
    if wait_ms > 0 {
        let retry_after = u64::try_from((wait_ms + 999) / 1000).unwrap_or(1).max(1);
        return Err(AppError::RateLimited { retry_after }.into());
    }
    Ok(())
}

/// Counts a failed attempt under each of its keys.
pub async fn record_failure(
    backend: &Backend,
    email: &str,
    ip: Option<IpAddr>,
) -> ServiceResult<()> {
    let now = now_ms();
    let known = is_known(backend, email, ip).await?;
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("starting a transaction")?;
    for (rule, key) in keys(email, ip, known) {
        sqlx::query("INSERT INTO login_failures (scope, key, at) VALUES ($1, $2, $3)")
            .bind(rule.scope)
            .bind(&key)
            .bind(now)
            .execute(&mut *tx)
            .await
            .context("recording a login failure")?;
    }
    tx.commit().await.context("committing login failures")?;
    Ok(())
}

/// After a successful login: the pair starts afresh and the address is known for the account.
pub async fn record_success(
    backend: &Backend,
    email: &str,
    ip: Option<IpAddr>,
) -> ServiceResult<()> {
    let (_, pair) = keys(email, ip, true).remove(0);
    sqlx::query("DELETE FROM login_failures WHERE scope = 'pair' AND key = $1")
        .bind(pair)
        .execute(&backend.db.pool)
        .await
        .context("clearing login failures")?;
    if let Some(ip) = ip {
        sqlx::query(
            "INSERT INTO login_known_addresses (email, address, at) VALUES ($1, $2, $3) \
             ON CONFLICT (email, address) DO UPDATE SET at = excluded.at",
        )
        .bind(email)
        .bind(ip.to_string())
        .bind(now_ms())
        .execute(&backend.db.pool)
        .await
        .context("remembering a known address")?;
    }
    Ok(())
}

/// Forgets failures that have left the window and addresses no longer known (the periodic
/// clean-up). Returns how many rows went.
pub async fn forget_old(backend: &Backend) -> ServiceResult<u64> {
    let now = now_ms();
    let failures = sqlx::query("DELETE FROM login_failures WHERE at <= $1")
        .bind(now - backend.auth.throttle.window_ms)
        .execute(&backend.db.pool)
        .await
        .context("forgetting old login failures")?
        .rows_affected();
    let known = sqlx::query("DELETE FROM login_known_addresses WHERE at <= $1")
        .bind(now - KNOWN_FOR_MS)
        .execute(&backend.db.pool)
        .await
        .context("forgetting old known addresses")?
        .rows_affected();
    Ok(failures + known)
}

#[cfg(test)]
mod tests {
    use super::*;

    const WINDOW: i64 = 15 * 60 * 1000;

    #[test]
    fn waits_grow_after_the_free_failures_and_stop_at_the_window() {
        assert_eq!(PAIR.wait_ms(4, WINDOW), 0);
        assert_eq!(PAIR.wait_ms(5, WINDOW), 30_000);
        assert_eq!(PAIR.wait_ms(6, WINDOW), 60_000);
        assert_eq!(PAIR.wait_ms(7, WINDOW), 120_000);
        assert_eq!(PAIR.wait_ms(60, WINDOW), WINDOW);
        assert_eq!(ACCOUNT.wait_ms(19, WINDOW), 0);
        assert_eq!(ACCOUNT.wait_ms(29, WINDOW), 60_000);
        assert_eq!(ACCOUNT.wait_ms(30, WINDOW), 120_000);
        assert_eq!(ADDRESS.wait_ms(99, WINDOW), 0);
    }

    #[test]
    fn a_known_address_is_counted_only_as_a_pair() {
        let ip: Option<IpAddr> = "10.0.0.7".parse().ok();
        let scopes = |known| {
            keys("anna@bank.example", ip, known)
                .into_iter()
                .map(|(r, _)| r.scope)
                .collect::<Vec<_>>()
        };
        assert_eq!(scopes(false), ["pair", "account", "address"]);
        assert_eq!(scopes(true), ["pair"]);
    }
}
