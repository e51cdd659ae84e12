//! What an audit entry is, how it is hashed, and appending to the chain.
//!
//! An entry's hash is the SHA-256 of its number, time, actor, action, community, subject and
//! detail (the detail with its length in front, so no two entries hash the same text) and the
//! hash before it. The one-row `audit_head` holds the last number and hash: taking it with an
//! UPDATE is what makes appends from several transactions, or several nodes on one
//! PostgreSQL, wait for each other instead of forking the chain.

use sha2::{Digest, Sha256};
use sqlx::AnyConnection;

use crate::server::fault::{Context, ServiceResult};

/// The hash before the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One thing that happened, to be recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub at: i64,
    pub actor: Option<i64>,
    /// What happened, one word (`item_read`, `guard_hit`, `membership` …).
    pub action: &'static str,
    pub community: Option<i64>,
    /// The item, file, page, entry, person or held write it is about.
    pub subject: Option<i64>,
    /// The facts, as JSON.
    pub detail: String,
}

/// An entry as stored: its number and its place in the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub seq: i64,
    pub at: i64,
    pub actor_id: Option<i64>,
    pub action: String,
    pub community_id: Option<i64>,
    pub subject_id: Option<i64>,
    pub detail: String,
    pub prev_hash: String,
    pub hash: String,
}

fn opt(v: Option<i64>) -> String {
    v.map_or_else(|| "-".to_owned(), |n| n.to_string())
}

/// The hash of an entry with number `seq` after `prev`.
#[allow(clippy::too_many_arguments)]
pub fn hash_of(
    seq: i64,
    at: i64,
    actor: Option<i64>,
    action: &str,
    community: Option<i64>,
    subject: Option<i64>,
    detail: &str,
    prev: &str,
) -> String {
    let mut h = Sha256::new();
    h.update(
        format!(
            "{seq}\n{at}\n{}\n{action}\n{}\n{}\n{}:",
            opt(actor),
            opt(community),
            opt(subject),
            detail.len()
        )
        .as_bytes(),
    );
    h.update(detail.as_bytes());
    h.update(b"\n");
    h.update(prev.as_bytes());
    hex::encode(h.finalize())
}

/// The columns of an entry, in the order [`Stored::from_row`] reads them.
pub const COLUMNS: &str =
    "seq, at, actor_id, action, community_id, subject_id, detail, prev_hash, hash";

/// A row of [`COLUMNS`].
pub type Row = (
    i64,
    i64,
    Option<i64>,
    String,
    Option<i64>,
    Option<i64>,
    String,
    String,
    String,
);

impl Stored {
    pub fn from_row(r: Row) -> Self {
        let (seq, at, actor_id, action, community_id, subject_id, detail, prev_hash, hash) = r;
        Self {
            seq,
            at,
            actor_id,
            action,
            community_id,
            subject_id,
            detail,
            prev_hash,
            hash,
        }
    }

    /// What this entry's hash should be, from its own fields and the hash it says came before.
    pub fn expected_hash(&self) -> String {
        hash_of(
            self.seq,
            self.at,
            self.actor_id,
            &self.action,
            self.community_id,
            self.subject_id,
            &self.detail,
            &self.prev_hash,
        )
    }
}

/// Appends entries, in order, inside the caller's transaction (or on their own connection).
pub async fn append(conn: &mut AnyConnection, entries: &[Entry]) -> ServiceResult<()> {
    if entries.is_empty() {
        return Ok(());
    }
    let n = i64::try_from(entries.len()).unwrap_or(i64::MAX);
    let (last, mut prev): (i64, String) =
        sqlx::query_as("UPDATE audit_head SET seq = seq + $1 WHERE id = 1 RETURNING seq, hash")
            .bind(n)
            .fetch_one(&mut *conn)
            .await
            .context("taking the audit trail's head")?;
    let first = last - n + 1;
    for (i, e) in entries.iter().enumerate() {
        let seq = first + i as i64;
        let hash = hash_of(
            seq,
            e.at,
            e.actor,
            e.action,
            e.community,
            e.subject,
            &e.detail,
            &prev,
        );
        sqlx::query(
            "INSERT INTO audit_log (seq, at, actor_id, action, community_id, subject_id, detail, \
             prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(seq)
        .bind(e.at)
        .bind(e.actor)
        .bind(e.action)
        .bind(e.community)
        .bind(e.subject)
        .bind(&e.detail)
        .bind(&prev)
        .bind(&hash)
        .execute(&mut *conn)
        .await
        .context("appending to the audit trail")?;
        prev = hash;
    }
    sqlx::query("UPDATE audit_head SET hash = $1 WHERE id = 1")
        .bind(&prev)
        .execute(&mut *conn)
        .await
        .context("moving the audit trail's head")?;
    Ok(())
}

/// The head: the last entry's number and hash.
pub async fn head(conn: &mut AnyConnection) -> ServiceResult<(i64, String)> {
    sqlx::query_as("SELECT seq, hash FROM audit_head WHERE id = 1")
        .fetch_one(conn)
        .await
        .context("reading the audit trail's head")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_and_the_hash_before_change_the_hash() {
        let base = hash_of(1, 10, Some(2), "item_read", Some(3), Some(4), "{}", GENESIS);
        let variants = [
            hash_of(2, 10, Some(2), "item_read", Some(3), Some(4), "{}", GENESIS),
            hash_of(1, 11, Some(2), "item_read", Some(3), Some(4), "{}", GENESIS),
            hash_of(1, 10, None, "item_read", Some(3), Some(4), "{}", GENESIS),
            hash_of(1, 10, Some(2), "file_read", Some(3), Some(4), "{}", GENESIS),
            hash_of(1, 10, Some(2), "item_read", None, Some(4), "{}", GENESIS),
            hash_of(1, 10, Some(2), "item_read", Some(3), Some(5), "{}", GENESIS),
            hash_of(
                1,
                10,
                Some(2),
                "item_read",
                Some(3),
                Some(4),
                "{ }",
                GENESIS,
            ),
            hash_of(1, 10, Some(2), "item_read", Some(3), Some(4), "{}", &base),
        ];
        for v in variants {
            assert_ne!(v, base);
            assert_eq!(v.len(), 64);
        }
        // Moving text between the detail and the fields around it changes the hash too.
        assert_ne!(
            hash_of(1, 10, None, "a", None, None, "b\n-", GENESIS),
            hash_of(1, 10, None, "a", None, None, "b", GENESIS)
        );
    }
}
