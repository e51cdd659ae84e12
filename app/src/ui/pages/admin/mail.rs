//! `/admin/mail`: for admins, whether the intranet sends mail (the SMTP server it hands mail
//! to, without any password, and the sender) or why not, and how the queue stands.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::mail::get_mail_status;
use crate::i18n::use_i18n;
use crate::model::mail::MailStatusReport;
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::require_user::RequireUser;

/// The admin view of mail.
#[component]
pub fn AdminMailPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("admin-mail-title")/>
        <RequireUser children=move |me| {
            if me.can_manage_accounts {
                view! {
                    <h1>{i18n.t("admin-mail-title")}</h1>
                    <Loaded data=get_mail_status() children=|s| view! { <Status status=s/> }/>
                }.into_any()
            } else {
                view! { <ErrorMessage error=crate::error::AppError::Forbidden/> }.into_any()
            }
        }/>
    }
}

#[component]
fn Status(status: MailStatusReport) -> impl IntoView {
    let i18n = use_i18n();
    let Some(smtp) = status.smtp else {
        return view! {
            <p class="alert alert-info" role="note">{i18n.t("admin-mail-off")}</p>
            <p class="muted small">{i18n.t("admin-mail-help")}</p>
        }
        .into_any();
    };
    view! {
        <dl class="card facts">
            <dt>{i18n.t("admin-mail-server")}</dt>
            <dd><code>{smtp}</code></dd>
            <dt>{i18n.t("admin-mail-from")}</dt>
            <dd><code>{status.from.unwrap_or_default()}</code></dd>
            <dt>{i18n.t("admin-mail-queued")}</dt>
            <dd>{i18n.format_number(status.queued)}</dd>
            <dt>{i18n.t("admin-mail-sent")}</dt>
            <dd>{i18n.format_number(status.sent_last_day)}</dd>
            <dt>{i18n.t("admin-mail-failed")}</dt>
            <dd>{i18n.format_number(status.failed_last_day)}</dd>
        </dl>
        <p class="muted small">{i18n.t("admin-mail-help")}</p>
    }
    .into_any()
}
