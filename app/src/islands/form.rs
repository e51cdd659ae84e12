//! A form that posts to a JSON endpoint from the page: with JavaScript it sends the fields as
//! JSON and shows the server's translated error beside them, keeping what was typed; without,
//! the browser posts the same form and the server answers with the page again. After a save
//! the page loads again (or another one), so what the reader sees is what the server has, and
//! a confirmation given by the server page is shown and focused there.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::http::Failure;
#[cfg(feature = "hydrate")]
use super::http::post_json;

/// What a form does once the server has saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AfterSave {
    /// Load this page again: the server shows the new state.
    Reload,
    /// Go to an address; `{id}`, `{slug}` and `{path}` are replaced by the answer's fields.
    Go(String),
}

impl AfterSave {
    /// The address to load after a save that answered `answer`; `None` for this page.
    pub fn target(&self, answer: &serde_json::Value) -> Option<String> {
        match self {
            AfterSave::Reload => None,
            AfterSave::Go(template) => {
                let field = |name: &str| {
                    answer.get(name).map(|v| match v {
                        serde_json::Value::String(s) => s.clone(),
                        other => other.to_string(),
                    })
                };
                let mut out = template.clone();
                for name in ["id", "slug", "path"] {
                    let key = format!("{{{name}}}");
                    if out.contains(&key) {
                        out = out.replace(&key, &field(name).unwrap_or_default());
                    }
                }
                Some(out)
            }
        }
    }
}

/// The text being written in a composer, shared by the fields inside one form (the language
/// suggestion reads what the Markdown field holds).
#[derive(Clone, Copy)]
pub struct ComposerText(pub RwSignal<String>);

