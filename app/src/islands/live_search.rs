//! Search as you type in a directory: a quarter of a second after the last key, the results
//! below the search form are replaced by the server's results for what the form now holds,
//! and the address follows (replacing the history entry, not adding one per key). The form
//! itself is an ordinary GET form, which works the same without JavaScript.

use leptos::prelude::*;

/// Wraps a server-rendered search `<form method="get">`; `results` is the id of the element
/// whose content is replaced.
#[island]
pub fn LiveSearch(results: String, children: Children) -> impl IntoView {
    super::ready();
    #[cfg(feature = "hydrate")]
    let on_input = {
        use leptos::leptos_dom::helpers::{TimeoutHandle, set_timeout_with_handle};
        let pending = StoredValue::new(None::<TimeoutHandle>);
        move |ev: leptos::ev::Event| {
            if let Some(h) = pending.get_value() {
                h.clear();
            }
            let Some(href) = swap::address(&ev) else {
                return;
            };
            let results = results.clone();
            let go = move || {
                leptos::task::spawn_local(async move {
                    swap::load(&href, &results).await;
                })
            };
            pending
                .set_value(set_timeout_with_handle(go, std::time::Duration::from_millis(250)).ok());
        }
    };
    #[cfg(not(feature = "hydrate"))]
    let on_input = {
        let _ = results;
        |_: leptos::ev::Event| {}
    };
    view! { <div class="live-search" on:input=on_input>{children()}</div> }
}

#[cfg(feature = "hydrate")]
mod swap {
    use leptos::prelude::*;
    use leptos::wasm_bindgen::JsCast;

    /// The address the form would load now: its action with its fields as the query.
    pub fn address(ev: &leptos::ev::Event) -> Option<String> {
        let field: web_sys::Element = ev.target()?.dyn_into().ok()?;
        let form: web_sys::HtmlFormElement = field.closest("form").ok()??.dyn_into().ok()?;
        let data = web_sys::FormData::new_with_form(&form).ok()?;
        let params = web_sys::UrlSearchParams::new().ok()?;
        for entry in js_sys::try_iter(&data).ok()??.flatten() {
            let entry: js_sys::Array = entry.dyn_into().ok()?;
            let (key, value) = (entry.get(0).as_string()?, entry.get(1).as_string()?);
            if !value.trim().is_empty() {
                params.append(&key, value.trim());
            }
        }
        let action = form.get_attribute("action").unwrap_or_default();
        let query = String::from(params.to_string());
        Some(if query.is_empty() {
            action
        } else {
            format!("{action}?{query}")
        })
    }

    /// Loads `href` and puts its `#results` element's content in place of this page's.
    pub async fn load(href: &str, results: &str) {
        let Some(html) = crate::islands::http::get_html(href).await else {
            return;
        };
        let Ok(parser) = web_sys::DomParser::new() else {
            return;
        };
        let Ok(doc) = parser.parse_from_string(&html, web_sys::SupportedType::TextHtml) else {
            return;
        };
        if let (Some(new), Some(old)) = (
            doc.get_element_by_id(results),
            document().get_element_by_id(results),
        ) {
            // This site's own page, rendered and escaped by its server like any page load.
            old.set_inner_html(&new.inner_html());
            if let Ok(history) = window().history() {
                let _ = history.replace_state_with_url(
                    &leptos::wasm_bindgen::JsValue::NULL,
                    "",
                    Some(href),
                );
            }
        }
    }
}
