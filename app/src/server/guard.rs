//! The client-name guard: a watchlist of client names, matched in one pass over folded text
//! with each language's endings (`fold`, `endings`, `matcher`). Not yet wired to the writes,
//! the watchlist's storage or the API (issue 15, in progress).

pub mod endings;
pub mod fold;
pub mod matcher;

#[cfg(test)]
mod corpus_tests;
