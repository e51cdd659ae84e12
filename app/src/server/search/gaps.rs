//! The outbox numbers the indexer has read past without seeing: on PostgreSQL a transaction
//! takes its number when it writes the row and may commit after a later number is visible,
//! or never (rolled back). Each such hole is kept, as a range, in the index's commit so a
//! restart looks for it too; the indexer asks for the holes on every read and applies what
//! has turned up, and gives a hole up only once the change after it is [`LATE_WINDOW`] old.
//! No transaction here stays open that long; giving up never drops a committed change the
//! indexer could have seen, only one that commits later than that (a rebuild finds it).

use serde::{Deserialize, Serialize};

/// How long a hole is looked for, measured from when the change after it was queued.
pub const LATE_WINDOW_MS: i64 = 10 * 60 * 1000;
/// The most holes kept; beyond it the oldest are given up (holes come from transactions
/// open or rolled back at the same time, a few dozen at most in practice).
pub const MAX_GAPS: usize = 1_000;

/// Outbox numbers `from..=to` not seen yet; `since` is when the change after them was
/// queued (milliseconds, the database's clock).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gap {
    pub from: i64,
    pub to: i64,
    pub since: i64,
}

/// Records the holes below newly read numbers (ascending, all above `position`) with the
/// time each following change was queued; returns the new position (the last number read).
pub fn read_past(gaps: &mut Vec<Gap>, position: i64, read: &[(i64, i64)]) -> i64 {
    let mut last = position;
    for &(seq, queued_at) in read {
        if seq > last + 1 {
            gaps.push(Gap {
                from: last + 1,
                to: seq - 1,
                since: queued_at,
            });
        }
        last = last.max(seq);
    }
    last
}

/// Removes a number that has turned up from the holes (splitting a range when it was inside);
/// whether it was one of them.
pub fn fill(gaps: &mut Vec<Gap>, seq: i64) -> bool {
    let Some(i) = gaps.iter().position(|g| g.from <= seq && seq <= g.to) else {
        return false;
    };
    let g = gaps[i];
    match (seq == g.from, seq == g.to) {
        (true, true) => {
            gaps.remove(i);
        }
        (true, false) => gaps[i].from = seq + 1,
        (false, true) => gaps[i].to = seq - 1,
        (false, false) => {
            gaps[i].to = seq - 1;
            gaps.insert(
                i + 1,
                Gap {
                    from: seq + 1,
                    to: g.to,
                    since: g.since,
                },
            );
        }
    }
    true
}

/// Gives up holes whose following change was queued [`LATE_WINDOW_MS`] before `now`, and the
/// oldest beyond [`MAX_GAPS`]; how many numbers were given up.
pub fn expire(gaps: &mut Vec<Gap>, now: i64) -> i64 {
    let mut given_up = 0;
    gaps.retain(|g| {
        let keep = now - g.since < LATE_WINDOW_MS;
        if !keep {
            given_up += g.to - g.from + 1;
        }
        keep
    });
    if gaps.len() > MAX_GAPS {
        let over = gaps.len() - MAX_GAPS;
        given_up += gaps.drain(..over).map(|g| g.to - g.from + 1).sum::<i64>();
    }
    given_up
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gap(from: i64, to: i64, since: i64) -> Gap {
        Gap { from, to, since }
    }

    #[test]
    fn numbers_read_in_a_row_leave_no_hole() {
        let mut gaps = Vec::new();
        assert_eq!(read_past(&mut gaps, 4, &[(5, 1), (6, 2), (7, 3)]), 7);
        assert!(gaps.is_empty());
        assert_eq!(read_past(&mut gaps, 7, &[]), 7);
    }

    #[test]
    fn a_missing_number_is_a_hole_dated_by_the_change_after_it() {
        let mut gaps = Vec::new();
        assert_eq!(
            read_past(&mut gaps, 4, &[(6, 100), (9, 200), (10, 300)]),
            10
        );
        assert_eq!(gaps, vec![gap(5, 5, 100), gap(7, 8, 200)]);
    }

    #[test]
    fn a_number_turning_up_late_is_taken_out_of_its_hole() {
        let mut gaps = vec![gap(5, 5, 1), gap(7, 12, 2)];
        assert!(fill(&mut gaps, 5));
        assert_eq!(gaps, vec![gap(7, 12, 2)]);
        assert!(fill(&mut gaps, 9));
        assert_eq!(gaps, vec![gap(7, 8, 2), gap(10, 12, 2)]);
        assert!(fill(&mut gaps, 7));
        assert!(fill(&mut gaps, 12));
        assert_eq!(gaps, vec![gap(8, 8, 2), gap(10, 11, 2)]);
        assert!(!fill(&mut gaps, 9), "a number seen already is no hole");
        assert!(!fill(&mut gaps, 40));
    }

    #[test]
    fn holes_are_given_up_after_the_window_and_beyond_the_most_kept() {
        let mut gaps = vec![gap(1, 3, 0), gap(5, 5, 1_000)];
        assert_eq!(
            expire(&mut gaps, LATE_WINDOW_MS - 1),
            0,
            "inside the window"
        );
        assert_eq!(expire(&mut gaps, LATE_WINDOW_MS), 3);
        assert_eq!(gaps, vec![gap(5, 5, 1_000)]);

        let mut many: Vec<Gap> = (0..MAX_GAPS as i64 + 2)
            .map(|i| gap(i * 2, i * 2, 5_000))
            .collect();
        assert_eq!(expire(&mut many, 5_000), 2);
        assert_eq!(many.len(), MAX_GAPS);
        assert_eq!(many[0].from, 4, "the oldest went first");
    }
}
