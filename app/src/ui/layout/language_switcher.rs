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
            <select id="ui-language" name="lang"
                onchange="this.form.requestSubmit ? this.form.requestSubmit() : this.form.submit()">
                {SUPPORTED.iter().map(|l| view! {
                    <option value=l.code selected=l.code == current lang=l.code>{l.native_name}</option>
                }).collect_view()}
            </select>
            <noscript><button type="submit">{i18n.t("nav-language-apply")}</button></noscript>
        </JsonForm>
    }
}
