//! Choosing the UI language: a menu and a button, which work without JavaScript; with it,
//! choosing a language applies it at once (the page loads again in it).

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::prefs::SetUiLanguage;
use crate::i18n::{SUPPORTED, use_i18n};
use crate::islands::auto_submit::SubmitOnChange;
use crate::ui::components::json_form::JsonForm;

/// The language switcher in the header.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let current = i18n.code();
    // Before logging in a page has no islands (and loads no script): the form is plain and
    // its button shows.
    let live = crate::ui::current_user::CurrentUser::get().me().is_some();
    let apply =
        view! { <button type="submit" class="small">{i18n.t("nav-language-apply")}</button> };
    let choice = view! {
        <label for="ui-language">{i18n.t("nav-language")}</label>
        <select id="ui-language" name="lang">
            // The pseudo-locale is for translators and tests, who choose it by cookie;
            // it is offered only to whoever reads in it already.
            {SUPPORTED.iter().filter(|l| l.code != "en-XA" || current == "en-XA").map(|l| view! {
                <option value=l.code selected=l.code == current lang=l.code>{l.native_name}</option>
            }).collect_view()}
        </select>
    };
    if !live {
        return view! {
            <JsonForm action=SetUiLanguage::PATH class="language-switcher" plain=true>
                {choice}
                {apply}
            </JsonForm>
        }
        .into_any();
    }
    view! {
        <JsonForm action=SetUiLanguage::PATH class="language-switcher">
            <SubmitOnChange>{choice}</SubmitOnChange>
            <noscript>{apply}</noscript>
        </JsonForm>
    }
    .into_any()
}
