//! A choice that applies at once: changing a menu inside submits its form (the interface
//! language). Without JavaScript the form keeps its own button.

use leptos::prelude::*;

/// Wraps server-rendered fields; a `change` in them submits their form as its button would.
#[island]
pub fn SubmitOnChange(children: Children) -> impl IntoView {
    super::ready();
    let on_change = move |ev: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        {
            use leptos::wasm_bindgen::JsCast;
            let form = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest("form").ok().flatten())
                .and_then(|f| f.dyn_into::<web_sys::HtmlFormElement>().ok());
            if let Some(form) = form {
                let _ = form.request_submit();
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = ev;
    };
    view! { <div class="submit-on-change" on:change=on_change>{children()}</div> }
}
