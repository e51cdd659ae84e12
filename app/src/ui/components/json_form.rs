//! A form that calls a JSON API endpoint: with JavaScript through a server action (no page
//! reload), without it by posting the form, which the server turns into the same JSON
//! (`model::form_encoding` holds the naming rules both sides follow).

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos::server_fn::error::FromServerFnError;
use serde::de::DeserializeOwned;

/// A `<form>` bound to a server action.
#[component]
pub fn JsonForm<ServFn>(
    action: ServerAction<ServFn>,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView
where
    ServFn: DeserializeOwned + ServerFn + Clone + Send + Sync + 'static,
    ServFn::Output: Send + Sync + 'static,
    ServFn::Error: FromServerFnError + Send + Sync + 'static,
{
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        if let Some(input) = read_form::<ServFn>(&ev) {
            ev.prevent_default();
            action.dispatch(input);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&ev, action);
    };
    view! {
        <form method="post" action=ServFn::url() class=class on:submit=on_submit>
            {children()}
        </form>
    }
}

/// Reads the submitted form into the endpoint's input, following the form-encoding rules.
#[cfg(feature = "hydrate")]
fn read_form<T: DeserializeOwned>(ev: &leptos::ev::SubmitEvent) -> Option<T> {
    use wasm_bindgen::JsCast;
    let form: web_sys::HtmlFormElement = ev.target()?.dyn_into().ok()?;
    let data = web_sys::FormData::new_with_form(&form).ok()?;
    let mut pairs: Vec<(String, String)> = Vec::new();
    for entry in js_sys::try_iter(&data).ok()??.flatten() {
        let entry: js_sys::Array = entry.dyn_into().ok()?;
        let key = entry.get(0).as_string()?;
        let value = entry.get(1).as_string().unwrap_or_default();
        pairs.push((key, value));
    }
    // The button that submitted the form counts, as it does when the browser posts it
    // (approve or reject, for example, are two buttons of one form).
    if let Some(button) = ev
        .submitter()
        .and_then(|s| s.dyn_into::<web_sys::HtmlButtonElement>().ok())
        && !button.name().is_empty()
    {
        pairs.push((button.name(), button.value()));
    }
    serde_json::from_value(crate::model::form_encoding::form_pairs_to_json(pairs)).ok()
}

/// Loads `path` as a new page, so the server renders it with the new session or language.
pub fn go_to(path: &str) {
    #[cfg(feature = "hydrate")]
    {
        let _ = window().location().assign(path);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = path;
}

/// Loads the current page again from the server.
pub fn reload() {
    #[cfg(feature = "hydrate")]
    {
        let _ = window().location().reload();
    }
}
