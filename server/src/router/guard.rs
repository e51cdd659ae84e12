//! What a request must be before anything reads it: an address and headers of bounded size,
//! each query parameter once (unless it is documented as repeatable), and, for a change, a
//! proof of origin and a body type the endpoint reads.
//!
//! Forged requests: a browser sends the session cookie (SameSite=Lax) with a top-level POST
//! that another site's page started, also through a redirect (then `Origin: null`). Every
//! request that changes something and carries the session cookie must therefore name this
//! site as its `Origin`; a request whose `Origin` names another site is refused whether or
//! not it carries a cookie (a forged login). Clients that send neither cookie nor `Origin`
//! (scripts, other services) are not browsers and are let through.

use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;

use app::error::AppError;

use super::error_response;
use super::headers::has_session_cookie;

/// The longest address (path and query) accepted, in bytes.
pub const MAX_URI: usize = 8 * 1024;
/// The most header bytes accepted (names and values), cookies included.
pub const MAX_HEADERS: usize = 32 * 1024;
/// Query parameters that may be given more than once (documented in `docs/api.md`): the
/// values are joined with commas into one, the form the endpoints read.
const REPEATABLE: &[&str] = &["lang"];

/// This site's own origin, as browsers write it in `Origin`.
#[derive(Debug, Clone)]
pub struct SiteOrigin {
    /// `https://intranet.bank.example` when set by configuration; otherwise the origin is
    /// the request's `Host` with the scheme below.
    pub public_url: Option<String>,
    /// Served over https (secure cookies).
    pub https: bool,
}

impl SiteOrigin {
    /// The origin a same-site request carries.
    fn expected(&self, headers: &HeaderMap) -> Option<String> {
        if let Some(url) = &self.public_url {
            return Some(url.trim_end_matches('/').to_ascii_lowercase());
        }
        let host = headers.get(header::HOST)?.to_str().ok()?;
        let scheme = if self.https { "https" } else { "http" };
        Some(format!("{scheme}://{}", host.to_ascii_lowercase()))
    }

    /// Whether `origin` is this site (scheme, host and port alike).
    pub fn is_same(&self, origin: &str, headers: &HeaderMap) -> bool {
        self.expected(headers)
            .is_some_and(|e| e == origin.trim().to_ascii_lowercase())
    }
}

/// The first query parameter given twice, if any, and not one that may repeat.
pub fn duplicate_parameter(query: &str) -> Option<String> {
    let mut seen: Vec<String> = Vec::new();
    for (name, _) in form_urlencoded::parse(query.as_bytes()) {
        if REPEATABLE.contains(&name.as_ref()) || name.ends_with("[]") {
            continue;
        }
        if seen.iter().any(|s| *s == name) {
            return Some(name.into_owned());
        }
        seen.push(name.into_owned());
    }
    None
}

/// The query with each repeatable parameter given once, its values joined by commas
/// (`lang=sv&lang=en` → `lang=sv,en`); `None` when nothing repeats.
pub fn joined_repeats(query: &str) -> Option<String> {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    let repeats = REPEATABLE
        .iter()
        .any(|r| pairs.iter().filter(|(k, _)| k == r).count() > 1);
    if !repeats {
        return None;
    }
    let mut out: Vec<(String, String)> = Vec::new();
    for (k, v) in pairs {
        match out.iter_mut().find(|(seen, _)| *seen == k) {
            Some((_, joined)) if REPEATABLE.contains(&k.as_str()) => {
                joined.push(',');
                joined.push_str(&v);
            }
            _ => out.push((k, v)),
        }
    }
    Some(
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(out)
            .finish(),
    )
}

/// Body types a change may carry: JSON, a same-site HTML form, or (for uploads) multipart.
fn readable_body_type(headers: &HeaderMap) -> bool {
    let Some(value) = headers.get(header::CONTENT_TYPE) else {
        // No type: only an empty body is readable, which the body layer checks.
        return true;
    };
    let Ok(value) = value.to_str() else {
        return false;
    };
    let essence = value
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    matches!(
        essence.as_str(),
        "application/json" | "application/x-www-form-urlencoded" | "multipart/form-data"
    )
}

