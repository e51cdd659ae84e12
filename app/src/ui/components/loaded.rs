//! The one way a page waits for its data: while it loads, a quiet "Loading…"; when it fails,
//! the translated error; else the page's own view of it.
//!
//! Pages render once, on the server, so what they load is a plain future, asked for once:
//! not a resource, whose reactive source would be dead state here, and whose awaiting inside
//! a closure makes that closure run again, with every query beneath it, when it resolves.

use std::future::Future;

use leptos::prelude::*;

use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::ui::components::error_message::ErrorMessage;

/// Renders `children` with the value of `data` once it is there.
#[component]
pub fn Loaded<T, Fut, F, V>(data: Fut, children: F) -> impl IntoView
where
    Fut: Future<Output = Result<T, AppError>> + Send + 'static,
    T: Send + 'static,
    F: FnOnce(T) -> V + Send + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    view! {
        <Suspense fallback=move || view! { <p class="muted">{i18n.t("loading")}</p> }>
            {Suspend::new(async move {
                match data.await {
                    Ok(value) => children(value).into_any(),
                    Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
