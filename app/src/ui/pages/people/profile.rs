//! `/people/:id`: a person's profile, following them, and their stream.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::content::CreateStatus;
use crate::api::social::{FollowPerson, person_follow_state, person_stream};
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::language_bar::{
    LanguageActions, LanguageBar, language_query, next_page_href,
};
use crate::ui::components::status_composer::StatusComposer;
use crate::ui::components::stream_list::StreamList;

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
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| {
        params.with(|p| p.get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0))
    });
    // Created before anything waits (see the community frame on hydration order).
    let follow = ServerAction::<FollowPerson>::new();
    let post = ServerAction::<CreateStatus>::new();
    let following = Resource::new(
        move || (id.get(), follow.version().get()),
        |(id, _)| person_follow_state(id),
    );
    let prefs = LanguageActions::new();
    let stream = Resource::new(
        move || {
            (
                id.get(),
                query.with(|q| (q.get("kind"), q.get("cursor"), language_query(q))),
                post.version().get() + prefs.version(),
            )
        },
        |(id, (kind, cursor, (lang, all)), _)| person_stream(id, kind, cursor, lang, all),
    );
    let profile = Resource::new(move || id.get(), get_profile);
    view! {
        <RequireUser children=move |me| {
            let own = me.id.0 == id.get_untracked();
            view! {
                <Suspense fallback=move || view! { <p class="muted">{i18n.t("loading")}</p> }>
                    {move || {
                        let me = me.clone();
                        Suspend::new(async move {
                            match profile.await {
                                Ok(p) => view! {
                                    <ProfileCard profile=p/>
                                    <PersonActions id=id own=own following=following follow=follow/>
                                    <PersonStream id=id me=me own=own stream=stream post=post prefs=prefs/>
                                }.into_any(),
                                Err(AppError::NotFound) => view! {
                                    <NotFound/>
                                }.into_any(),
                                Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                            }
                        })
                    }}
                </Suspense>
            }
        }/>
    }
}

/// The person's blog, and following them (for anyone but themselves).
#[component]
fn PersonActions(
    id: Memo<i64>,
    own: bool,
    following: Resource<Result<crate::model::content::FollowState, AppError>>,
    follow: ServerAction<FollowPerson>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="row">
            <a class="button" href=format!("/people/{}/blog", id.get_untracked())>{i18n.t("profile-blog-link")}</a>
            {(!own).then(|| view! {
                <Suspense>
                    {move || Suspend::new(async move {
                        following.await.ok().map(|f| view! {
                            <JsonForm action=follow class="inline">
                                <input type="hidden" name="user_id[num]" value=id.get_untracked().to_string()/>
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
fn PersonStream(
    id: Memo<i64>,
    me: crate::model::account::Me,
    own: bool,
    stream: Resource<Result<crate::model::content::StreamPage, AppError>>,
    post: ServerAction<CreateStatus>,
    prefs: LanguageActions,
) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    view! {
        <section class="person-stream" aria-labelledby="person-stream-heading">
            <h2 id="person-stream-heading">{i18n.t("profile-stream-heading")}</h2>
            {own.then(|| view! { <StatusComposer me=me.clone() action=post/> })}
            <Suspense fallback=move || view! { <p class="muted">{i18n.t("loading")}</p> }>
                {move || Suspend::new(async move {
                    match stream.await {
                        Ok(page) => {
                            let base = format!("/people/{}", id.get_untracked());
                            let more = page.next_cursor.clone().map(|c| {
                                query.with_untracked(|q| next_page_href(&base, q, &["kind"], &c))
                            });
                            view! {
                                <LanguageBar view=page.languages.clone() hidden=page.hidden_by_language.clone()
                                    base=base.clone() keep=&["kind"] actions=prefs/>
                                <StreamList page=page more=more empty=i18n.t("stream-empty-person")/>
                            }.into_any()
                        }
                        Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                    }
                })}
            </Suspense>
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
