//! Shows an `AppError` to a person, translated, with one line per invalid field.

use leptos::prelude::*;

use crate::error::AppError;
use crate::i18n::use_i18n;

/// The translated text of an error (without field details).
pub fn error_text(err: &AppError) -> String {
    let i18n = use_i18n();
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

/// An alert box for an error, announced to screen readers.
#[component]
pub fn ErrorMessage(error: AppError) -> impl IntoView {
    let i18n = use_i18n();
    let fields = match &error {
        AppError::ValidationFailed { fields } => fields.clone(),
        _ => Vec::new(),
    };
    let text = error_text(&error);
    view! {
        <div class="alert alert-error" role="alert">
            <p>{text}</p>
            {(!fields.is_empty()).then(|| view! {
                <ul>
                    {fields.into_iter().map(|f| {
                        let label = i18n.t(&format!("field-{}", f.field.replace('_', "-")));
                        let msg = i18n.t_args(
                            &format!("error-field-{}", f.code.replace('_', "-")),
                            &[("limit", i64::from(f.limit.unwrap_or(0)).into())],
                        );
                        let line = i18n.t_args("error-field-line", &[("field", label.into()), ("problem", msg.into())]);
                        view! { <li>{line}</li> }
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
}