/// A `<form>` posting to `action`. `done` is the confirmation shown after the save (empty for
/// none), by the form of the same `action` and `key` on the page that loads next (`key` tells
/// apart the forms of one endpoint on a page, such as a comment box per item); `network` is
/// said when the server cannot be reached.
#[island]
pub fn AsyncForm(
    action: String,
    key: String,
    class: String,
    then: AfterSave,
    done: String,
    network: String,
    children: Children,
) -> impl IntoView {
    super::ready();
    let text = RwSignal::new(String::new());
    provide_context(ComposerText(text));
    let failure = RwSignal::new(None::<Failure>);
    let notice = RwSignal::new(None::<String>);
    let status = NodeRef::<leptos::html::P>::new();
    let key = format!("gemenskap-done:{action}:{key}");
    // A confirmation left by the save before the page loaded again.
    #[cfg(feature = "hydrate")]
    {
        let key = key.clone();
        Effect::new(move |_| {
            if let Some(message) = flash::take(&key) {
                notice.set(Some(message));
                request_animation_frame(move || {
                    if let Some(el) = status.get_untracked() {
                        // A folded form (a comment box) opens to show it.
                        use leptos::wasm_bindgen::JsCast;
                        if let Ok(Some(details)) = el.closest("details")
                            && let Ok(details) = details.dyn_into::<web_sys::HtmlDetailsElement>()
                        {
                            details.set_open(true);
                        }
                        let _ = el.focus();
                    }
                });
            }
        });
    }
    let on_submit = {
        let action = action.clone();
        move |ev: leptos::ev::SubmitEvent| {
            #[cfg(feature = "hydrate")]
            {
                let Some((form, body)) = submitted::read(&ev) else {
                    return;
                };
                ev.prevent_default();
                submitted::set_busy(&form, true);
                failure.set(None);
                let (action, then, done, key) =
                    (action.clone(), then.clone(), done.clone(), key.clone());
                leptos::task::spawn_local(async move {
                    match post_json(&action, &body).await {
                        Ok(answer) => {
                            let mut message = done;
                            if let Some(extra) = answer.get("notice").and_then(|n| n.as_str()) {
                                message = if message.is_empty() {
                                    extra.to_owned()
                                } else {
                                    format!("{message} {extra}")
                                };
                            }
                            if !message.is_empty() {
                                flash::put(&key, &message);
                            }
                            match then.target(&answer) {
                                Some(href) => {
                                    let _ = window().location().assign(&href);
                                }
                                None => {
                                    let _ = window().location().reload();
                                }
                            }
                        }
                        // A refused save whose text the server kept (a wiki edit that
                        // lost the race): the page that shows it merged takes over.
                        Err(Failure::Answer(v))
                            if v.get("merge_path")
                                .and_then(|p| p.as_str())
                                .is_some_and(|p| p.starts_with('/') && !p.starts_with("//")) =>
                        {
                            let path = v["merge_path"].as_str().unwrap_or("/").to_owned();
                            let _ = window().location().assign(&path);
                        }
                        Err(f) => {
                            submitted::set_busy(&form, false);
                            failure.set(Some(f));
                        }
                    }
                });
            }
            #[cfg(not(feature = "hydrate"))]
            let _ = (&ev, &then, &done, &key, &action);
        }
    };
    view! {
        <form method="post" action=action class=class on:submit=on_submit>
            {children()}
            <p class="form-done" role="status" tabindex="-1" node_ref=status hidden=move || notice.with(Option::is_none)>
                {move || notice.get()}
            </p>
            {move || failure.get().map(|f| view! {
                <div class="alert alert-error" role="alert">
                    {f.lines(&network).into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
                </div>
            })}
        </form>
    }
}

/// Reading the submitted form, and showing that it is being sent.
#[cfg(feature = "hydrate")]
mod submitted {
    use leptos::wasm_bindgen::JsCast;
    use web_sys::{HtmlButtonElement, HtmlFormElement};

    /// The form and its fields as the endpoint's JSON (the rules of `model::form_encoding`).
    pub fn read(ev: &leptos::ev::SubmitEvent) -> Option<(HtmlFormElement, serde_json::Value)> {
        let form: HtmlFormElement = ev.target()?.dyn_into().ok()?;
        let data = web_sys::FormData::new_with_form(&form).ok()?;
        let mut pairs: Vec<(String, String)> = Vec::new();
        for entry in js_sys::try_iter(&data).ok()??.flatten() {
            let entry: js_sys::Array = entry.dyn_into().ok()?;
            let key = entry.get(0).as_string()?;
            let value = entry.get(1).as_string().unwrap_or_default();
            pairs.push((key, value));
        }
        // The button that submitted the form counts, as when the browser posts it (approve
        // or reject are two buttons of one form).
        if let Some(button) = ev
            .submitter()
            .and_then(|s| s.dyn_into::<HtmlButtonElement>().ok())
            && !button.name().is_empty()
        {
            pairs.push((button.name(), button.value()));
        }
        Some((form, crate::model::form_encoding::form_pairs_to_json(pairs)))
    }

    /// Disables the form's buttons while it is being sent, so it is not sent twice.
    pub fn set_busy(form: &HtmlFormElement, busy: bool) {
        if let Ok(buttons) = form.query_selector_all("button") {
            for i in 0..buttons.length() {
                if let Some(b) = buttons
                    .item(i)
                    .and_then(|n| n.dyn_into::<HtmlButtonElement>().ok())
                {
                    b.set_disabled(busy);
                }
            }
        }
        let _ = form.set_attribute("aria-busy", if busy { "true" } else { "false" });
    }
}

/// A message kept for the page that loads next (the tab's session storage).
#[cfg(feature = "hydrate")]
mod flash {
    fn storage() -> Option<web_sys::Storage> {
        leptos::prelude::window().session_storage().ok().flatten()
    }

    pub fn put(key: &str, message: &str) {
        if let Some(s) = storage() {
            let _ = s.set_item(key, message);
        }
    }

    pub fn take(key: &str) -> Option<String> {
        let s = storage()?;
        let message = s.get_item(key).ok().flatten()?;
        let _ = s.remove_item(key);
        Some(message)
    }
}

#[cfg(test)]
mod tests {
    use super::AfterSave;
    use serde_json::json;

    #[test]
    fn the_next_address_takes_the_answers_id_or_slug() {
        let answer = json!({"id": 42, "slug": "it-helpdesk"});
        assert_eq!(AfterSave::Reload.target(&answer), None);
        assert_eq!(
            AfterSave::Go("/posts/{id}".into())
                .target(&answer)
                .as_deref(),
            Some("/posts/42")
        );
        assert_eq!(
            AfterSave::Go("/communities/{slug}".into())
                .target(&answer)
                .as_deref(),
            Some("/communities/it-helpdesk")
        );
        assert_eq!(
            AfterSave::Go("/".into()).target(&answer).as_deref(),
            Some("/")
        );
    }
}
