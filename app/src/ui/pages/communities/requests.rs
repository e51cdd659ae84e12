//! `/communities/:slug/requests`: the queue of join requests for owners and moderators, each
//! approved or turned down with an optional reason that goes into the history.

use leptos::prelude::*;

use super::frame::{CommunityFrame, Tab, slug_param};
use crate::api::community::{DecideJoinRequest, list_join_requests};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::model::community::{Community, JoinRequest, JoinRequests, MAX_REASON};
use crate::ui::components::avatar::Avatar;
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::json_form::JsonForm;

/// The join-request queue.
#[component]
pub fn CommunityRequestsPage() -> impl IntoView {
    let decide = ServerAction::<DecideJoinRequest>::new();
    let refresh = Signal::derive(move || decide.version().get());
    let slug = slug_param();
    let queue = Resource::new(
        move || (slug.get(), refresh.get()),
        |(slug, _)| list_join_requests(slug),
    );
    view! {
        <CommunityFrame tab=Tab::Requests refresh=refresh children=move |c| view! {
            <Queue community=c decide=decide queue=queue/>
        }/>
    }
}

#[component]
fn Queue(
    community: Community,
    decide: ServerAction<DecideJoinRequest>,
    queue: Resource<Result<JoinRequests, AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let slug = community.slug.clone();
    view! {
        <h2>{i18n.t("community-requests-heading")}</h2>
        {move || decide.value().get().and_then(Result::err).map(|e| view! { <ErrorMessage error=e/> })}
        <Transition fallback=move || view! { <p class="muted">{i18n.t("loading")}</p> }>
            {move || {
                let slug = slug.clone();
                Suspend::new(async move {
                    match queue.await {
                        Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                        Ok(q) if q.items.is_empty() => view! { <p>{i18n.t("community-requests-none")}</p> }.into_any(),
                        Ok(q) => view! {
                            <ul class="people-list">
                                {q.items.into_iter().map(|r| view! { <RequestRow request=r slug=slug.clone() decide=decide/> }).collect_view()}
                            </ul>
                        }.into_any(),
                    }
                })
            }}
        </Transition>
    }
}

#[component]
fn RequestRow(
    request: JoinRequest,
    slug: String,
    decide: ServerAction<DecideJoinRequest>,
) -> impl IntoView {
    let i18n = use_i18n();
    let r = request;
    let id = r.user_id.0.to_string();
    let reason_id = format!("rq-reason-{}", r.user_id);
    let reason_for = reason_id.clone();
    let asked = i18n.t_args(
        "community-request-asked",
        &[("date", i18n.format_date(r.created_at).into())],
    );
    view! {
        <li class="person request-row">
            <Avatar id=r.user_id initials=r.initials.clone()/>
            <div class="member-main">
                <a class="person-name" href=format!("/people/{}", r.user_id)>{r.display_name.clone()}</a>
                <p class="muted">{asked}</p>
                {(!r.message.is_empty()).then(|| view! { <blockquote class="request-message">{r.message.clone()}</blockquote> })}
                <JsonForm action=decide class="stack">
                    <input type="hidden" name="slug" value=slug.clone()/>
                    <input type="hidden" name="user_id[num]" value=id/>
                    <label for=reason_for>{i18n.t("community-decision-reason")}</label>
                    <input id=reason_id name="reason" maxlength=MAX_REASON.to_string()/>
                    <div class="actions">
                        <button type="submit" class="primary" name="approve[bool]" value="true">{i18n.t("community-approve")}</button>
                        <button type="submit" name="approve[bool]" value="false">{i18n.t("community-reject")}</button>
                    </div>
                </JsonForm>
            </div>
        </li>
    }
}
