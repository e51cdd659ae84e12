//! Choosing the UI language: a select and a button, which work without JavaScript; with it,
//! choosing a language applies it at once.

use leptos::prelude::*;

use crate::api::prefs::SetUiLanguage;
use crate::i18n::{SUPPORTED, use_i18n};
use crate::ui::components::json_form::{JsonForm, reload};

/// The language switcher in the header.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SetUiLanguage>::new();
    Effect::new(move |_| {
        if let Some(Ok(_)) = action.value().get() {
            reload();
        }
    });
    let current = i18n.code();
    view! {
        <JsonForm action=action class="language-switcher">
            <label for="ui-language">{i18n.t("nav-language")}</label>
            <select id="ui-language" name="lang" on:change=submit_enclosing_form>
                // The pseudo-locale is for translators and tests, who choose it by cookie; it
                // is offered only to whoever reads in it already.
                {SUPPORTED.iter().filter(|l| l.code != "en-XA" || current == "en-XA").map(|l| view! {
                    <option value=l.code selected=l.code == current lang=l.code>{l.native_name}</option>
                }).collect_view()}
            </select>
            <noscript><button type="submit">{i18n.t("nav-language-apply")}</button></noscript>
        </JsonForm>
    }
}

/// Choosing a language applies it at once: the select submits its form, which the form's own
/// handler sends. (A handler in the markup would be refused by the Content-Security-Policy.)
#[cfg(feature = "hydrate")]
fn submit_enclosing_form(ev: leptos::ev::Event) {
    use wasm_bindgen::JsCast;
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
fn submit_enclosing_form(_: leptos::ev::Event) {}
