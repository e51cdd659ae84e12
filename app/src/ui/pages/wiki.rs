//! A community's wiki: its tree of pages, a page, writing one, its history and the
//! difference between two versions. Every page renders on the server under the community's
//! frame; the only islands are the forms' and the Markdown field's.

mod edit;
mod history;
mod index;
mod page;

pub use edit::{EditWikiPage, NewWikiPage};
pub use history::{WikiDiffPage, WikiHistoryPage};
pub use index::{WikiGoPage, WikiIndexPage};
pub use page::WikiPageView;

use leptos::prelude::*;

/// The page id in the address.
fn id_param() -> i64 {
    leptos_router::hooks::use_params_map()
        .with_untracked(|p| p.get("id").and_then(|i| i.parse().ok()).unwrap_or(0))
}

/// Renders `children` with the value of `data`; a page or wiki the reader may not see (or
/// that does not exist) is the 404 page, whatever the frame above it showed.
#[component]
fn WikiLoaded<T, Fut, F, V>(data: Fut, children: F) -> impl IntoView
where
    Fut: std::future::Future<Output = Result<T, crate::error::AppError>> + Send + 'static,
    T: Send + 'static,
    F: FnOnce(T) -> V + Send + 'static,
    V: IntoView + 'static,
{
    use crate::error::AppError;
    use crate::ui::components::error_message::ErrorMessage;
    use crate::ui::components::not_found::NotFound;
    let i18n = crate::i18n::use_i18n();
    view! {
        <Suspense fallback=move || view! { <p class="muted">{i18n.t("loading")}</p> }>
            {Suspend::new(async move {
                match data.await {
                    Ok(value) => children(value).into_any(),
                    Err(AppError::NotFound) => view! { <NotFound message="post-not-found"/> }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
