//! The one "not found" view: for an address that leads nowhere, and for a thing that does not
//! exist or that the reader may not know exists (the two must look the same).

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::use_i18n;

/// Says that nothing is here, with a way back, and answers 404.
/// `message` is the Fluent id of the sentence under the heading; `back` the address and
/// Fluent id of the link onwards.
#[component]
pub fn NotFound(
    #[prop(default = "not-found-body")] message: &'static str,
    #[prop(default = ("/", "not-found-home-link"))] back: (&'static str, &'static str),
) -> impl IntoView {
    let i18n = use_i18n();
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=i18n.t("not-found-title")/>
        <h1>{i18n.t("not-found-title")}</h1>
        <p>{i18n.t(message)}</p>
        <p><a href=back.0>{i18n.t(back.1)}</a></p>
    }
}
