//! Gemenskap, a social intranet: the web application (pages, API and backend).
//!
//! Built twice: with `ssr` for the server (the pages, rendered on the server only, the API,
//! and the backend under `server`), and with `hydrate` for the browser: only the `islands`,
//! the small interactive parts of pages. Pages, translations, the backend and their crates
//! never enter the browser build.

pub mod api;
pub mod error;
#[cfg(feature = "ssr")]
pub mod i18n;
pub mod islands;
pub mod model;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod ui;

#[cfg(feature = "ssr")]
pub use ui::app::{App, shell};

/// The browser entry point: the islands on the server-rendered page come to life (the
/// loader calls each island's own entry after this).
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
