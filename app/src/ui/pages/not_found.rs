//! The page for an address that leads nowhere.

use leptos::prelude::*;

use crate::ui::components::not_found::NotFound;

/// 404: says so and leads back home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <NotFound/> }
}
