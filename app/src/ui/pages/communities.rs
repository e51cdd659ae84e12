//! Communities: the directory, creating one, and each community's pages (home, members,
//! join requests, settings, history, outdated translations).

pub mod blog;
pub mod create;
pub mod directory;
pub mod forum;
pub mod frame;
pub mod health;
pub mod history;
pub mod home;
pub mod inbox;
pub mod labels;
pub mod members;
pub mod requests;
pub mod settings;
pub mod translations;
