//! Walking the audit trail to prove nothing in it was changed, removed or reordered, and that
//! its end was not cut off: each entry's hash must be the hash of its own fields and of the
//! entry before it; numbers run without a gap; the head row names the last entry; and every
//! head written down on an earlier day (in the trail and in the node's log file) is still
//! there with the same hash.

use std::collections::HashMap;

use super::chain::{COLUMNS, GENESIS, Row, Stored};
use crate::server::db::Db;
use crate::server::fault::{Context, ServiceResult};

/// The first place where the trail is not as it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Break {
    /// Entry `seq`'s fields are not what was hashed when it was written.
    Changed { seq: i64 },
    /// Entries `first` to `last` are missing.
    Removed { first: i64, last: i64 },
    /// Entry `seq` holds the entry written as number `written_as`.
    Reordered { seq: i64, written_as: i64 },
    /// Entry `seq` does not follow the entry before it (that entry's hash was replaced, or
    /// this one was forged after it).
    Unlinked { seq: i64 },
    /// The trail ends at `last`, but `head` entries were written (the head row, or a head
    /// recorded on `recorded_at`, says so).
    CutOff {
        last: i64,
        head: i64,
        recorded_at: Option<i64>,
    },
    /// A head recorded on `recorded_at` named entry `seq` with another hash.
    HeadMismatch { seq: i64, recorded_at: Option<i64> },
}

impl std::fmt::Display for Break {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Break::Changed { seq } => write!(f, "entry {seq} was changed"),
            Break::Removed { first, last } if first == last => {
                write!(f, "entry {first} was removed")
            }
            Break::Removed { first, last } => write!(f, "entries {first} to {last} were removed"),
            Break::Reordered { seq, written_as } => write!(
                f,
                "entry {seq} was reordered: it holds the entry written as number {written_as}"
            ),
            Break::Unlinked { seq } => write!(
                f,
                "entry {seq} does not follow entry {}: one of them was changed",
                seq - 1
            ),
            Break::CutOff {
                last,
                head,
                recorded_at,
            } => match recorded_at {
                Some(at) => write!(
                    f,
                    "the trail was cut off: it ends at entry {last}, but entry {head} was its head at {}",
                    crate::server::clock::iso_utc(*at)
                ),
                None => write!(
                    f,
                    "the trail was cut off: it ends at entry {last}, but its head row names entry {head}"
                ),
            },
            Break::HeadMismatch { seq, recorded_at } => write!(
                f,
                "entry {seq} was changed: its hash is not the one recorded{}",
                recorded_at
                    .map(|at| format!(" at {}", crate::server::clock::iso_utc(at)))
                    .unwrap_or_default()
            ),
        }
    }
}

/// A head written down outside the trail: entry `seq` had hash `hash` at time `at`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedHead {
    pub at: i64,
    pub seq: i64,
    pub hash: String,
}

/// What the walk found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub entries: i64,
    pub last_hash: String,
    pub first_break: Option<Break>,
}

const PAGE: i64 = 5_000;

/// Walks the whole trail; `recorded` are heads written down elsewhere (the log file).
pub async fn verify(db: &Db, recorded: &[RecordedHead]) -> ServiceResult<Report> {
    let mut after = 0_i64;
    let mut prev_hash = GENESIS.to_owned();
    let mut count = 0_i64;
    // Heads the trail recorded of itself (`audit_head` entries): (at, seq, hash).
    let mut inner_heads: Vec<RecordedHead> = Vec::new();
    // Every entry's hash, to name where an out-of-place entry was written.
    let mut hashes: HashMap<String, i64> = HashMap::new();
    let mut first_break: Option<Break> = None;
    let mut suspect: Option<Stored> = None;
    loop {
        let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2"
        )))
        .bind(after)
        .bind(PAGE)
        .fetch_all(&db.pool)
        .await
        .context("reading the audit trail")?;
        if rows.is_empty() {
            break;
        }
        for row in rows {
            let e = Stored::from_row(row);
            hashes.insert(e.hash.clone(), e.seq);
            if first_break.is_none() && suspect.is_none() {
                if e.seq != after + 1 {
                    first_break = Some(Break::Removed {
                        first: after + 1,
                        last: e.seq - 1,
                    });
                } else if e.expected_hash() != e.hash {
                    // Changed in place, or moved here: which one is told by where the hash
                    // it says came before belongs (known once the whole trail is read).
                    suspect = Some(e.clone());
                } else if e.prev_hash != prev_hash {
                    first_break = Some(Break::Unlinked { seq: e.seq });
                }
            }
            if e.action == "audit_head"
                && let Ok(v) = serde_json::from_str::<serde_json::Value>(&e.detail)
                && let (Some(seq), Some(hash)) = (
                    v.get("seq").and_then(serde_json::Value::as_i64),
                    v.get("hash").and_then(serde_json::Value::as_str),
                )
            {
                inner_heads.push(RecordedHead {
                    at: e.at,
                    seq,
                    hash: hash.to_owned(),
                });
            }
            after = e.seq;
            prev_hash = e.hash;
            count += 1;
        }
    }
    if let Some(e) = suspect {
        first_break = Some(match written_as(&e) {
            Some(w) => Break::Reordered {
                seq: e.seq,
                written_as: w,
            },
            None => Break::Changed { seq: e.seq },
        });
    }
    if first_break.is_none() {
        first_break = check_heads(db, after, &prev_hash, &hashes, &inner_heads, recorded).await?;
    }
    Ok(Report {
        entries: count,
        last_hash: prev_hash,
        first_break,
    })
}

