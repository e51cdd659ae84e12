//! The header's link to the notifications with the number not yet read, kept current while
//! the page is open: asked again every minute and whenever the tab comes back into view.

use leptos::prelude::*;

use super::http::get_json;

/// How often the count is asked for while the page is visible.
#[cfg(feature = "hydrate")]
const EVERY_MS: i32 = 60_000;

/// `text` is the link's name, `count` the unread number when the page was made and `label`
/// its spoken form ("3 unread"), both renewed from `/api/notifications/unread`.
#[island]
pub fn UnreadLink(text: String, count: i64, label: String) -> impl IntoView {
    super::ready();
    let unread = RwSignal::new((count, label));
    #[cfg(feature = "hydrate")]
    {
        use leptos::wasm_bindgen::JsCast;
        use leptos::wasm_bindgen::closure::Closure;
        let refresh = move || {
            if document().visibility_state() != web_sys::VisibilityState::Visible {
                return;
            }
            leptos::task::spawn_local(async move {
                if let Ok(v) = get_json("/api/notifications/unread").await
                    && let Some(n) = v["unread"].as_i64()
                {
                    let label = v["label"].as_str().unwrap_or_default().to_owned();
                    unread.set((n, label));
                }
            });
        };
        let tick = Closure::<dyn Fn()>::new(refresh);
        let _ = window().set_interval_with_callback_and_timeout_and_arguments_0(
            tick.as_ref().unchecked_ref(),
            EVERY_MS,
        );
        let _ = document()
            .add_event_listener_with_callback("visibilitychange", tick.as_ref().unchecked_ref());
        let _ =
            window().add_event_listener_with_callback("pageshow", tick.as_ref().unchecked_ref());
        // Lives as long as the page.
        tick.forget();
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = get_json;
    view! {
        <a href="/notifications" class="nav-notifications">
            {text}
            {move || {
                let (n, label) = unread.get();
                (n > 0).then(|| view! {
                    " "
                    <span class="count-badge" aria-label=label>{n}</span>
                })
            }}
        </a>
    }
}
