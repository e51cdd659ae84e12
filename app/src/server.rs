//! The backend: everything that runs only on the server. It depends on Leptos only through
//! the thin `api` layer that calls it, so it can move to a crate of its own unchanged.
//!
//! Layout: `db` (pool, migrations, dialect), `policy` (every permission decision), `ctx`
//! (who is asking), one folder per area with its `service` (the only code that runs SQL,
//! through its private `repo`), and `fault` (turning server errors into `AppError`).

pub mod account;
pub mod audit;
pub mod auth;
pub mod clock;
pub mod community;
pub mod compliance;
pub mod content;
pub mod csv;
pub mod ctx;
pub mod cursor;
pub mod db;
pub mod demo;
pub mod fault;
pub mod files;
pub mod guard;
pub mod inbox;
pub mod language;
pub mod mail;
pub mod notification;
pub mod policy;
pub mod profile;
pub mod public_id;
pub mod search;
#[cfg(test)]
mod service_tests;
pub mod settings;
pub mod testing;
pub mod text;
pub mod visibility;
pub mod welcome;
pub mod wiki;
