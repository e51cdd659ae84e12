//! Administration pages.

pub mod communities;
pub mod users;
