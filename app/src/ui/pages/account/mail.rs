//! `/account/mail`: how one hears by mail (each notification at once, a daily or weekly
//! digest, or nothing; some kinds of notification at once or never, whatever that says), and
//! the mails the intranet sent, with where each one is.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use crate::api::mail::{SetMailPrefs, get_mail_log, get_mail_prefs};
use crate::i18n::{I18n, use_i18n};
use crate::model::content::NotificationKind;
use crate::model::mail::{
    MailKind, MailKindChoice, MailLog, MailMode, MailPrefs, MailStatus, SentMail,
};
use crate::ui::components::data_table::DataTable;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::require_user::RequireUser;
use crate::ui::components::time::Time;

/// The mail settings page.
#[component]
pub fn MailSettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("mail-settings-title")/>
        <RequireUser children=move |_| view! {
            <h1>{i18n.t("mail-settings-title")}</h1>
            <Loaded data=get_mail_prefs() children=move |prefs| view! { <ModeForm prefs=prefs/> }/>
            <h2>{i18n.t("mail-log-title")}</h2>
            <Loaded data=get_mail_log() children=move |log| view! { <SendLog log=log/> }/>
        }/>
    }
}

fn mode_words(mode: MailMode) -> (&'static str, &'static str) {
    match mode {
        MailMode::Immediate => ("mail-mode-immediate", "mail-mode-immediate-hint"),
        MailMode::Daily => ("mail-mode-daily", "mail-mode-daily-hint"),
        MailMode::Weekly => ("mail-mode-weekly", "mail-mode-weekly-hint"),
        MailMode::Never => ("mail-mode-never", "mail-mode-never-hint"),
    }
}

/// The choice, as radio buttons, with where mail goes and whether it goes out at all.
#[component]
fn ModeForm(prefs: MailPrefs) -> impl IntoView {
    let i18n = use_i18n();
    let address = i18n.t_args("mail-settings-address", &[("email", prefs.address.into())]);
    let current = prefs.mode;
    view! {
        {(!prefs.enabled).then(|| view! { <p class="alert alert-info" role="note">{i18n.t("mail-settings-off")}</p> })}
        <JsonForm action=SetMailPrefs::PATH class="stack narrow" done=i18n.t("mail-settings-saved")>
            <fieldset class="choices">
                <legend>{i18n.t("field-mode")}</legend>
                <p class="muted">{address}</p>
                {MailMode::ALL.into_iter().map(|mode| {
                    let (label, hint) = mode_words(mode);
                    let id = format!("mail-mode-{}", mode.as_str());
                    let hint_id = format!("{id}-hint");
                    view! {
                        <label class="checkbox" for=id.clone()>
                            <input type="radio" id=id.clone() name="mode" value=mode.as_str()
                                checked={mode == current} aria-describedby=hint_id.clone()/>
                            {i18n.t(label)}
                        </label>
                        <p id=hint_id class="muted small choice-hint">{i18n.t(hint)}</p>
                    }
                }).collect_view()}
            </fieldset>
            <KindChoices prefs=prefs.kinds/>
            <button type="submit" class="primary">{i18n.t("mail-settings-save")}</button>
        </JsonForm>
    }
}

fn kind_label(kind: NotificationKind) -> &'static str {
    match kind {
        NotificationKind::Mention => "mail-about-mention",
        NotificationKind::Reply => "mail-about-reply",
        NotificationKind::Comment => "mail-about-comment",
        NotificationKind::Like => "mail-about-like",
        NotificationKind::Accepted => "mail-about-accepted",
        NotificationKind::JoinRequest => "mail-about-join_request",
        NotificationKind::Approved => "mail-about-approved",
        NotificationKind::Added => "mail-about-added",
        NotificationKind::TranslationOutdated => "mail-about-translation_outdated",
        NotificationKind::PageEdited => "mail-about-page_edited",
        NotificationKind::Assigned => "mail-about-assigned",
    }
}

fn choice_label(choice: MailKindChoice) -> &'static str {
    match choice {
        MailKindChoice::Default => "mail-kind-choice-default",
        MailKindChoice::Immediate => "mail-kind-choice-immediate",
        MailKindChoice::Never => "mail-kind-choice-never",
    }
}

/// A choice for each kind of notification: as the main choice, at once, or never. Every
/// select is sent (`kinds[]` = `kind:choice`), so the form saves the whole set at once.
#[component]
fn KindChoices(prefs: std::collections::BTreeMap<String, MailKindChoice>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="stack">
            <legend>{i18n.t("mail-kinds-legend")}</legend>
            <p class="muted small">{i18n.t("mail-kinds-hint")}</p>
            {NotificationKind::ALL.into_iter().map(|kind| {
                let current = prefs.get(kind.as_str()).copied().unwrap_or_default();
                let id = format!("mail-kind-{}", kind.as_str());
                view! {
                    <label for=id.clone()>{i18n.t(kind_label(kind))}</label>
                    <select id=id name="kinds[]">
                        {MailKindChoice::ALL.into_iter().map(|choice| view! {
                            <option value=format!("{}:{}", kind.as_str(), choice.as_str())
                                selected={choice == current}>{i18n.t(choice_label(choice))}</option>
                        }).collect_view()}
                    </select>
                }
            }).collect_view()}
        </fieldset>
    }
}

fn status_word(i18n: I18n, status: MailStatus) -> String {
    i18n.t(match status {
        MailStatus::Queued => "mail-status-queued",
        MailStatus::Sent => "mail-status-sent",
        MailStatus::Dropped => "mail-status-dropped",
        MailStatus::Failed => "mail-status-failed",
    })
}

/// The latest mails: when, what, and where each one is.
#[component]
fn SendLog(log: MailLog) -> impl IntoView {
    let i18n = use_i18n();
    if log.mails.is_empty() {
        return view! { <p class="muted">{i18n.t("mail-log-empty")}</p> }.into_any();
    }
    let headings = vec![
        i18n.t("mail-log-when"),
        i18n.t("mail-log-what"),
        i18n.t("mail-log-status"),
    ];
    view! {
        <DataTable class="mail-log" caption=i18n.t("mail-log-title") headings=headings>
            {log.mails.into_iter().map(|m| view! { <LogRow mail=m/> }).collect_view()}
        </DataTable>
    }
    .into_any()
}

#[component]
fn LogRow(mail: SentMail) -> impl IntoView {
    let i18n = use_i18n();
    let kind = i18n.t(match mail.kind {
        MailKind::Notice => "mail-kind-notice",
        MailKind::Digest => "mail-kind-digest",
        MailKind::Answer => "mail-kind-answer",
        MailKind::Inbox => "mail-kind-inbox",
    });
    let subject = if mail.subject.is_empty() {
        kind
    } else {
        mail.subject
    };
    let tries = (mail.status == MailStatus::Queued && mail.attempts > 0)
        .then(|| i18n.t_args("mail-log-tries", &[("count", mail.attempts.into())]));
    view! {
        <tr>
            <td><Time at=mail.sent_at.unwrap_or(mail.created_at)/></td>
            <td>{subject}</td>
            <td>{status_word(i18n, mail.status)}{tries.map(|t| view! { <br/><span class="muted">{t}</span> })}</td>
        </tr>
    }
}
