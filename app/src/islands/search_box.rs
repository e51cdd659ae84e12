//! The search box in every page's header: an ordinary GET form to `/search` (the same
//! without JavaScript); with it, what is typed brings up to eight suggestions (people,
//! communities, pages, questions, posts, files) under the box, a fifth of a second after the
//! last key, each a link to go straight there.

use leptos::prelude::*;

/// The header's search form; `kinds` names each kind of suggestion in the reader's language.
#[island]
pub fn SearchBox(
    label: String,
    submit: String,
    suggestions_label: String,
    kinds: Vec<(String, String)>,
    q: String,
) -> impl IntoView {
    super::ready();
    let found = RwSignal::new(Vec::<(String, String, String)>::new());
    #[cfg(feature = "hydrate")]
    let on_input = {
        use leptos::leptos_dom::helpers::{TimeoutHandle, set_timeout_with_handle};
        let pending = StoredValue::new(None::<TimeoutHandle>);
        move |ev: leptos::ev::Event| {
            if let Some(h) = pending.get_value() {
                h.clear();
            }
            let typed = event_target_value(&ev).trim().to_owned();
            if typed.chars().count() < 2 {
                found.set(Vec::new());
                return;
            }
            let url = format!(
                "/api/search/suggest?q={}",
                crate::model::site_path::encode_query_value(&typed)
            );
            let go = move || {
                leptos::task::spawn_local(async move {
                    if let Ok(v) = super::http::get_json(&url).await {
                        let items = v["suggestions"]
                            .as_array()
                            .map(|items| {
                                items
                                    .iter()
                                    .filter_map(|s| {
                                        Some((
                                            s["kind"].as_str()?.to_owned(),
                                            s["title"].as_str()?.to_owned(),
                                            s["url"].as_str()?.to_owned(),
                                        ))
                                    })
                                    .collect()
                            })
                            .unwrap_or_default();
                        found.set(items);
                    }
                });
            };
            pending
                .set_value(set_timeout_with_handle(go, std::time::Duration::from_millis(200)).ok());
        }
    };
    #[cfg(not(feature = "hydrate"))]
    let on_input = |_: leptos::ev::Event| {};
    let kind_name = move |k: &str| {
        kinds
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, name)| name.clone())
            .unwrap_or_default()
    };
    view! {
        <form method="get" action="/search" class="site-search" role="search">
            <label for="site-search-q" class="visually-hidden">{label.clone()}</label>
            <input id="site-search-q" type="search" name="q" value=q placeholder=label
                autocomplete="off" maxlength="500" on:input=on_input
                aria-controls="site-search-suggestions"/>
            <button type="submit">{submit}</button>
            <ul id="site-search-suggestions" class="search-suggestions" aria-label=suggestions_label
                hidden=move || found.with(Vec::is_empty)>
                {move || found.get().into_iter().map(|(kind, title, url)| {
                    // Only this site's own addresses are followed.
                    let href = if url.starts_with('/') && !url.starts_with("//") { url } else { "/".to_owned() };
                    view! { <li><a href=href>{title}<span class="muted small">{format!(" · {}", kind_name(&kind))}</span></a></li> }
                }).collect_view()}
            </ul>
        </form>
    }
}
