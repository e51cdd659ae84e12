//! The user's own account.

pub mod mail;
pub mod password;
pub mod sessions;
