//! `/communities/:slug/members`: the member list, searchable and paged; owners add people,
//! change roles and remove members here.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::frame::{CommunityFrame, Tab, slug_param};
use super::labels;
use crate::api::community::{InviteMember, RemoveMember, SetMemberRole, list_members};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::islands::suggest_people::PeopleEmailInput;
use crate::model::community::{
    Community, CommunityRole, MAX_REASON, MemberCard, MemberPage, Visibility,
};
use crate::ui::components::avatar::Avatar;
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::query_href::href_with;

/// The members page.
#[component]
pub fn CommunityMembersPage() -> impl IntoView {
    let invite = ServerAction::<InviteMember>::new();
    let set_role = ServerAction::<SetMemberRole>::new();
    let remove = ServerAction::<RemoveMember>::new();
    let refresh = Signal::derive(move || {
        invite.version().get() + set_role.version().get() + remove.version().get()
    });
    let slug = slug_param();
    let query = use_query_map();
    let page = Resource::new(
        move || {
            (
                slug.get(),
                query.with(|q| (q.get("q"), q.get("cursor"))),
                refresh.get(),
            )
        },
        |(slug, (q, cursor), _)| list_members(slug, q, cursor),
    );
    view! {
        <CommunityFrame tab=Tab::Members refresh=refresh children=move |c| view! {
            <Members community=c invite=invite set_role=set_role remove=remove page=page/>
        }/>
    }
}

#[component]
fn Members(
    community: Community,
    invite: ServerAction<InviteMember>,
    set_role: ServerAction<SetMemberRole>,
    remove: ServerAction<RemoveMember>,
    page: Resource<Result<MemberPage, AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let slug = community.slug.clone();
    let q_now = query.with_untracked(|q| q.get("q").unwrap_or_default());
    let manage = community.can.manage_members;
    let reason_required = community.visibility == Visibility::Restricted;
    let members_href = labels::href(&slug, "members");
    let slug_for_rows = slug.clone();
    let action_error = move || {
        [
            invite.value().get(),
            set_role.value().get(),
            remove.value().get(),
        ]
        .into_iter()
        .flatten()
        .find_map(Result::err)
        .map(|e| view! { <ErrorMessage error=e/> })
    };
    view! {
        {community.can.invite.then(|| view! {
            <section class="card" aria-labelledby="invite-heading">
                <h2 id="invite-heading">{i18n.t("community-invite-heading")}</h2>
                <JsonForm action=invite class="stack narrow" done=i18n.t("community-invite-done")>
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
        {action_error}
        <form method="get" action=members_href.clone() class="inline-search" role="search" aria-label=i18n.t("community-members-search-label")>
            <label for="cm-q">{i18n.t("community-members-search")}</label>
            <input id="cm-q" type="search" name="q" value=q_now/>
            <button type="submit">{i18n.t("communities-search-submit")}</button>
        </form>
        <Transition fallback=move || view! { <p class="muted">{i18n.t("loading")}</p> }>
            {move || {
                let slug = slug_for_rows.clone();
                let members_href = members_href.clone();
                Suspend::new(async move {
                    match page.await {
                        Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                        Ok(p) if p.items.is_empty() => view! { <p>{i18n.t("community-members-none")}</p> }.into_any(),
                        Ok(p) => {
                            let next = p.next_cursor.map(|c| {
                                query.with(|q| href_with(&members_href, q, &["q"], &[("cursor", &c)]))
                            });
                            view! {
                                <ul class="people-list">
                                    {p.items.into_iter().map(|m| view! {
                                        <MemberRow member=m slug=slug.clone() manage=manage set_role=set_role remove=remove/>
                                    }).collect_view()}
                                </ul>
                                {next.map(|href| view! { <a class="button" href=href>{i18n.t("communities-next-page")}</a> })}
                            }.into_any()
                        }
                    }
                })
            }}
        </Transition>
    }
}

#[component]
fn MemberRow(
    member: MemberCard,
    slug: String,
    manage: bool,
    set_role: ServerAction<SetMemberRole>,
    remove: ServerAction<RemoveMember>,
) -> impl IntoView {
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
                    <JsonForm action=set_role class="inline-form">
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
                    <JsonForm action=remove class="inline-form">
                        <input type="hidden" name="slug" value=slug_remove/>
                        <input type="hidden" name="user_id[num]" value=id_remove/>
                        <button type="submit" class="danger" aria-label=remove_label>{i18n.t("community-remove")}</button>
                    </JsonForm>
                </div>
            })}
        </li>
    }
}
