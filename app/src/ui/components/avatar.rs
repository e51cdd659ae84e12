//! An avatar drawn from a person's initials on a colour that is stable per person.

use leptos::prelude::*;

use crate::model::ids::UserId;
use crate::model::profile::avatar_hue;

/// A round avatar with initials; decorative, since the name is always shown beside it.
#[component]
pub fn Avatar(id: UserId, initials: String, #[prop(optional)] large: bool) -> impl IntoView {
    // A class per 15° of hue, not a style attribute: the Content-Security-Policy allows styles
    // from the style sheet only.
    let hue = avatar_hue(id) / 15;
    let class = if large {
        format!("avatar avatar-large avatar-hue-{hue}")
    } else {
        format!("avatar avatar-hue-{hue}")
    };
    view! { <span class=class aria-hidden="true">{initials}</span> }
}
