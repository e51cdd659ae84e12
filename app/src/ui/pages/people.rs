//! The people directory and profiles.

pub mod blog;
pub mod directory;
pub mod edit;
pub mod profile;
