//! The user's own account.

pub mod password;
pub mod sessions;
