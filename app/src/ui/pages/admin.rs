//! Administration pages.

pub mod communities;
pub mod search;
pub mod users;
