//! Administration pages.

pub mod communities;
pub mod mail;
pub mod search;
pub mod users;
