//! The HTTP API: Leptos server functions at explicit, stable paths under `/api/`.
//!
//! Each one parses its input, gets the request context, calls one service and returns.
//! POST endpoints take JSON bodies, GET endpoints query parameters; errors are `AppError`
//! codes whose HTTP status the server sets from the code (see `docs/api.md`).

pub mod admin;
pub mod auth;
pub mod community;
pub mod compliance;
pub mod content;
#[cfg(feature = "ssr")]
pub mod context;
pub mod files;
pub mod guard;
pub mod inbox;
pub mod mail;
pub mod people;
pub mod prefs;
pub mod profile;
pub mod search;
pub mod social;
pub mod translation;
pub mod wiki;
