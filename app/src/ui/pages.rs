//! Routed pages, one folder per area.

pub mod account;
pub mod admin;
pub mod communities;
pub mod compliance;
pub mod files;
pub mod home;
pub mod login;
pub mod mail_unsubscribe;
pub mod not_found;
pub mod notifications;
pub mod people;
pub mod posts;
pub mod search;
pub mod tags;
pub mod wiki;
