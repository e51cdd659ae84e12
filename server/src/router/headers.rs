//! The security headers every answer carries, and the cache rules.
//!
//! Pages get a Content-Security-Policy whose script nonce is new for every response: the
//! nonce is made here, before the page renders, handed to Leptos (which puts it on every
//! script it writes, see `page_context` in the router), and named in the header afterwards.
//! Everything else gets a policy that allows nothing, since JSON, CSS, JS and WASM are never
//! meant to be rendered as a document.

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use rand::RngCore;

use app::server::auth::session;
use app::server::ctx::cookie_value;

/// The script nonce of one response, put into the request's extensions for the page renderer.
#[derive(Debug, Clone)]
pub struct CspNonce(pub String);

/// Which headers depend on how the site is served.
#[derive(Debug, Clone, Copy)]
pub struct HeaderSettings {
    /// Served over https (secure cookies): send HSTS.
    pub https: bool,
}

/// A fresh nonce: 128 random bits, hex (a subset of the characters CSP allows).
fn new_nonce() -> String {
    let mut bytes = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// The policy for HTML pages: scripts only by this response's nonce (and what they load,
/// `strict-dynamic`), the WASM compiled by the browser, styles, images and requests from this
/// site only, no plugins, no `<base>`, no framing, forms only to this site.
pub fn page_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )
}

/// The policy for everything that is not a page.
const RESOURCE_POLICY: &str = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/// Whether the request carries a session cookie (its answers are personal).
pub fn has_session_cookie(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|c| cookie_value(c, session::COOKIE_NAME).is_some())
}

/// Adds the security headers and the cache rules to every answer.
pub async fn security_headers(
    State(settings): State<HeaderSettings>,
    mut req: Request,
    next: Next,
) -> Response {
    let nonce = new_nonce();
    req.extensions_mut().insert(CspNonce(nonce.clone()));
    let path = req.uri().path().to_owned();
    let personal = has_session_cookie(req.headers());
    let mut res = next.run(req).await;
    let is_page = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    let policy = if is_page {
        page_policy(&nonce)
    } else {
        RESOURCE_POLICY.to_owned()
    };
    let h = res.headers_mut();
    // A download sets its own, stricter policy (a sandbox): it stays.
    let own = !is_page && h.contains_key(header::CONTENT_SECURITY_POLICY);
    if let Ok(v) = HeaderValue::from_str(&policy)
        && !own
    {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if settings.https {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    set_cache_control(&mut res, &path, personal);
    res
}

/// Hashed assets never change under their name; personal API answers are never stored;
/// everything else is revalidated.
fn set_cache_control(res: &mut Response, path: &str, personal: bool) {
    let api = path.starts_with("/api/");
    if api && personal {
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        return;
    }
    if !res.status().is_success() || res.headers().contains_key(header::CACHE_CONTROL) {
        return;
    }
    let value = if path.starts_with("/pkg/") {
        "public, max-age=31536000, immutable"
    } else if path == "/favicon.ico" {
        "public, max-age=86400"
    } else {
        "no-cache"
    };
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_policy_allows_scripts_only_by_nonce() {
        let p = page_policy("abc123");
        assert!(p.contains("script-src 'nonce-abc123' 'strict-dynamic' 'wasm-unsafe-eval'"));
        for part in [
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ] {
            assert!(p.contains(part), "{part}");
        }
        assert!(!p.contains("unsafe-inline"));
    }

    #[test]
    fn nonces_differ_and_are_long_enough() {
        let (a, b) = (new_nonce(), new_nonce());
        assert_ne!(a, b);
        assert_eq!(a.len(), 32);
    }
}
