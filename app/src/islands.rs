//! The islands: the only parts of a page that run in the browser. Everything else renders on
//! the server (`ui`, which is not compiled into the WASM at all).
//!
//! An island gets what it shows as props, already translated by the server (no Fluent in the
//! browser), and talks to the JSON API with `fetch` (`http`). Each one also works without
//! JavaScript: it enhances server-rendered HTML (a form that posts, a link, a `<details>`)
//! rather than replacing it. See `docs/architecture.md` ("Islands").

#[cfg(feature = "hydrate")]
use leptos::prelude::*;

pub mod auto_submit;
pub mod form;
pub mod http;
pub mod lang_select;
pub mod likes;
pub mod live_search;
pub mod local_times;
pub mod markdown_field;
pub mod menu;
pub mod search_box;
pub mod similar_answers;
pub mod suggest_people;
pub mod unread;

/// Counts an island as live once the browser has attached it (in the next frame, after its
/// hydration), for the browser tests: they wait until every `<leptos-island>` of a page is.
pub fn ready() {
    #[cfg(feature = "hydrate")]
    request_animation_frame(|| {
        let w = window();
        let key = leptos::wasm_bindgen::JsValue::from_str("__gemenskapIslands");
        let now = js_sys::Reflect::get(&w, &key)
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0);
        let _ = js_sys::Reflect::set(&w, &key, &(now + 1.0).into());
    });
}
