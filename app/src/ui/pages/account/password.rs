//! `/account/password`: changing one's own password.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use crate::api::auth::ChangePassword;
use crate::i18n::use_i18n;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::require_user::RequireUser;

/// The password page.
#[component]
pub fn PasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("password-title")/>
        <RequireUser children=move |_| {
            view! {
                <h1>{i18n.t("password-title")}</h1>
                <JsonForm action=ChangePassword::PATH class="stack narrow" done=i18n.t("password-changed")>
                    <label for="pw-current">{i18n.t("field-current-password")}</label>
                    <input id="pw-current" type="password" name="current_password" autocomplete="current-password" required/>
                    <label for="pw-new">{i18n.t("field-new-password")}</label>
                    <input id="pw-new" type="password" name="new_password" autocomplete="new-password" required minlength="10"/>
                    <p class="muted">{i18n.t("password-rules")}</p>
                    <button type="submit" class="primary">{i18n.t("password-submit")}</button>
                </JsonForm>
            }
        }/>
    }
}
