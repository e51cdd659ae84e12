//! `/communities/:slug/members`: the member list, searchable and paged; owners add people,
//! change roles and remove members here.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

use super::frame::{CommunityFrame, Tab};
use super::labels;
use crate::api::community::{InviteMember, RemoveMember, SetMemberRole, list_members};
use crate::i18n::use_i18n;
use crate::islands::suggest_people::PeopleEmailInput;
use crate::model::community::{Community, CommunityRole, MAX_REASON, MemberCard, Visibility};
use crate::ui::components::avatar::Avatar;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::query_href::href_with;

/// The members page.
#[component]
pub fn CommunityMembersPage() -> impl IntoView {
    view! {
        <CommunityFrame tab=Tab::Members children=move |c| view! { <Members community=c/> }/>
    }
}

#[component]
fn Members(community: Community) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let slug = community.slug.clone();
    let page = list_members(slug.clone(), query.get("q"), query.get("cursor"));
    let q_now = query.get("q").unwrap_or_default();
    let manage = community.can.manage_members;
    let reason_required = community.visibility == Visibility::Restricted;
    let members_href = labels::href(&slug, "members");
    let slug_for_rows = slug.clone();
    view! {
        {community.can.invite.then(|| view! {
            <section class="card" aria-labelledby="invite-heading">
                <h2 id="invite-heading">{i18n.t("community-invite-heading")}</h2>
                <JsonForm action=InviteMember::PATH class="stack narrow" done=i18n.t("community-invite-done")>
                    <input type="hidden" name="slug" value=slug.clone()/>
                    <label for="ci-email">{i18n.t("field-email")}</label>
                    <PeopleEmailInput id="ci-email".to_owned() name="email".to_owned() describedby="ci-email-help".to_owned()/>
                    <p id="ci-email-help" class="muted">{i18n.t("community-invite-email-help")}</p>
                    <label for="ci-reason">{i18n.t(if reason_required { "community-invite-reason-required" } else { "community-invite-reason" })}</label>
                    <textarea id="ci-reason" name="reason" rows="2" required=reason_required maxlength=MAX_REASON.to_string()></textarea>
                    <button type="submit" class="primary">{i18n.t("community-invite-submit")}</button>
                </JsonForm>
            </section>
        })}
        <form method="get" action=members_href.clone() class="inline-search" role="search" aria-label=i18n.t("community-members-search-label")>
            <label for="cm-q">{i18n.t("community-members-search")}</label>
            <input id="cm-q" type="search" name="q" value=q_now/>
            <button type="submit">{i18n.t("communities-search-submit")}</button>
        </form>
        <Loaded data=page children=move |p| {
            if p.items.is_empty() {
                return view! { <p>{i18n.t("community-members-none")}</p> }.into_any();
            }
            let slug = slug_for_rows;
            let next = p
                .next_cursor
                .map(|c| href_with(&members_href, &query, &["q"], &[("cursor", &c)]));
            view! {
                <ul class="people-list">
                    {p.items.into_iter().map(|m| view! {
                        <MemberRow member=m slug=slug.clone() manage=manage/>
                    }).collect_view()}
                </ul>
                {next.map(|href| view! { <a class="button" href=href>{i18n.t("communities-next-page")}</a> })}
            }.into_any()
        }/>
    }
}

#[component]
fn MemberRow(member: MemberCard, slug: String, manage: bool) -> impl IntoView {
    let i18n = use_i18n();
    let m = member;
    let id = m.id.0.to_string();
    let since = i18n.t_args(
        "community-member-since",
        &[("date", i18n.format_date(m.joined_at).into())],
    );
    let role_label = i18n.t_args(
        "community-role-of",
        &[("name", m.display_name.clone().into())],
    );
    let remove_label = i18n.t_args(
        "community-remove-member",
        &[("name", m.display_name.clone().into())],
    );
    let role_select_id = format!("role-{}", m.id);
    let role_label_for = role_select_id.clone();
    let (slug_role, slug_remove, id_role, id_remove) = (slug.clone(), slug, id.clone(), id);
    view! {
        <li class="person member-row">
            <Avatar id=m.id initials=m.initials.clone()/>
            <div class="member-main">
                <a class="person-name" href=format!("/people/{}", m.id)>{m.display_name.clone()}</a>
                <p class="muted">{labels::role(i18n, m.role)}" · "{since}</p>
                {(!m.title.is_empty()).then(|| view! { <p class="muted">{m.title.clone()}</p> })}
            </div>
            {manage.then(|| view! {
                <div class="member-actions">
                    <JsonForm action=SetMemberRole::PATH class="inline-form">
                        <input type="hidden" name="slug" value=slug_role/>
                        <input type="hidden" name="user_id[num]" value=id_role/>
                        <label class="visually-hidden" for=role_label_for>{role_label}</label>
                        <select id=role_select_id name="role">
                            {CommunityRole::ALL.iter().rev().map(|r| view! {
                                <option value=r.as_str() selected=*r == m.role>{labels::role(i18n, *r)}</option>
                            }).collect_view()}
                        </select>
                        <button type="submit">{i18n.t("community-set-role")}</button>
                    </JsonForm>
                    <JsonForm action=RemoveMember::PATH class="inline-form">
                        <input type="hidden" name="slug" value=slug_remove/>
                        <input type="hidden" name="user_id[num]" value=id_remove/>
                        <button type="submit" class="danger" aria-label=remove_label>{i18n.t("community-remove")}</button>
                    </JsonForm>
                </div>
            })}
        </li>
    }
}
