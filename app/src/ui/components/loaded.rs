//! The one way a page waits for its data: while it loads, a quiet "Loading…"; when it fails,
//! the translated error; else the page's own view of it.

use std::sync::Arc;

use leptos::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::ui::components::error_message::ErrorMessage;

/// Renders `children` with the value of `data` once it is there.
#[component]
pub fn Loaded<T, F, V>(data: Resource<Result<T, AppError>>, children: F) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    F: Fn(T) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    let children = Arc::new(children);
    view! {
        <Suspense fallback=move || view! { <p class="muted">{i18n.t("loading")}</p> }>
            {move || {
                let children = children.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(value) => children(value).into_any(),
                        Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
