//! Ids of content and communities, the ones addresses and the API show. They are drawn at
//! random instead of counted up: with a counter, the gap between two ids a reader can see
//! tells how much was written meanwhile in places the reader cannot see (a client team's
//! room). Nothing orders by id alone: lists order by time with the id as a tie-breaker.

use rand::Rng;

/// The range ids are drawn from: 7 to 12 digits, far below JavaScript's 2^53, and large
/// enough that a repeat is rare; an insert that meets one draws again.
const RANGE: std::ops::Range<i64> = 1_000_000..1_000_000_000_000;

/// How often an insert draws again before giving up (a repeat twice in a row would mean the
/// generator is broken, not bad luck).
pub const ATTEMPTS: usize = 3;

/// The fault when every drawn id was taken.
pub fn exhausted(what: &'static str) -> crate::server::fault::ServiceError {
    crate::server::fault::ServiceError::Fault {
        context: what,
        source: "every drawn id was taken".into(),
    }
}

/// A new random id.
pub fn draw() -> i64 {
    rand::thread_rng().gen_range(RANGE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_spread_over_the_range_and_do_not_count_up() {
        let ids: Vec<i64> = (0..1000).map(|_| draw()).collect();
        assert!(ids.iter().all(|i| RANGE.contains(i)));
        let rising = ids.windows(2).filter(|w| w[1] > w[0]).count();
        // About half of consecutive pairs rise for random ids, all of them for a counter.
        assert!((350..650).contains(&rising), "{rising}");
    }
}
