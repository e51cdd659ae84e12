//! The page for an address that leads nowhere.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::use_i18n;

/// 404: says so and leads back home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=i18n.t("not-found-title")/>
        <h1>{i18n.t("not-found-title")}</h1>
        <p>{i18n.t("not-found-body")}</p>
        <p><a href="/">{i18n.t("not-found-home-link")}</a></p>
    }
}
