//! The user menu in the header: a `<details>` disclosure (it opens and closes without
//! JavaScript); with it, Esc closes the open menu and gives focus back to its button, and
//! choosing an entry closes it.

use leptos::prelude::*;

/// Wraps the server-rendered `<details>` of a menu.
#[island]
pub fn MenuKeys(children: Children) -> impl IntoView {
    super::ready();
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        #[cfg(feature = "hydrate")]
        if ev.key() == "Escape" {
            use leptos::wasm_bindgen::JsCast;
            let details = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest("details").ok().flatten())
                .and_then(|d| d.dyn_into::<web_sys::HtmlDetailsElement>().ok());
            if let Some(details) = details
                && details.open()
            {
                details.set_open(false);
                if let Ok(Some(summary)) = details.query_selector("summary")
                    && let Ok(summary) = summary.dyn_into::<web_sys::HtmlElement>()
                {
                    let _ = summary.focus();
                }
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = ev;
    };
    view! { <div class="menu-keys" on:keydown=on_key>{children()}</div> }
}
