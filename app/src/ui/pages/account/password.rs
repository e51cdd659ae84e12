//! `/account/password`: changing one's own password.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::auth::ChangePassword;
use crate::i18n::use_i18n;
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::require_user::RequireUser;

/// The password page.
#[component]
pub fn PasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("password-title")/>
        <RequireUser children=move |_| {
            let action = ServerAction::<ChangePassword>::new();
            view! {
                <h1>{i18n.t("password-title")}</h1>
                <JsonForm action=action class="stack narrow">
                    <label for="pw-current">{i18n.t("field-current-password")}</label>
                    <input id="pw-current" type="password" name="current_password" autocomplete="current-password" required/>
                    <label for="pw-new">{i18n.t("field-new-password")}</label>
                    <input id="pw-new" type="password" name="new_password" autocomplete="new-password" required minlength="10"/>
                    <p class="muted">{i18n.t("password-rules")}</p>
                    {move || action.value().get().map(|r| match r {
                        Ok(_) => view! { <p class="alert alert-ok" role="status">{i18n.t("password-changed")}</p> }.into_any(),
                        Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                    })}
                    <button type="submit" class="primary" disabled=move || action.pending().get()>{i18n.t("password-submit")}</button>
                </JsonForm>
            }
        }/>
    }
}
