//! Signed reply addresses: `reply+<notification>-<person>-<signature>@<mail domain>` on each
//! notice mail. The signature is an HMAC-SHA256 under a key the app nodes share (made once,
//! kept in `site_secrets`), so an address names one notification for one person and cannot
//! be made up or changed; mail to it is taken only from that person's own address.

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

use crate::model::ids::UserId;
use crate::server::db::Db;
use crate::server::fault::{Context, ServiceResult};

/// The name of the key in `site_secrets`.
const KEY_NAME: &str = "mail_reply_key";
/// Hex digits of the signature kept in the address (80 bits).
const SIGNATURE_HEX: usize = 20;

/// What a reply address stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReplyTarget {
    pub notification: i64,
    pub person: UserId,
}

/// The shared key, made by the first node that needs it.
pub async fn key(db: &Db) -> ServiceResult<Vec<u8>> {
    let mut fresh = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut fresh);
    sqlx::query(
        "INSERT INTO site_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
    )
    .bind(KEY_NAME)
    .bind(hex::encode(fresh))
    .execute(&db.pool)
    .await
    .context("making the reply address key")?;
    let value: String = sqlx::query_scalar("SELECT value FROM site_secrets WHERE name = $1")
        .bind(KEY_NAME)
        .fetch_one(&db.pool)
        .await
        .context("reading the reply address key")?;
    Ok(hex::decode(value).unwrap_or_default())
}

fn signature(key: &[u8], target: ReplyTarget) -> String {
    // HMAC takes keys of any length; an empty signature never matches a given one.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        return String::new();
    };
    mac.update(format!("reply:{}:{}", target.notification, target.person.0).as_bytes());
    let mut sig = hex::encode(mac.finalize().into_bytes());
    sig.truncate(SIGNATURE_HEX);
    sig
}

/// The local part (before the `@`) of the reply address for a notification's recipient.
pub fn local_part(key: &[u8], target: ReplyTarget) -> String {
    format!(
        "reply+{}-{}-{}",
        target.notification,
        target.person.0,
        signature(key, target)
    )
}

/// What a local part stands for, if it is a reply address signed with this key. Letter case
/// is ignored (some mail servers change it).
pub fn read(key: &[u8], local: &str) -> Option<ReplyTarget> {
    let local = local.to_ascii_lowercase();
    let token = local.strip_prefix("reply+")?;
    let mut parts = token.split('-');
    let notification = parts.next()?.parse().ok()?;
    let person = UserId(parts.next()?.parse().ok()?);
    let given = parts.next()?;
    if parts.next().is_some() {
        return None;
    }
    let target = ReplyTarget {
        notification,
        person,
    };
    // Compared in constant time, like any signature.
    let expected = signature(key, target);
    let same = given.len() == expected.len()
        && given
            .bytes()
            .zip(expected.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0;
    same.then_some(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = b"0123456789abcdef0123456789abcdef";

    #[test]
    fn an_address_reads_back_as_what_it_was_made_for() {
        let target = ReplyTarget {
            notification: 4711,
            person: UserId(42),
        };
        let local = local_part(KEY, target);
        assert!(local.starts_with("reply+4711-42-"), "{local}");
        assert_eq!(read(KEY, &local), Some(target));
        assert_eq!(read(KEY, &local.to_ascii_uppercase()), Some(target));
    }

    #[test]
    fn a_changed_or_foreign_address_reads_as_nothing() {
        let target = ReplyTarget {
            notification: 4711,
            person: UserId(42),
        };
        let local = local_part(KEY, target);
        // Someone else's person id with the same signature.
        assert_eq!(read(KEY, &local.replace("-42-", "-43-")), None);
        // Signed with another key.
        assert_eq!(read(b"another key", &local), None);
        assert_eq!(read(KEY, "reply+4711-42"), None);
        assert_eq!(read(KEY, "it-helpdesk"), None);
        assert_eq!(read(KEY, &format!("{local}-1")), None);
    }
}
