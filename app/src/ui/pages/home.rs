//! The home page: a greeting and the ways in, until the activity stream arrives.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::use_i18n;
use crate::model::profile::initials;
use crate::ui::components::avatar::Avatar;
use crate::ui::components::require_user::RequireUser;

/// `/`: greets the user and leads to their profile and the directory.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("home-title")/>
        <RequireUser children=move |me| {
            let first = me.display_name.split_whitespace().next().unwrap_or_default().to_owned();
            let profile = format!("/people/{}", me.id);
            let edit = format!("/people/{}/edit", me.id);
            view! {
                <section class="greeting">
                    <Avatar id=me.id initials=initials(&me.display_name) large=true/>
                    <div>
                        <h1>{i18n.t_args("home-greeting", &[("name", first.into())])}</h1>
                        <p class="muted">{i18n.t("home-intro")}</p>
                    </div>
                </section>
                <div class="tiles">
                    <a class="tile" href=profile>
                        <h2>{i18n.t("home-tile-profile")}</h2>
                        <p>{i18n.t("home-tile-profile-body")}</p>
                    </a>
                    <a class="tile" href="/people">
                        <h2>{i18n.t("home-tile-people")}</h2>
                        <p>{i18n.t("home-tile-people-body")}</p>
                    </a>
                    <a class="tile" href=edit>
                        <h2>{i18n.t("home-tile-languages")}</h2>
                        <p>{i18n.t("home-tile-languages-body")}</p>
                    </a>
                </div>
            }
        }/>
    }
}
