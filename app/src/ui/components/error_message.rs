//! Shows an `AppError` to a person, translated, with one line per invalid field. The same
//! words go into the API's error answers (`message`, `details`), so the islands can show an
//! error without any translations of their own.

use leptos::prelude::*;

use crate::error::AppError;
use crate::i18n::{I18n, use_i18n};

/// The translated text of an error (without field details).
pub fn error_text(i18n: I18n, err: &AppError) -> String {
    match err {
        AppError::RateLimited { retry_after } => i18n.t_args(
            "error-rate-limited",
            &[("seconds", (*retry_after as i64).into())],
        ),
        AppError::MemberCapReached { cap } => {
            i18n.t_args("error-member-cap-reached", &[("cap", (*cap).into())])
        }
        AppError::PayloadTooLarge { limit } => i18n.t_args(
            "error-payload-too-large",
            &[(
                "kilobytes",
                i64::try_from(limit / 1024).unwrap_or(i64::MAX).into(),
            )],
        ),
        AppError::FileTooLarge { limit } => i18n.t_args(
            "error-file-too-large",
            &[(
                "megabytes",
                i64::try_from(limit / (1024 * 1024))
                    .unwrap_or(i64::MAX)
                    .into(),
            )],
        ),
        AppError::QuotaExceeded { quota } => i18n.t_args(
            "error-quota-exceeded",
            &[(
                "megabytes",
                i64::try_from(quota / (1024 * 1024))
                    .unwrap_or(i64::MAX)
                    .into(),
            )],
        ),
        AppError::DuplicateParameter { name } => i18n.t_args(
            "error-duplicate-parameter",
            &[("name", name.clone().into())],
        ),
        AppError::Internal { reference } => {
            i18n.t_args("error-internal", &[("reference", reference.clone().into())])
        }
        other => i18n.t(other.message_id()),
    }
}

/// One translated line per invalid field ("Title: at most 200 characters"), or per client
/// name found ("Text: “Fjordkraft”, characters 10 to 20").
pub fn field_lines(i18n: I18n, err: &AppError) -> Vec<String> {
    if let AppError::ClientName { matches } = err {
        return matches
            .iter()
            .map(|m| {
                let field = if m.field.is_empty() { "text" } else { &m.field };
                let label = i18n.t(&format!("field-{}", field.replace('_', "-")));
                i18n.t_args(
                    "guard-match-line",
                    &[
                        ("field", label.into()),
                        ("name", m.name.clone().into()),
                        ("start", i64::try_from(m.start + 1).unwrap_or(0).into()),
                        ("end", i64::try_from(m.end).unwrap_or(0).into()),
                    ],
                )
            })
            .collect();
    }
    let AppError::ValidationFailed { fields } = err else {
        return Vec::new();
    };
    fields
        .iter()
        .map(|f| {
            let label = i18n.t(&format!("field-{}", f.field.replace('_', "-")));
            let problem = i18n.t_args(
                &format!("error-field-{}", f.code.replace('_', "-")),
                &[("limit", i64::from(f.limit.unwrap_or(0)).into())],
            );
            i18n.t_args(
                "error-field-line",
                &[("field", label.into()), ("problem", problem.into())],
            )
        })
        .collect()
}

/// An alert box for an error, announced to screen readers.
#[component]
pub fn ErrorMessage(error: AppError) -> impl IntoView {
    let i18n = use_i18n();
    let lines = field_lines(i18n, &error);
    view! {
        <div class="alert alert-error" role="alert">
            <p>{error_text(i18n, &error)}</p>
            {(!lines.is_empty()).then(|| view! {
                <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            })}
        </div>
    }
}
