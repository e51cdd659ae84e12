//! `/admin/users`: accounts for admins: add one, disable or re-enable, page through all.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::admin::{
    CreateAccount, SetAccountDisabled, SetComplianceOfficer, SetRestrictedCreator, list_accounts,
};
use crate::i18n::{SUPPORTED, use_i18n};
use crate::model::account::{AccountSummary, Role};
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::query_href::encode;
use crate::ui::components::require_user::RequireUser;

/// The account administration page (the API refuses non-admins; so does the page).
#[component]
pub fn AdminUsersPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("admin-users-title")/>
        <RequireUser children=move |me| {
            if me.can_manage_accounts { view! { <Accounts/> }.into_any() }
            else { view! { <ErrorMessage error=crate::error::AppError::Forbidden/> }.into_any() }
        }/>
    }
}

#[component]
fn Accounts() -> impl IntoView {
    let i18n = use_i18n();
    let accounts = list_accounts(use_query_map().with_untracked(|q| q.get("cursor")));
    view! {
        <h1>{i18n.t("admin-users-title")}</h1>
        <section class="card" aria-labelledby="add-user-heading">
            <h2 id="add-user-heading">{i18n.t("admin-users-add")}</h2>
            <JsonForm action=CreateAccount::PATH class="stack narrow" done=i18n.t("admin-users-created")>
                <label for="nu-email">{i18n.t("field-email")}</label>
                <input id="nu-email" type="email" name="email" required/>
                <label for="nu-name">{i18n.t("field-display-name")}</label>
                <input id="nu-name" name="display_name" required maxlength="100"/>
                <label for="nu-password">{i18n.t("field-password")}</label>
                <input id="nu-password" type="password" name="password" autocomplete="new-password" required minlength="10"/>
                <label for="nu-lang">{i18n.t("field-ui-language")}</label>
                <select id="nu-lang" name="ui_language">
                    <option value="">{i18n.t("profile-ui-language-auto")}</option>
                    {SUPPORTED.iter().map(|l| view! { <option value=l.code>{l.native_name}</option> }).collect_view()}
                </select>
                <label class="checkbox" for="nu-admin">
                    <input id="nu-admin" type="checkbox" name="admin[bool]" value="true"/>
                    {i18n.t("admin-users-make-admin")}
                </label>
                <button type="submit" class="primary">{i18n.t("admin-users-add-submit")}</button>
            </JsonForm>
        </section>
        <Loaded data=accounts children=move |page| view! {
                        <div class="table-wrap">
                            <table class="accounts">
                                <caption class="visually-hidden">{i18n.t("admin-users-title")}</caption>
                                <thead><tr>
                                    <th scope="col">{i18n.t("field-display-name")}</th>
                                    <th scope="col">{i18n.t("field-email")}</th>
                                    <th scope="col">{i18n.t("admin-users-role")}</th>
                                    <th scope="col">{i18n.t("admin-users-status")}</th>
                                    <th scope="col">{i18n.t("admin-users-created-at")}</th>
                                    <th scope="col">{i18n.t("admin-users-restricted")}</th>
                                    <th scope="col">{i18n.t("admin-users-compliance")}</th>
                                    <th scope="col">{i18n.t("admin-users-actions")}</th>
                                </tr></thead>
                                <tbody>
                                    {page.items.into_iter().map(|a| view! { <AccountRow account=a/> }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        {page.next_cursor.map(|c| view! {
                            <a class="button" href=format!("/admin/users?cursor={}", encode(&c))>{i18n.t("admin-users-next-page")}</a>
                        })}
        }/>
    }
}

#[component]
fn AccountRow(account: AccountSummary) -> impl IntoView {
    let i18n = use_i18n();
    let role = i18n.t(if account.role == Role::Admin {
        "admin-users-role-admin"
    } else {
        "admin-users-role-member"
    });
    let status = i18n.t(if account.disabled {
        "admin-users-disabled"
    } else {
        "admin-users-active"
    });
    let (label, to) = if account.disabled {
        (
            i18n.t_args(
                "admin-users-enable",
                &[("name", account.display_name.clone().into())],
            ),
            "false",
        )
    } else {
        (
            i18n.t_args(
                "admin-users-disable",
                &[("name", account.display_name.clone().into())],
            ),
            "true",
        )
    };
    let button = i18n.t(if account.disabled {
        "admin-users-enable-short"
    } else {
        "admin-users-disable-short"
    });
    let restricted = if account.role == Role::Admin {
        view! { <td>{i18n.t("admin-users-restricted-always")}</td> }.into_any()
    } else {
        view! {
            <GrantCell action=SetRestrictedCreator::PATH keys="admin-users-restricted"
                granted=account.may_create_restricted id=account.id.0 name=account.display_name.clone()/>
        }
        .into_any()
    };
    view! {
        <tr>
            <td><a href=format!("/people/{}", account.id)>{account.display_name.clone()}</a></td>
            <td>{account.email.clone()}</td>
            <td>{role}</td>
            <td>{status}</td>
            <td>{i18n.format_date(account.created_at)}</td>
            {restricted}
            <GrantCell action=SetComplianceOfficer::PATH keys="admin-users-compliance"
                granted=account.compliance_officer id=account.id.0 name=account.display_name.clone()/>
            <td>
                <JsonForm action=SetAccountDisabled::PATH class="inline-form">
                    <input type="hidden" name="id[num]" value=account.id.0.to_string()/>
                    <input type="hidden" name="disabled[bool]" value=to/>
                    <button type="submit" aria-label=label>{button}</button>
                </JsonForm>
            </td>
        </tr>
    }
}

/// A grant an admin gives and takes back (`{"id", "allowed"}` to `action`): whether the person
/// has it, and the button that changes it. `keys` begins the names of its strings (`-yes`,
/// `-no`, `-grant`, `-revoke`, `-grant-short`, `-revoke-short`).
#[component]
fn GrantCell(
    action: &'static str,
    keys: &'static str,
    granted: bool,
    id: i64,
    name: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let key = move |end: &str| format!("{keys}-{end}");
    let (state, change) = if granted {
        ("yes", "revoke")
    } else {
        ("no", "grant")
    };
    let label = i18n.t_args(&key(change), &[("name", name.into())]);
    view! {
        <td>
            {i18n.t(&key(state))}" "
            <JsonForm action=action class="inline-form">
                <input type="hidden" name="id[num]" value=id.to_string()/>
                <input type="hidden" name="allowed[bool]" value=(!granted).to_string()/>
                <button type="submit" aria-label=label>{i18n.t(&key(&format!("{change}-short")))}</button>
            </JsonForm>
        </td>
    }
}
