//! Gemenskap, a social intranet: the web application (pages, API and backend).
//!
//! Built twice: with `ssr` for the server (pages rendered on the server, the API, and the
//! backend under `server`), and with `hydrate` for the browser (the same pages, made
//! interactive). The backend and its crates never enter the browser build.

pub mod api;
pub mod error;
pub mod i18n;
pub mod model;
#[cfg(feature = "ssr")]
pub mod server;
pub mod ui;

pub use ui::app::{App, shell};

/// The browser entry point: attaches the app to the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(App);
    // A marker for the browser tests: from here on, clicks reach the app's handlers.
    let _ = js_sys::Reflect::set(
        &leptos::prelude::window(),
        &"__gemenskapHydrated".into(),
        &true.into(),
    );
}
