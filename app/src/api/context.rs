//! What every server function starts with: the backend and the caller's `RequestCtx`, both
//! put in place by the server for each request, and a way to add response headers.

use axum::http::HeaderValue;
use axum::http::header::SET_COOKIE;
use axum::http::request::Parts;
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

use crate::error::AppError;
use crate::server::ctx::{Backend, RequestCtx};

/// The backend and the context of the current request.
pub async fn request() -> Result<(Backend, RequestCtx), AppError> {
    let missing = || AppError::Internal {
        reference: "no-request-context".into(),
    };
    let backend = use_context::<Backend>().ok_or_else(missing)?;
    let parts = use_context::<Parts>().ok_or_else(missing)?;
    let ctx = parts
        .extensions
        .get::<RequestCtx>()
        .cloned()
        .ok_or_else(missing)?;
    Ok((backend, ctx))
}

/// A request header as text, if present.
pub fn header(name: axum::http::header::HeaderName) -> Option<String> {
    use_context::<Parts>().and_then(|p| {
        p.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    })
}

/// Adds a `Set-Cookie` header to the response.
pub fn set_cookie(value: &str) {
    if let (Some(opts), Ok(value)) = (
        use_context::<ResponseOptions>(),
        HeaderValue::from_str(value),
    ) {
        opts.append_header(SET_COOKIE, value);
    }
}

/// When a plain form fails, the browser goes back to the form's page with the error, as for
/// every form; this also puts `field=value` in that address, so the page can fill the field
/// in again (the login form's e-mail address) and the failure loses nothing the person typed.
pub fn back_with_field(endpoint: &str, field: &str, value: &str, error: &AppError) {
    let plain_form = header(axum::http::header::ACCEPT).is_some_and(|a| a.contains("text/html"));
    let Some(referer) = header(axum::http::header::REFERER).filter(|_| plain_form) else {
        return;
    };
    let base =
        crate::model::site_path::with_query_pair(&referer, field, value, &["__path", "__err"]);
    let with_error =
        leptos::server_fn::error::ServerFnUrlError::new(endpoint, error.clone()).to_url(&base);
    if let Ok(url) = with_error {
        // Replaces the address server functions give a failed plain form (the page as it was).
        leptos_axum::redirect(url.as_str());
    }
}

/// After a form posted without JavaScript succeeds, sends the browser to `path` instead of
/// back to the form. Calls from the app's own JavaScript are left alone: they navigate
/// themselves once they have the answer.
pub fn redirect_plain_form(path: &str) {
    let plain_form = header(axum::http::header::ACCEPT).is_some_and(|a| a.contains("text/html"));
    if plain_form {
        leptos_axum::redirect(path);
    }
}