/// How far from its place a moved entry is looked for.
const MOVED_WITHIN: i64 = 10_000;

/// The number `e` was written as, when its fields with another number give its stored hash:
/// a whole entry moved, not an edited one.
fn written_as(e: &Stored) -> Option<i64> {
    (1.max(e.seq - MOVED_WITHIN)..=e.seq + MOVED_WITHIN)
        .filter(|s| *s != e.seq)
        .find(|s| {
            Stored {
                seq: *s,
                ..e.clone()
            }
            .expected_hash()
                == e.hash
        })
}

async fn check_heads(
    db: &Db,
    last: i64,
    last_hash: &str,
    hashes: &HashMap<String, i64>,
    inner: &[RecordedHead],
    recorded: &[RecordedHead],
) -> ServiceResult<Option<Break>> {
    let (head, head_hash): (i64, String) =
        sqlx::query_as("SELECT seq, hash FROM audit_head WHERE id = 1")
            .fetch_one(&db.pool)
            .await
            .context("reading the audit trail's head")?;
    if head > last {
        return Ok(Some(Break::CutOff {
            last,
            head,
            recorded_at: None,
        }));
    }
    if head == last && head > 0 && head_hash != last_hash {
        return Ok(Some(Break::HeadMismatch {
            seq: head,
            recorded_at: None,
        }));
    }
    let by_seq: HashMap<i64, &str> = hashes.iter().map(|(h, s)| (*s, h.as_str())).collect();
    for r in inner.iter().chain(recorded) {
        if r.seq > last {
            return Ok(Some(Break::CutOff {
                last,
                head: r.seq,
                recorded_at: Some(r.at),
            }));
        }
        if r.seq > 0 && by_seq.get(&r.seq).copied() != Some(r.hash.as_str()) {
            return Ok(Some(Break::HeadMismatch {
                seq: r.seq,
                recorded_at: Some(r.at),
            }));
        }
    }
    Ok(None)
}

/// Reads heads written to a log file, one per line: `<at ms> <seq> <hash>` (other lines are
/// skipped, so the file can be a server log with the head lines in it).
pub fn parse_recorded(text: &str) -> Vec<RecordedHead> {
    text.lines()
        .filter_map(|line| {
            let rest = &line[line.find("audit-head ")? + "audit-head ".len()..];
            let mut parts = rest.split_whitespace();
            let at = parts.next()?.parse().ok()?;
            let seq = parts.next()?.parse().ok()?;
            let hash = parts.next()?;
            (hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit())).then(|| {
                RecordedHead {
                    at,
                    seq,
                    hash: hash.to_owned(),
                }
            })
        })
        .collect()
}

/// A line for the log file, as [`parse_recorded`] reads it.
pub fn recorded_line(h: &RecordedHead) -> String {
    format!("audit-head {} {} {}", h.at, h.seq, h.hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recorded_heads_read_back_from_a_log() {
        let h = RecordedHead {
            at: 1_700_000_000_000,
            seq: 42,
            hash: "ab".repeat(32),
        };
        let log = format!(
            "2026-12-03 INFO started\n2026-12-03 INFO {}\naudit-head x 1 2\n",
            recorded_line(&h)
        );
        assert_eq!(parse_recorded(&log), vec![h]);
    }
}
