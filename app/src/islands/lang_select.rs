//! The language of a text: a menu named `lang` with the product's languages and "other".
//! While the author writes, the server is asked (after a pause in typing) which language the
//! text looks like; when that differs from the choice it is offered, and the author decides.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "hydrate")]
use super::form::ComposerText;
#[cfg(feature = "hydrate")]
use super::http::post_json;

/// One language in the menu: its code, its name, and the two sentences that offer it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LangChoice {
    pub code: String,
    pub name: String,
    /// "This looks like Finnish."
    pub suggestion: String,
    /// "Use Finnish"
    pub take: String,
}

/// Texts shorter than this are not worth asking about (the server would answer `und`).
#[cfg(feature = "hydrate")]
const DETECT_FROM_CHARS: usize = 20;

/// The menu; `choices` are the languages (the last entry is "other", code `und`), `selected`
/// the code chosen when the page was made.
#[island]
pub fn LangSelect(
    id: String,
    label: String,
    selected: String,
    choices: Vec<LangChoice>,
) -> impl IntoView {
    super::ready();
    let lang = RwSignal::new(selected.clone());
    let suggestion = RwSignal::new(None::<LangChoice>);
    #[cfg(feature = "hydrate")]
    if let Some(ComposerText(text)) = use_context::<ComposerText>() {
        use leptos::leptos_dom::helpers::{TimeoutHandle, set_timeout_with_handle};
        let pending = StoredValue::new(None::<TimeoutHandle>);
        let choices = choices.clone();
        Effect::new(move |_| {
            let written = text.get();
            if let Some(h) = pending.get_value() {
                h.clear();
            }
            if written.trim().chars().count() < DETECT_FROM_CHARS {
                suggestion.set(None);
                return;
            }
            let choices = choices.clone();
            let ask = move || {
                leptos::task::spawn_local(async move {
                    let body = serde_json::json!({ "text": written });
                    // Detection is a suggestion: when it fails, nothing is offered.
                    if let Ok(found) = post_json("/api/lang/detect", &body).await {
                        let code = found["lang"].as_str().unwrap_or("und").to_owned();
                        let differs = code != "und" && code != lang.get_untracked();
                        suggestion.set(
                            differs
                                .then(|| choices.iter().find(|c| c.code == code).cloned())
                                .flatten(),
                        );
                    }
                });
            };
            pending.set_value(
                set_timeout_with_handle(ask, std::time::Duration::from_millis(700)).ok(),
            );
        });
    }
    let hint = format!("{id}-suggestion");
    view! {
        <label for=id.clone()>{label}</label>
        <select id=id name="lang" aria-describedby=hint.clone()
            on:change=move |ev| { lang.set(event_target_value(&ev)); suggestion.set(None); }
            prop:value=move || lang.get()>
            {choices.iter().map(|c| view! {
                <option value=c.code.clone() selected=c.code == selected>{c.name.clone()}</option>
            }).collect_view()}
        </select>
        <p id=hint class="lang-suggestion" role="status">
            {move || suggestion.get().map(|c| {
                let take = c.code.clone();
                view! {
                    {c.suggestion.clone()}
                    " "
                    <button type="button" class="small secondary"
                        on:click=move |_| { lang.set(take.clone()); suggestion.set(None); }>
                        {c.take.clone()}
                    </button>
                }
            })}
        </p>
    }
}
