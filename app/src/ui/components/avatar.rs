//! An avatar drawn from a person's initials on a colour that is stable per person.

use leptos::prelude::*;

use crate::model::ids::UserId;
use crate::model::profile::avatar_hue;

/// A round avatar with initials; decorative, since the name is always shown beside it.
#[component]
pub fn Avatar(id: UserId, initials: String, #[prop(optional)] large: bool) -> impl IntoView {
    let style = format!("background-color: hsl({}, 45%, 32%)", avatar_hue(id));
    let class = if large {
        "avatar avatar-large"
    } else {
        "avatar"
    };
    view! { <span class=class style=style aria-hidden="true">{initials}</span> }
}
