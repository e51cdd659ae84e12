//! A form that calls a JSON API endpoint: with JavaScript through the `AsyncForm` island
//! (the endpoint's JSON, the error beside the fields, the page loaded again after a save),
//! without it by posting the form, which the server turns into the same JSON
//! (`model::form_encoding` holds the naming rules both sides follow) and answers with the
//! page again, the error in its address for the page to show.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::islands::form::{AfterSave, AsyncForm};

/// A `<form>` posting to the endpoint `action` (a server function's `PATH`). `then` is where
/// the browser goes after a save (this page again, by default); `done` a confirmation shown
/// there, by this form (`key` tells it apart from other forms of the same endpoint on the page).
/// A `plain` form is never an island: it posts as a form with JavaScript too, for the pages
/// before logging in, which load no script at all (the server's answer is the next page).
#[component]
pub fn JsonForm(
    action: &'static str,
    #[prop(optional)] plain: bool,
    #[prop(optional)] class: &'static str,
    #[prop(optional)] then: Option<AfterSave>,
    #[prop(optional, into)] done: Option<String>,
    #[prop(optional, into)] key: String,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    // Back from a plain post that saved (the server marks the address with the endpoint):
    // the confirmation the island would have shown.
    let done = done.unwrap_or_default();
    let saved = !done.is_empty()
        && leptos_router::hooks::use_query_map()
            .with_untracked(|q| q.get("__done"))
            .is_some_and(|e| e == action);
    let confirmation = saved.then(|| {
        view! { <p class="form-done" role="status">{done.clone()}</p> }
    });
    if plain {
        return view! { {confirmation} <form method="post" action=action class=class>{children()}</form> }
            .into_any();
    }
    view! {
        {confirmation}
        <AsyncForm
            action=action.to_owned()
            key=key
            class=class.to_owned()
            then=then.unwrap_or(AfterSave::Reload)
            done=done
            network=i18n.t("error-network")
            children=children
        />
    }
    .into_any()
}
