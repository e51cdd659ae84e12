//! `/account/sessions`: where one is logged in, and logging out everywhere (for a lost phone
//! or a shared computer one forgot to log out of).

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use crate::api::auth::{EndAllSessions, list_sessions};
use crate::i18n::use_i18n;
use crate::islands::form::AfterSave;
use crate::model::account::OpenSession;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::require_user::RequireUser;

/// The sessions page.
#[component]
pub fn SessionsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("sessions-title")/>
        <RequireUser children=move |_| view! {
            <h1>{i18n.t("sessions-title")}</h1>
            <p class="muted">{i18n.t("sessions-intro")}</p>
            <Loaded data=list_sessions() children=|list| view! {
                <ul class="sessions">
                    {list.into_iter().map(|s| view! { <SessionRow session=s/> }).collect_view()}
                </ul>
            }/>
            <JsonForm action=EndAllSessions::PATH class="stack narrow" then=AfterSave::Go("/login".to_owned())>
                <button type="submit" class="danger">
                    {i18n.t("sessions-end-all")}
                </button>
            </JsonForm>
        }/>
    }
}

/// One session: the browser it was opened with, when, and when it was last used.
#[component]
fn SessionRow(session: OpenSession) -> impl IntoView {
    let i18n = use_i18n();
    let agent = session
        .user_agent
        .filter(|a| !a.is_empty())
        .unwrap_or_else(|| i18n.t("sessions-unknown-browser"));
    let opened = i18n.t_args(
        "sessions-opened",
        &[("time", i18n.format_datetime_utc(session.created_at).into())],
    );
    let used = i18n.t_args(
        "sessions-last-used",
        &[(
            "time",
            i18n.format_datetime_utc(session.last_seen_at).into(),
        )],
    );
    view! {
        <li class="card session">
            <p class="session-agent">{agent}</p>
            <p class="muted">{opened}" · "{used}</p>
            {session.current.then(|| view! { <p class="badge">{i18n.t("sessions-this-one")}</p> })}
        </li>
    }
}
