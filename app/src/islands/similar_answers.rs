//! While a question is written in a forum, answered questions and wiki pages like it appear
//! under the form (half a second after the last key), so the question may not need asking.
//! Without JavaScript the form is the same, without the list.

use leptos::prelude::*;

/// The list; it follows the title and text fields of the form it stands in.
#[island]
pub fn SimilarAnswers(community: String, heading: String) -> impl IntoView {
    super::ready();
    let found = RwSignal::new(Vec::<(String, String)>::new());
    let root = NodeRef::<leptos::html::Div>::new();
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        use leptos::leptos_dom::helpers::{TimeoutHandle, set_timeout_with_handle};
        use leptos::wasm_bindgen::{JsCast, closure::Closure};
        let Some(el) = root.get() else { return };
        let Ok(Some(form)) = el.closest("form") else {
            return;
        };
        let community = community.clone();
        let pending = StoredValue::new(None::<TimeoutHandle>);
        let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            let Some(form) = ev
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
            else {
                return;
            };
            let Ok(data) = web_sys::FormData::new_with_form(&form) else {
                return;
            };
            let field = |name: &str| data.get(name).as_string().unwrap_or_default();
            let text = format!("{} {}", field("title"), field("body"));
            if let Some(h) = pending.get_value() {
                h.clear();
            }
            if text.trim().chars().count() < 12 {
                found.set(Vec::new());
                return;
            }
            let url = format!(
                "/api/search/similar?text={}&community_slug={}",
                crate::model::site_path::encode_query_value(text.trim()),
                crate::model::site_path::encode_query_value(&community)
            );
            let go = move || {
                leptos::task::spawn_local(async move {
                    if let Ok(v) = super::http::get_json(&url).await {
                        let hits = v["hits"]
                            .as_array()
                            .map(|hits| {
                                hits.iter()
                                    .filter_map(|h| {
                                        Some((
                                            h["title"].as_str()?.to_owned(),
                                            h["url"].as_str()?.to_owned(),
                                        ))
                                    })
                                    .collect()
                            })
                            .unwrap_or_default();
                        found.set(hits);
                    }
                });
            };
            pending
                .set_value(set_timeout_with_handle(go, std::time::Duration::from_millis(500)).ok());
        });
        let _ = form.add_event_listener_with_callback("input", listener.as_ref().unchecked_ref());
        // The form lives as long as the page.
        listener.forget();
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = &community;
    view! {
        <div class="similar-answers" node_ref=root aria-live="polite" hidden=move || found.with(Vec::is_empty)>
            <p><strong>{heading}</strong></p>
            <ul>
                {move || found.get().into_iter().map(|(title, url)| {
                    let href = if url.starts_with('/') && !url.starts_with("//") { url } else { "/".to_owned() };
                    view! { <li><a href=href target="_blank" rel="noopener">{title}</a></li> }
                }).collect_view()}
            </ul>
        </div>
    }
}
