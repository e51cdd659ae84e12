//! Liking an item, and who liked it: the like button changes at once (no page load, the
//! reader keeps their place in a long thread), and the list of people opens on demand.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::http::{get_json, post_json};
use crate::model::content::MentionCandidate;

/// The words of one item's likes, for both states, made by the server in the page's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LikeText {
    pub like: String,
    pub unlike: String,
    /// "3 likes" as it stands when the page was made.
    pub count_now: String,
    /// The count once the reader's like is toggled.
    pub count_toggled: String,
}

/// The like button (when the reader may like) and the likers' list.
#[island]
pub fn Likes(target_id: i64, liked: bool, can_like: bool, text: LikeText) -> impl IntoView {
    super::ready();
    let state = RwSignal::new(liked);
    let likers = RwSignal::new(None::<Vec<MentionCandidate>>);
    let label = {
        let text = text.clone();
        move || {
            if state.get() {
                text.unlike.clone()
            } else {
                text.like.clone()
            }
        }
    };
    let count = {
        let text = text.clone();
        move || {
            if state.get() == liked {
                text.count_now.clone()
            } else {
                text.count_toggled.clone()
            }
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = serde_json::json!({ "target_id": target_id });
        leptos::task::spawn_local(async move {
            if let Ok(answer) = post_json("/api/likes/toggle", &body).await
                && let Some(now) = answer["liked"].as_bool()
            {
                state.set(now);
                likers.set(None);
            }
        });
    };
    let load = move |_| {
        if likers.get_untracked().is_some() {
            return;
        }
        leptos::task::spawn_local(async move {
            let url = format!("/api/likes/list?target_id={target_id}");
            if let Ok(answer) = get_json(&url).await {
                likers.set(Some(super::http::people_of(&answer)));
            }
        });
    };
    view! {
        {can_like.then(|| view! {
            <form method="post" action="/api/likes/toggle" class="inline" on:submit=on_submit>
                <input type="hidden" name="target_id[num]" value=target_id.to_string()/>
                <button type="submit" class="link" aria-pressed=move || state.get().to_string()>{label}</button>
            </form>
        })}
        <details class="likers" on:toggle=load>
            <summary>{count}</summary>
            {move || likers.get().map(|people| view! {
                <ul class="compact">
                    {people.into_iter().map(|p| view! {
                        <li><a href=format!("/people/{}", p.id)>{p.display_name}</a></li>
                    }).collect_view()}
                </ul>
            })}
        </details>
    }
}
