//! Which search documents a reader may get: the reading rule of the policy as index terms.
//! A document carries one term: `all` (what everyone logged in reads: personal places, public
//! and moderated communities, people), `c:<id>` (a restricted community's: its items, files
//! and its name) or `u:<id>` (its author's alone: a draft, a person's own file). A reader's
//! terms are `all`, their own `u:`, and `c:` for each restricted community they may read,
//! which the search service takes from the one SQL rule (`server::visibility`) at query time:
//! joining or leaving a community changes what the next query finds, with nothing
//! re-indexed. (A community that becomes restricted, or public again, has its items indexed
//! again by the outbox's trigger; until then, within a second, search reads them back from
//! the database and shows none it may not.)

use super::{Actor, Denial};
use crate::model::ids::UserId;

/// Who a search is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchAudience {
    Reader(UserId),
}

/// Logged-in people search, admins as anyone else (a restricted community they are not in
/// stays out of their results).
pub fn search_audience(actor: &Actor) -> Result<SearchAudience, Denial> {
    actor
        .user_id()
        .map(SearchAudience::Reader)
        .ok_or(Denial::Unauthenticated)
}

impl SearchAudience {
    /// The terms of the documents the reader may get, given the restricted communities they
    /// may read.
    pub fn terms(self, readable_communities: &[i64]) -> Vec<String> {
        let Self::Reader(me) = self;
        let mut out = vec!["all".to_owned(), format!("u:{}", me.0)];
        out.extend(readable_communities.iter().map(|c| format!("c:{c}")));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_logged_in_readers_search_and_admins_get_no_more_terms() {
        assert_eq!(
            search_audience(&Actor::Anonymous),
            Err(Denial::Unauthenticated)
        );
        assert_eq!(
            search_audience(&Actor::System),
            Err(Denial::Unauthenticated)
        );
        let member = search_audience(&Actor::Member(UserId(5))).unwrap();
        let admin = search_audience(&Actor::Admin(UserId(5))).unwrap();
        assert_eq!(member, admin);
        assert_eq!(member.terms(&[7, 9]), ["all", "u:5", "c:7", "c:9"]);
        assert_eq!(member.terms(&[]), ["all", "u:5"]);
    }
}