fn is_change(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Why a request is refused before it is read, if it is.
pub fn refusal(req: &Request, site: &SiteOrigin) -> Option<AppError> {
    let uri_len = req.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if uri_len > MAX_URI {
        return Some(AppError::UriTooLong);
    }
    let header_bytes: usize = req
        .headers()
        .iter()
        .map(|(k, v)| k.as_str().len() + v.len())
        .sum();
    if header_bytes > MAX_HEADERS {
        return Some(AppError::HeadersTooLarge);
    }
    let api = req.uri().path().starts_with("/api/");
    if api && let Some(name) = req.uri().query().and_then(duplicate_parameter) {
        return Some(AppError::DuplicateParameter { name });
    }
    if is_change(req.method()) {
        let origin = req
            .headers()
            .get(header::ORIGIN)
            .map(|o| o.to_str().unwrap_or("null"));
        let same = origin.is_some_and(|o| site.is_same(o, req.headers()));
        let cookie = has_session_cookie(req.headers());
        if !same && (cookie || origin.is_some()) {
            return Some(AppError::CrossOrigin);
        }
        if api && !readable_body_type(req.headers()) {
            return Some(AppError::UnsupportedMediaType);
        }
    }
    None
}

/// Refuses what `refusal` finds; gives the router's own 405 a JSON code like every error.
pub async fn request_guard(
    State(site): State<SiteOrigin>,
    mut req: Request,
    next: Next,
) -> Response {
    if let Some(err) = refusal(&req, &site) {
        return error_response(&err);
    }
    if let Some(query) = req.uri().query().and_then(joined_repeats) {
        let path = req.uri().path();
        if let Ok(uri) = format!("{path}?{query}").parse() {
            *req.uri_mut() = uri;
        }
    }
    let api = req.uri().path().starts_with("/api/");
    let res = next.run(req).await;
    if api && res.status() == StatusCode::METHOD_NOT_ALLOWED {
        let allow = res.headers().get(header::ALLOW).cloned();
        let mut out = error_response(&AppError::MethodNotAllowed);
        if let Some(allow) = allow {
            out.headers_mut().insert(header::ALLOW, allow);
        }
        return out;
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn post(origin: Option<&str>, cookie: bool, content_type: &str) -> Request {
        let mut b = Request::builder()
            .method(Method::POST)
            .uri("/api/status/create")
            .header(header::HOST, "intranet.example:3000")
            .header(header::CONTENT_TYPE, content_type);
        if let Some(o) = origin {
            b = b.header(header::ORIGIN, o);
        }
        if cookie {
            b = b.header(header::COOKIE, "gemenskap_session=abc");
        }
        b.body(Body::empty()).unwrap()
    }

    const SITE: SiteOrigin = SiteOrigin {
        public_url: None,
        https: false,
    };

    #[test]
    fn a_change_with_the_cookie_must_come_from_this_site() {
        let json = "application/json";
        assert_eq!(
            refusal(
                &post(Some("http://intranet.example:3000"), true, json),
                &SITE
            ),
            None
        );
        for origin in [
            None,
            Some("null"),
            Some("http://intranet.example:3001"),
            Some("https://intranet.example:3000"),
            Some("http://other.intranet.example:3000"),
        ] {
            assert_eq!(
                refusal(&post(origin, true, json), &SITE),
                Some(AppError::CrossOrigin),
                "{origin:?}"
            );
        }
    }

    #[test]
    fn a_foreign_origin_is_refused_even_without_a_cookie_but_scripts_pass() {
        let json = "application/json";
        assert_eq!(
            refusal(&post(Some("http://evil.example"), false, json), &SITE),
            Some(AppError::CrossOrigin)
        );
        assert_eq!(refusal(&post(None, false, json), &SITE), None);
    }

    #[test]
    fn a_configured_public_url_is_the_only_origin() {
        let site = SiteOrigin {
            public_url: Some("https://intranet.bank.example/".into()),
            https: true,
        };
        let json = "application/json";
        assert_eq!(
            refusal(
                &post(Some("https://intranet.bank.example"), true, json),
                &site
            ),
            None
        );
        assert_eq!(
            refusal(
                &post(Some("http://intranet.example:3000"), true, json),
                &site
            ),
            Some(AppError::CrossOrigin)
        );
    }

    #[test]
    fn json_endpoints_read_json_and_same_site_forms_only() {
        let o = Some("http://intranet.example:3000");
        assert_eq!(
            refusal(&post(o, true, "text/plain"), &SITE),
            Some(AppError::UnsupportedMediaType)
        );
        assert_eq!(
            refusal(&post(o, true, "application/json; charset=utf-8"), &SITE),
            None
        );
        assert_eq!(
            refusal(&post(o, true, "application/x-www-form-urlencoded"), &SITE),
            None
        );
    }

    #[test]
    fn finds_a_duplicate_parameter_but_not_a_repeatable_one() {
        assert_eq!(duplicate_parameter("q=a&q=b"), Some("q".into()));
        assert_eq!(duplicate_parameter("lang=sv&lang=fi&q=a"), None);
        assert_eq!(duplicate_parameter("q=a&cursor=b"), None);
    }

    #[test]
    fn a_repeated_language_becomes_one_list() {
        assert_eq!(
            joined_repeats("lang=sv&q=x&lang=en").as_deref(),
            Some("lang=sv%2Cen&q=x")
        );
        assert_eq!(joined_repeats("lang=sv&q=x"), None);
    }
}
