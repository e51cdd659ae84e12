//! The client-name guard: a watchlist of client names, matched in one pass over folded text
//! with each language's endings (`fold`, `endings`, `matcher`), compiled once per watchlist
//! version (`compiled`, from `watchlist`'s SQL), and applied to every write (`screen`), which
//! is refused or held for review (`held`). The officers' side is in `compliance`.

pub mod compiled;
pub mod endings;
pub mod fold;
pub mod held;
pub mod matcher;
pub mod screen;
pub mod watchlist;

pub use compiled::GuardCache;
pub use screen::{Screen, screen};

#[cfg(test)]
mod corpus_tests;
