//! `/compliance/queue`: texts held because they named a client. A compliance officer sees all
//! of them (waiting ones first, by default) and releases or rejects each with a reason;
//! everyone else sees their own held texts and what was decided.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::ComplianceNav;
use crate::api::compliance::{ComplianceDecide, compliance_queue};
use crate::i18n::{I18n, use_i18n};
use crate::model::account::Me;
use crate::model::guard::{HeldStatus, HeldWriteView};
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::query_href::encode;
use crate::ui::components::require_user::RequireUser;

/// The page, for anyone logged in (the API gives each their share).
#[component]
pub fn ComplianceQueuePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("compliance-queue-title")/>
        <RequireUser children=move |me| view! { <Queue me=me/> }/>
    }
}

fn status_label(i18n: I18n, s: HeldStatus) -> String {
    i18n.t(match s {
        HeldStatus::Held => "compliance-queue-status-held",
        HeldStatus::Released => "compliance-queue-status-released",
        HeldStatus::Rejected => "compliance-queue-status-rejected",
    })
}

#[component]
fn Queue(me: Me) -> impl IntoView {
    let i18n = use_i18n();
    let officer = me.can_use_compliance_tools;
    let (everything, cursor) =
        use_query_map().with_untracked(|q| (q.get("all").is_some(), q.get("cursor")));
    // An officer starts with what waits for a decision; a writer sees all of their own.
    let waiting = officer && !everything;
    let page = compliance_queue(Some(waiting), cursor);
    let filter = officer.then(|| {
        let (waiting_here, all_here) = if waiting { (Some("page"), None) } else { (None, Some("page")) };
        view! {
            <ComplianceNav current="queue"/>
            <p class="inline-form">
                <a href="/compliance/queue" aria-current=waiting_here>{i18n.t("compliance-queue-waiting")}</a>" · "
                <a href="/compliance/queue?all=1" aria-current=all_here>{i18n.t("compliance-queue-everything")}</a>
            </p>
        }
    });
    view! {
        <h1>{i18n.t("compliance-queue-title")}</h1>
        {filter}
        <p class="muted">{i18n.t(if officer { "compliance-queue-help-officer" } else { "compliance-queue-help-author" })}</p>
        <Loaded data=page children=move |page| {
            if page.items.is_empty() {
                return view! { <p>{i18n.t("compliance-queue-empty")}</p> }.into_any();
            }
            let next = page.next_cursor.map(|c| {
                let all = if everything { "&all=1" } else { "" };
                view! { <a class="button" href=format!("/compliance/queue?cursor={}{all}", encode(&c))>{i18n.t("compliance-queue-next-page")}</a> }
            });
            view! {
                <ul class="held-list">
                    {page.items.into_iter().map(|h| view! { <Held held=h/> }).collect_view()}
                </ul>
                {next}
            }.into_any()
        }/>
    }
}

#[component]
fn Held(held: HeldWriteView) -> impl IntoView {
    let i18n = use_i18n();
    let kind = i18n.t(&format!(
        "compliance-kind-{}",
        held.write_kind.replace('_', "-")
    ));
    let place = match (&held.community_slug, &held.community_name) {
        (Some(slug), Some(name)) => {
            view! { <a href=format!("/communities/{slug}")>{name.clone()}</a> }.into_any()
        }
        _ => view! { <span>"—"</span> }.into_any(),
    };
    let names = {
        let mut seen: Vec<String> = Vec::new();
        for m in &held.matches {
            if !seen.contains(&m.name) {
                seen.push(m.name.clone());
            }
        }
        seen.join(", ")
    };
    let decided = held.decided_by.as_ref().map(|by| {
        let when = i18n.format_date(held.decided_at.unwrap_or(0));
        i18n.t_args(
            "compliance-queue-decided",
            &[
                ("name", by.display_name.clone().into()),
                ("date", when.into()),
            ],
        )
    });
    let reason = (!held.reason.is_empty()).then(|| {
        view! {
            <p><strong>{i18n.t("compliance-queue-reason")}": "</strong>{held.reason.clone()}</p>
        }
    });
    let open = held
        .url
        .clone()
        .filter(|u| u.starts_with('/') && !u.starts_with("//"))
        .map(|u| {
            view! {
                <p><a href=u>{i18n.t("compliance-queue-open")}</a></p>
            }
        });
    let badge = format!("badge held-{}", held.status.as_str());
    let id = held.id;
    let decide = held.may_decide.then(|| {
        let (release_id, reject_id, reason_id) = (format!("hd-{id}-release"), format!("hd-{id}-reject"), format!("hd-{id}-reason"));
        view! {
            <JsonForm action=ComplianceDecide::PATH class="stack narrow decide" key=id.to_string() done=i18n.t("compliance-queue-decision-saved")>
                <input type="hidden" name="id[num]" value=id.to_string()/>
                <fieldset class="choices">
                    <legend>{i18n.t("compliance-queue-decision")}</legend>
                    <label class="checkbox" for=release_id.clone()>
                        <input id=release_id.clone() type="radio" name="release[bool]" value="true" required/>
                        {i18n.t("compliance-queue-release")}
                    </label>
                    <label class="checkbox" for=reject_id.clone()>
                        <input id=reject_id.clone() type="radio" name="release[bool]" value="false" required/>
                        {i18n.t("compliance-queue-reject")}
                    </label>
                </fieldset>
                <label for=reason_id.clone()>{i18n.t("compliance-queue-reason")}</label>
                <textarea id=reason_id.clone() name="reason" rows="2" maxlength="1000"></textarea>
                <button type="submit" class="primary">{i18n.t("compliance-queue-decide")}</button>
            </JsonForm>
        }
    });
    view! {
        <li class="card held" id=format!("held-{id}")>
            <p>
                <span class=badge>{status_label(i18n, held.status)}</span>" "
                <strong>{kind}</strong>" · "{i18n.format_date(held.created_at)}
            </p>
            <dl class="facts">
                <dt>{i18n.t("compliance-queue-by")}</dt>
                <dd><a href=format!("/people/{}", held.author.id)>{held.author.display_name.clone()}</a></dd>
                <dt>{i18n.t("compliance-queue-in")}</dt>
                <dd>{place}</dd>
                <dt>{i18n.t("compliance-queue-found")}</dt>
                <dd><mark>{names}</mark></dd>
            </dl>
            {held.texts.iter().filter(|t| !t.text.is_empty()).map(|t| {
                let label = i18n.t(&format!("field-{}", t.field.replace('_', "-")));
                view! {
                    <p class="muted small">{label}</p>
                    <blockquote class="held-text">{t.text.clone()}</blockquote>
                }
            }).collect_view()}
            {decided.map(|d| view! { <p class="muted">{d}</p> })}
            {reason}
            {open}
            {decide}
        </li>
    }
}
