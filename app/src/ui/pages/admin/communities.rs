//! `/admin/communities`: for admins, the organisation's cap on restricted communities and the
//! list of restricted communities (name, owners, size, cap), never their content.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::admin::{UpdateSettings, get_settings, list_restricted_communities};
use crate::i18n::use_i18n;
use crate::model::community::MAX_RESTRICTED_MEMBER_CAP;
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::query_href::encode;
use crate::ui::components::require_user::RequireUser;

/// The admin view of restricted communities.
#[component]
pub fn AdminCommunitiesPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("admin-communities-title")/>
        <RequireUser children=move |me| {
            if me.can_manage_accounts { view! { <Overview/> }.into_any() }
            else { view! { <ErrorMessage error=crate::error::AppError::Forbidden/> }.into_any() }
        }/>
    }
}

#[component]
fn Overview() -> impl IntoView {
    let i18n = use_i18n();
    let cursor = use_query_map().with_untracked(|q| q.get("cursor"));
    let list = list_restricted_communities(cursor);
    view! {
        <h1>{i18n.t("admin-communities-title")}</h1>
        <section class="card" aria-labelledby="cap-heading">
            <h2 id="cap-heading">{i18n.t("admin-communities-cap-heading")}</h2>
            <p>{i18n.t("admin-communities-cap-help")}</p>
            <Suspense>
                {Suspend::new(async move {
                    let cap = get_settings().await.map(|s| s.restricted_member_cap.to_string()).unwrap_or_default();
                    view! {
                        <JsonForm action=UpdateSettings::PATH class="stack narrow" done=i18n.t("admin-communities-cap-saved")>
                            <label for="ac-cap">{i18n.t("field-restricted-member-cap")}</label>
                            <input id="ac-cap" type="number" min="1" max=MAX_RESTRICTED_MEMBER_CAP.to_string() name="restricted_member_cap[num]" required value=cap/>
                            <button type="submit" class="primary">{i18n.t("admin-communities-cap-save")}</button>
                        </JsonForm>
                    }
                })}
            </Suspense>
        </section>
        <section class="card" aria-labelledby="guard-heading">
            <h2 id="guard-heading">{i18n.t("admin-guard-heading")}</h2>
            <p>{i18n.t("admin-guard-help")}</p>
            <Suspense>
                {Suspend::new(async move {
                    let hold = get_settings().await.is_ok_and(|s| s.guard_mode == crate::model::guard::GuardMode::Hold);
                    view! {
                        <JsonForm action=UpdateSettings::PATH class="stack narrow" key="guard" done=i18n.t("admin-guard-saved")>
                            <fieldset class="choices">
                                <legend>{i18n.t("field-guard-mode")}</legend>
                                <label class="checkbox" for="ag-refuse">
                                    <input id="ag-refuse" type="radio" name="guard_mode" value="refuse" checked=!hold/>
                                    {i18n.t("admin-guard-refuse")}
                                </label>
                                <label class="checkbox" for="ag-hold">
                                    <input id="ag-hold" type="radio" name="guard_mode" value="hold" checked=hold/>
                                    {i18n.t("admin-guard-hold")}
                                </label>
                            </fieldset>
                            <button type="submit" class="primary">{i18n.t("admin-guard-save")}</button>
                        </JsonForm>
                    }
                })}
            </Suspense>
        </section>
        <h2>{i18n.t("admin-communities-restricted-heading")}</h2>
        <p class="muted">{i18n.t("admin-communities-restricted-help")}</p>
        <Loaded data=list children=move |page| {
            if page.items.is_empty() {
                return view! { <p>{i18n.t("admin-communities-none")}</p> }.into_any();
            }
            view! {
                        <div class="table-wrap">
                            <table>
                                <caption class="visually-hidden">{i18n.t("admin-communities-restricted-heading")}</caption>
                                <thead><tr>
                                    <th scope="col">{i18n.t("field-name")}</th>
                                    <th scope="col">{i18n.t("community-owners-heading")}</th>
                                    <th scope="col">{i18n.t("admin-communities-size")}</th>
                                    <th scope="col">{i18n.t("admin-communities-created")}</th>
                                    <th scope="col">{i18n.t("community-export-heading")}</th>
                                </tr></thead>
                                <tbody>
                                    {page.items.into_iter().map(|c| {
                                        let size = i18n.t_args("community-members-of-cap", &[("count", c.member_count.into()), ("cap", c.member_cap.into())]);
                                        view! {
                                            <tr>
                                                <td>
                                                    {if c.deleted {
                                                        view! { <span>{c.name.clone()}</span>" "<span class="badge badge-archived">{i18n.t("admin-communities-deleted")}</span> }.into_any()
                                                    } else {
                                                        view! { <a href=format!("/communities/{}", c.slug)>{c.name.clone()}</a> }.into_any()
                                                    }}
                                                    {(c.archived && !c.deleted).then(|| view! { " " <span class="badge badge-archived">{i18n.t("community-archived-badge")}</span> })}
                                                </td>
                                                <td>{c.owners.join(", ")}</td>
                                                <td>{size}</td>
                                                <td>{i18n.format_date(c.created_at)}</td>
                                                <td>
                                                    <a href=format!("/api/communities/history?slug={}&format=csv", c.slug)
                                                        aria-label=i18n.t_args("admin-communities-export-of", &[("name", c.name.clone().into())])>
                                                        {i18n.t("admin-communities-export")}
                                                    </a>
                                                </td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        {page.next_cursor.map(|c| view! {
                            <a class="button" href=format!("/admin/communities?cursor={}", encode(&c))>{i18n.t("communities-next-page")}</a>
                        })}
            }.into_any()
        }/>
    }
}
