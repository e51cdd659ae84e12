//! `/communities/:slug/requests`: the queue of join requests for owners and moderators, each
//! approved or turned down with an optional reason that goes into the history.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use super::frame::{CommunityFrame, Tab};
use crate::api::community::{DecideJoinRequest, list_join_requests};
use crate::i18n::use_i18n;
use crate::model::community::{Community, JoinRequest, MAX_REASON};
use crate::ui::components::avatar::Avatar;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::loaded::Loaded;

/// The join-request queue.
#[component]
pub fn CommunityRequestsPage() -> impl IntoView {
    view! {
        <CommunityFrame tab=Tab::Requests children=move |c| view! { <Queue community=c/> }/>
    }
}

#[component]
fn Queue(community: Community) -> impl IntoView {
    let i18n = use_i18n();
    let slug = community.slug.clone();
    let queue = list_join_requests(slug.clone());
    view! {
        <h2>{i18n.t("community-requests-heading")}</h2>
        <Loaded data=queue children=move |q| {
            if q.items.is_empty() {
                view! { <p>{i18n.t("community-requests-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="people-list">
                        {q.items.into_iter().map(|r| view! { <RequestRow request=r slug=slug.clone()/> }).collect_view()}
                    </ul>
                }.into_any()
            }
        }/>
    }
}

#[component]
fn RequestRow(request: JoinRequest, slug: String) -> impl IntoView {
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
                <JsonForm action=DecideJoinRequest::PATH class="stack">
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
