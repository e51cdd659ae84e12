//! The API's answers in the reader's language, for the islands, which carry no translations:
//! an error answer gets `message` (what went wrong) and `details` (one line per invalid
//! field) next to its `code`; a saved post whose mentions did not reach everyone gets
//! `notice`. Only for requests that ask with `X-Gemenskap-Messages: 1`: the documented
//! answers stay exactly as they are for every other client. Codes stay the contract; these
//! are words for people.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::Response;
use http_body_util::BodyExt;
use serde_json::Value;

use app::error::AppError;
use app::i18n::I18n;
use app::server::ctx::RequestCtx;
use app::ui::components::error_message::{error_text, field_lines};

/// Answers larger than this are lists, never an error or a saved post: left as they are.
const MAX_WORDED: usize = 64 * 1024;

/// The header an island sends to have its answers worded.
pub const ASK_HEADER: &str = "x-gemenskap-messages";

/// Adds the words to API answers that need them, when asked.
pub async fn add_messages(req: Request, next: Next) -> Response {
    let is_api = req.uri().path().starts_with("/api/") && req.headers().contains_key(ASK_HEADER);
    let is_post = req.method() == Method::POST;
    let lang = req
        .extensions()
        .get::<RequestCtx>()
        .map_or("en", |c| c.ui_lang);
    let res = next.run(req).await;
    let failed = res.status().is_client_error() || res.status().is_server_error();
    let json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !is_api || !json || !(failed || is_post) {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(collected) = body.collect().await else {
        return Response::from_parts(parts, Body::empty());
    };
    let bytes = collected.to_bytes();
    if bytes.len() > MAX_WORDED {
        return Response::from_parts(parts, Body::from(bytes));
    }
    let Ok(mut value) = serde_json::from_slice::<Value>(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    let i18n = I18n::new(lang);
    // A write held for review is answered 202 with a code: words like an error's.
    let changed = if failed || value.get("code").is_some() {
        word_error(i18n, &mut value)
    } else {
        word_notice(i18n, &mut value)
    };
    if !changed {
        return Response::from_parts(parts, Body::from(bytes));
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(value.to_string()))
}

/// `message` and `details` for an error answer with a known code.
fn word_error(i18n: I18n, value: &mut Value) -> bool {
    let Ok(err) = serde_json::from_value::<AppError>(value.clone()) else {
        return false;
    };
    let Some(map) = value.as_object_mut() else {
        return false;
    };
    map.insert("message".into(), error_text(i18n, &err).into());
    map.insert("details".into(), field_lines(i18n, &err).into());
    true
}

/// `notice` for a saved item whose mentions did not reach some people (`not_notified`).
fn word_notice(i18n: I18n, value: &mut Value) -> bool {
    let Some(missed) = value.get("not_notified").and_then(Value::as_array) else {
        return false;
    };
    if missed.is_empty() {
        return false;
    }
    let names = missed
        .iter()
        .filter_map(|p| p.get("display_name").and_then(Value::as_str))
        .collect::<Vec<_>>()
        .join(", ");
    let count = i64::try_from(missed.len()).unwrap_or(i64::MAX);
    let notice = i18n.t_args(
        "post-not-notified",
        &[("name", names.into()), ("count", count.into())],
    );
    if let Some(map) = value.as_object_mut() {
        map.insert("notice".into(), notice.into());
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_error_gets_its_words_and_keeps_its_code() {
        let mut v = json!({"code": "validation_failed", "fields": [{"field": "title", "code": "required"}]});
        assert!(word_error(I18n::new("en"), &mut v));
        assert_eq!(v["code"], "validation_failed");
        assert!(!v["message"].as_str().unwrap().is_empty());
        assert_eq!(v["details"].as_array().unwrap().len(), 1);
        let mut sv = json!({"code": "not_found"});
        assert!(word_error(I18n::new("sv"), &mut sv));
        let mut en = json!({"code": "not_found"});
        word_error(I18n::new("en"), &mut en);
        assert_ne!(sv["message"], en["message"], "in the reader's language");
    }

    #[test]
    fn a_save_that_missed_someone_says_whom() {
        let mut v = json!({"id": 5, "not_notified": [{"id": 2, "display_name": "Mikko Virtanen"}]});
        assert!(word_notice(I18n::new("en"), &mut v));
        assert!(v["notice"].as_str().unwrap().contains("Mikko Virtanen"));
        let mut quiet = json!({"id": 5, "not_notified": []});
        assert!(!word_notice(I18n::new("en"), &mut quiet));
    }
}
