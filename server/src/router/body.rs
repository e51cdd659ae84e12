//! Request bodies and query strings before the endpoints read them: HTML forms become the
//! JSON the endpoint reads, sizes are bounded, and text with control characters is refused
//! in one place for every endpoint (PostgreSQL cannot store NUL; the others hide text or
//! break lines where nobody sees them).

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::Response;
use serde_json::Value;

use app::error::{AppError, FieldError};
use app::model::form_encoding::form_pairs_to_json;

use super::error_response;

/// Bodies larger than this are refused before they are read.
pub const MAX_BODY: usize = 1 << 20;

/// A character no text field takes: C0 controls other than tab and line breaks, DEL, C1.
pub fn is_forbidden_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || ('\u{80}'..='\u{9f}').contains(&c)
}

/// The first field (top-level name) whose text holds a forbidden control character.
fn field_with_control(value: &Value, field: &str) -> Option<String> {
    match value {
        Value::String(s) => s
            .chars()
            .any(is_forbidden_control)
            .then(|| field.to_owned()),
        Value::Array(items) => items.iter().find_map(|v| field_with_control(v, field)),
        Value::Object(map) => map.iter().find_map(|(k, v)| {
            if is_forbidden_control_key(k) {
                return Some(k.clone());
            }
            field_with_control(v, if field.is_empty() { k } else { field })
        }),
        _ => None,
    }
}

fn is_forbidden_control_key(k: &str) -> bool {
    k.chars().any(is_forbidden_control)
}

fn control_character(field: String) -> AppError {
    AppError::validation(vec![FieldError::new(&field, "control_character")])
}

/// Refuses query parameters with control characters (the same rule as bodies).
pub fn query_refusal(query: &str) -> Option<AppError> {
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, v)| is_forbidden_control_key(k) || v.chars().any(is_forbidden_control))
        .map(|(k, _)| control_character(k.into_owned()))
}

/// Lets HTML forms post to the JSON API: a form body becomes the JSON the endpoint reads
/// (rules in `app::model::form_encoding`), an empty body becomes `{}`. Bodies over
/// [`MAX_BODY`] answer 413; text with control characters 422.
pub async fn read_bodies(req: Request, next: Next) -> Response {
    // Pages pass their query to the same services, so the rule holds for every address.
    if let Some(err) = req.uri().query().and_then(query_refusal) {
        return error_response(&err);
    }
    if !req.uri().path().starts_with("/api/") {
        return next.run(req).await;
    }
    if req.method() != Method::POST {
        return next.run(req).await;
    }
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    if content_type.starts_with("multipart/form-data") {
        // Uploads stream to disk with their own limit (the files service's); they are not
        // read here, nor held to this body limit.
        return next.run(req).await;
    }
    let too_large = AppError::PayloadTooLarge {
        limit: MAX_BODY as u64,
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY as u64) {
        return error_response(&too_large);
    }
    let (mut parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY).await else {
        return error_response(&too_large);
    };
    let json: Bytes = if content_type.starts_with("application/x-www-form-urlencoded") {
        let pairs = form_urlencoded::parse(&bytes).into_owned();
        Bytes::from(form_pairs_to_json(pairs).to_string())
    } else if bytes.iter().all(u8::is_ascii_whitespace) {
        Bytes::from_static(b"{}")
    } else if content_type.is_empty() {
        return error_response(&AppError::UnsupportedMediaType);
    } else {
        bytes
    };
    // Malformed JSON is left for the endpoint, which answers `invalid_request`.
    if let Ok(value) = serde_json::from_slice::<Value>(&json)
        && let Some(field) = field_with_control(&value, "")
    {
        return error_response(&control_character(field));
    }
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    parts.headers.remove(header::CONTENT_LENGTH);
    next.run(Request::from_parts(parts, Body::from(json))).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_and_other_controls_are_refused_but_line_breaks_and_tabs_kept() {
        for c in ['\0', '\u{7}', '\u{1b}', '\u{7f}', '\u{85}', '\u{9f}'] {
            assert!(is_forbidden_control(c), "{:?}", c);
        }
        for c in ['\t', '\n', '\r', 'a', 'å', '\u{a0}'] {
            assert!(!is_forbidden_control(c), "{:?}", c);
        }
    }

    #[test]
    fn names_the_field_that_holds_a_control_character() {
        let v = serde_json::json!({"title": "ok", "tags": ["a", "b\u{0}"], "body": "x"});
        assert_eq!(field_with_control(&v, ""), Some("tags".into()));
        let v = serde_json::json!({"title": "fine\ttext\nhere"});
        assert_eq!(field_with_control(&v, ""), None);
    }

    #[test]
    fn query_parameters_follow_the_same_rule() {
        assert!(query_refusal("q=a%00b").is_some());
        assert!(query_refusal("q=a+b&lang=sv").is_none());
    }
}
