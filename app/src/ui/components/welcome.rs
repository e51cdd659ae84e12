//! The home page's "get started" card for someone new: communities to join, colleagues to
//! follow, and the profile fields still empty, each one step away.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::community::JoinCommunity;
use crate::api::social::FollowPerson;
use crate::i18n::use_i18n;
use crate::model::community::Visibility;
use crate::model::ids::UserId;
use crate::model::profile::Welcome;
use crate::ui::components::avatar::Avatar;
use crate::ui::components::json_form::JsonForm;

/// The card, when there is something to suggest.
#[component]
pub fn WelcomeCard(welcome: Welcome, me: UserId) -> impl IntoView {
    let i18n = use_i18n();
    // Someone settled in sees at most one line about their profile.
    if !welcome.show {
        return (!welcome.missing.is_empty())
            .then(|| view! { <ProfilePrompt missing=welcome.missing me=me/> })
            .into_any();
    }
    let communities = (!welcome.communities.is_empty()).then(|| view! {
        <h3>{i18n.t("welcome-communities")}</h3>
        <ul class="welcome-list">
            {welcome.communities.into_iter().map(|c| {
                let slug = c.slug.clone();
                let members = i18n.t_args("communities-member-count", &[("count", c.member_count.into())]);
                view! {
                    <li>
                        <a href=format!("/communities/{}", c.slug)>{c.name.clone()}</a>
                        <span class="muted small">" · "{members}</span>
                        {(c.visibility == Visibility::Public).then(|| view! {
                            <JsonForm action=JoinCommunity::PATH class="inline">
                                <input type="hidden" name="slug" value=slug/>
                                <button type="submit" class="small">{i18n.t("community-join")}</button>
                            </JsonForm>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
    });
    let people = (!welcome.people.is_empty()).then(|| {
        view! {
            <h3>{i18n.t("welcome-people")}</h3>
            <ul class="welcome-list">
                {welcome.people.into_iter().map(|p| view! {
                    <li>
                        <Avatar id=p.id initials=p.initials.clone()/>
                        <a href=format!("/people/{}", p.id)>{p.display_name.clone()}</a>
                        <span class="muted small">" · "{p.department.clone()}</span>
                        <JsonForm action=FollowPerson::PATH class="inline">
                            <input type="hidden" name="user_id[num]" value=p.id.0.to_string()/>
                            <input type="hidden" name="follow[bool]" value="true"/>
                            <button type="submit" class="small">{i18n.t("follow-start")}</button>
                        </JsonForm>
                    </li>
                }).collect_view()}
            </ul>
        }
    });
    let profile = (!welcome.missing.is_empty()).then(|| {
        view! {
            <h3>{i18n.t("welcome-profile")}</h3>
            <ProfilePrompt missing=welcome.missing me=me/>
        }
    });
    view! {
        <section class="card welcome" aria-labelledby="welcome-heading">
            <h2 id="welcome-heading">{i18n.t("welcome-heading")}</h2>
            {communities}
            {people}
            {profile}
        </section>
    }
    .into_any()
}

/// Which profile fields are still empty, with the way to fill them in.
#[component]
fn ProfilePrompt(missing: Vec<String>, me: UserId) -> impl IntoView {
    let i18n = use_i18n();
    let fields = missing
        .iter()
        .map(|f| i18n.t(&format!("field-{f}")))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <p class="profile-prompt">
            {i18n.t_args("welcome-profile-missing", &[("fields", fields.into())])}
            " "
            <a href=format!("/people/{me}/edit")>{i18n.t("profile-edit")}</a>
        </p>
    }
}
