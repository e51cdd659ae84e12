//! `/people/:id`: a person's profile, following them, and their stream.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::social::{FollowPerson, person_follow_state, person_stream};
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::language_bar::language_query;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::status_composer::StatusComposer;
use crate::ui::components::stream_list::ListedStream;

use crate::api::profile::get_profile;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::model::profile::Profile;
use crate::ui::components::avatar::Avatar;
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::language_name::language_name;
use crate::ui::components::not_found::NotFound;
use crate::ui::components::require_user::RequireUser;

/// The profile page.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    let id = use_params_map()
        .with_untracked(|p| p.get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0));
    view! {
        <RequireUser children=move |me| {
            let own = me.id.0 == id;
            view! {
                <Suspense fallback=move || view! { <p class="muted">{i18n.t("loading")}</p> }>
                    {Suspend::new(async move {
                        match get_profile(id).await {
                            Ok(p) => view! {
                                <ProfileCard profile=p/>
                                <PersonActions id=id own=own/>
                                <PersonStream id=id me=me own=own/>
                            }.into_any(),
                            Err(AppError::NotFound) => view! {
                                <NotFound/>
                            }.into_any(),
                            Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                        }
                    })}
                </Suspense>
            }
        }/>
    }
}

/// The person's blog, and following them (for anyone but themselves).
#[component]
fn PersonActions(id: i64, own: bool) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="row">
            <a class="button" href=format!("/people/{id}/blog")>{i18n.t("profile-blog-link")}</a>
            <a class="button" href=format!("/people/{id}/files")>{i18n.t("profile-files-link")}</a>
            {(!own).then(|| view! {
                <Suspense>
                    {Suspend::new(async move {
                        person_follow_state(id).await.ok().map(|f| view! {
                            <JsonForm action=FollowPerson::PATH class="inline">
                                <input type="hidden" name="user_id[num]" value=id.to_string()/>
                                {(!f.following).then(|| view! { <input type="hidden" name="follow[bool]" value="true"/> })}
                                <button type="submit" aria-pressed=f.following.to_string()>
                                    {i18n.t(if f.following { "follow-stop" } else { "follow-start" })}
                                </button>
                            </JsonForm>
                        })
                    })}
                </Suspense>
            })}
        </div>
    }
}

/// What the person has written, with a status box on one's own profile.
#[component]
fn PersonStream(id: i64, me: crate::model::account::Me, own: bool) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let (lang, all) = language_query(&query);
    let stream = person_stream(id, query.get("kind"), query.get("cursor"), lang, all);
    let base = format!("/people/{id}");
    view! {
        <section class="person-stream" aria-labelledby="person-stream-heading">
            <h2 id="person-stream-heading">{i18n.t("profile-stream-heading")}</h2>
            {own.then(|| view! { <StatusComposer me=me.clone()/> })}
            <Loaded data=stream children=move |page| view! {
                <ListedStream page=page base=base query=query keep=&["kind"]
                    empty=i18n.t("stream-empty-person")/>
            }/>
        </section>
    }
}

#[component]
fn ProfileCard(profile: Profile) -> impl IntoView {
    let i18n = use_i18n();
    let edit = format!("/people/{}/edit", profile.id);
    let country = (!profile.country.is_empty())
        .then(|| i18n.t(&format!("country-{}", profile.country.to_lowercase())));
    let reads = profile
        .read_languages
        .iter()
        .map(|l| language_name(l))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <Title text=profile.display_name.clone()/>
        <article class="profile">
            <header class="profile-head">
                <Avatar id=profile.id initials=profile.initials.clone() large=true/>
                <div>
                    <h1>{profile.display_name.clone()}</h1>
                    <p class="muted">{profile.title.clone()}</p>
                </div>
                {profile.can_edit.then(|| view! { <a class="button" href=edit>{i18n.t("profile-edit")}</a> })}
            </header>
            <dl class="facts">
                <dt>{i18n.t("field-department")}</dt><dd>{profile.department.clone()}</dd>
                <dt>{i18n.t("field-country")}</dt><dd>{country}</dd>
                <dt>{i18n.t("field-read-languages")}</dt><dd>{reads}</dd>
                <dt>{i18n.t("field-ui-language")}</dt><dd>{if profile.ui_language.is_empty() { i18n.t("profile-ui-language-auto") } else { language_name(&profile.ui_language) }}</dd>
            </dl>
            {(!profile.about.is_empty()).then(|| view! {
                <section><h2>{i18n.t("field-about")}</h2><p class="about">{profile.about.clone()}</p></section>
            })}
            {(!profile.expertise.is_empty()).then(|| view! {
                <section>
                    <h2>{i18n.t("field-expertise")}</h2>
                    <ul class="tags">
                        {profile.expertise.iter().map(|t| {
                            let href = format!("/people?expertise={}", crate::ui::components::query_href::encode(t));
                            view! { <li><a href=href>{t.clone()}</a></li> }
                        }).collect_view()}
                    </ul>
                </section>
            })}
        </article>
    }
}
