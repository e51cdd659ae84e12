//! A form posted without JavaScript that succeeds is sent back to its page (the server
//! functions' redirect to the `Referer`). This marks that address with the endpoint
//! (`__done=/api/…`), so the page shows the form's confirmation, as the `AsyncForm` island
//! does with JavaScript. Only an answer that goes back to the very page of the form is marked:
//! one that leads elsewhere (a new community, the home page after logging in) says enough.

use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;

use app::model::site_path::with_query_pair;

/// The query key the page reads (`ui::components::json_form`).
pub const DONE_KEY: &str = "__done";

/// Marks a successful plain form's way back with its endpoint.
pub async fn mark_done(req: Request, next: Next) -> Response {
    let plain = req.method() == Method::POST
        && req.uri().path().starts_with("/api/")
        && req
            .headers()
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|a| a.contains("text/html"));
    // Every other request passes untouched, at the cost of the three checks above.
    if !plain {
        return next.run(req).await;
    }
    let endpoint = req.uri().path().to_owned();
    let from = req
        .headers()
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .map(|r| path_of(r).to_owned());
    let mut res = next.run(req).await;
    if !matches!(res.status(), StatusCode::FOUND | StatusCode::SEE_OTHER) {
        return res;
    }
    let Some(location) = res
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
    else {
        return res;
    };
    if location.contains("__err=") || from.as_deref() != Some(path_of(&location)) {
        return res;
    }
    let marked = with_query_pair(&location, DONE_KEY, &endpoint, &[]);
    if let Ok(marked) = HeaderValue::from_str(&marked) {
        res.headers_mut().insert(header::LOCATION, marked);
    }
    res
}

/// The path of an address, absolute (`https://host/p?q`) or not (`/p?q`), without its query
/// or fragment.
fn path_of(address: &str) -> &str {
    let rest = address
        .split_once("://")
        .map_or(address, |(_, r)| r.find('/').map_or("/", |i| &r[i..]));
    rest.split(['?', '#']).next().unwrap_or(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_way_back_is_marked_once_and_keeps_the_rest_of_the_address() {
        assert_eq!(path_of("http://h:1/posts/5?comment=7#x"), "/posts/5");
        assert_eq!(path_of("/people?q=a"), "/people");
        assert_eq!(path_of("https://h"), "/");
        assert_eq!(
            with_query_pair(
                "http://h/posts/5?comment=7&__done=%2Fx#c",
                DONE_KEY,
                "/api/comments/create",
                &[]
            ),
            "http://h/posts/5?comment=7&__done=%2Fapi%2Fcomments%2Fcreate#c"
        );
        assert_eq!(
            with_query_pair("/?__err=x", DONE_KEY, "/api/status/create", &["__err"]),
            "/?__done=%2Fapi%2Fstatus%2Fcreate"
        );
    }
}
