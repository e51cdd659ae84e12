//! `/mail/unsubscribe/:token`: where the unsubscribe link at the foot of every mail leads. It
//! asks before it acts (programs that scan mail open links), then says that no more mail
//! comes and where to turn it on again. No login is needed: the token in the address is the
//! person's. Mail programs post to the same address directly (`List-Unsubscribe-Post`).

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::mail::{Unsubscribe, get_unsubscribe_info};
use crate::i18n::use_i18n;
use crate::model::mail::MailMode;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::loaded::Loaded;

/// The unsubscribe page.
#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let i18n = use_i18n();
    let token = use_params_map()
        .with_untracked(|p| p.get("token"))
        .unwrap_or_default();
    let done = use_query_map().with_untracked(|q| q.get("done")).is_some();
    let info = get_unsubscribe_info(token.clone());
    view! {
        <Title text=i18n.t("unsubscribe-title")/>
        <h1>{i18n.t("unsubscribe-title")}</h1>
        <Loaded data=info children=move |info| {
            let address = i18n.t_args("unsubscribe-address", &[("email", info.address_hint.into())]);
            if done || (info.mode == MailMode::Never && !info.some_at_once) {
                view! {
                    <p role="status">{i18n.t("unsubscribe-done")}</p>
                    <p class="muted">{address}</p>
                    <p><a href="/account/mail">{i18n.t("unsubscribe-settings")}</a></p>
                }.into_any()
            } else {
                view! {
                    <p>{i18n.t("unsubscribe-question")}</p>
                    <p class="muted">{address}</p>
                    <JsonForm action=Unsubscribe::PATH plain=true class="stack narrow">
                        <input type="hidden" name="token" value=token.clone()/>
                        <button type="submit" class="primary">{i18n.t("unsubscribe-confirm")}</button>
                    </JsonForm>
                    <p><a href="/account/mail">{i18n.t("unsubscribe-settings")}</a></p>
                }.into_any()
            }
        }/>
    }
}
