//! A form posted without JavaScript that succeeds is sent back to its page (the server
//! functions' redirect to the `Referer`). This marks that address with the endpoint
//! (`__done=/api/…`), so the page shows the form's confirmation, as the `AsyncForm` island
//! does with JavaScript. Only an answer that goes back to the very page of the form is marked:
//! one that leads elsewhere (a new community, the home page after logging in) says enough.
//! A failed plain form's way back carries its error in the address; that error is sent
//! without the long texts some errors carry (`AppError::for_address`), so the address stays
//! short enough to load.

use app::error::AppError;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use app::model::site_path::with_query_pair;

/// The query key the page reads (`ui::components::json_form`).
pub const DONE_KEY: &str = "__done";

/// The page a form posted by the browser itself (asking for HTML) goes back to: its
/// `Referer`. `None` for a script's request, which is answered with JSON. For the plain
/// handlers that take files, which are not server functions.
pub fn way_back(headers: &HeaderMap) -> Option<String> {
    let plain = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("text/html"));
    let referer = headers.get(header::REFERER)?.to_str().ok()?;
    plain.then(|| referer.to_owned())
}

/// A redirect to `to` (303, so the browser loads it with GET).
pub fn see_other(to: &str) -> Response {
    let mut res = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        res.headers_mut().insert(header::LOCATION, v);
    }
    res
}

/// Back to a plain form's page with `endpoint`'s error in the address, as server functions
/// answer a plain form.
pub fn back_with_error(back: &str, endpoint: &str, e: &AppError) -> Response {
    let base = app::model::site_path::without_query_keys(back, &["__path", "__err"]);
    match leptos::server_fn::error::ServerFnUrlError::new(endpoint, e.clone()).to_url(&base) {
        Ok(url) => see_other(url.as_str()),
        Err(_) => super::error_response(e),
    }
}

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
    if location.contains("__err=") {
        if let Some(slim) = slim_error(&location)
            && let Ok(slim) = HeaderValue::from_str(&slim)
        {
            res.headers_mut().insert(header::LOCATION, slim);
        }
        return res;
    }
    if from.as_deref() != Some(path_of(&location)) {
        return res;
    }
    let marked = with_query_pair(&location, DONE_KEY, &endpoint, &[]);
    if let Ok(marked) = HeaderValue::from_str(&marked) {
        res.headers_mut().insert(header::LOCATION, marked);
    }
    res
}

/// The address with its error (`__err`) re-encoded for an address; `None` when it has none
/// or is not absolute (the server functions always go back to an absolute `Referer`).
fn slim_error(location: &str) -> Option<String> {
    use app::error::AppError;
    use leptos::server_fn::error::ServerFnUrlError;
    let url = url::Url::parse(location).ok()?;
    let mut path = None;
    let mut err = None;
    let mut rest = Vec::new();
    for (k, v) in url.query_pairs() {
        match k.as_ref() {
            "__path" => path = Some(v.into_owned()),
            "__err" => err = Some(v.into_owned()),
            _ => rest.push((k.into_owned(), v.into_owned())),
        }
    }
    let error = ServerFnUrlError::<AppError>::decode_err(&err?).for_address();
    let mut base = url.clone();
    base.set_query(None);
    base.query_pairs_mut().extend_pairs(rest);
    if base.query() == Some("") {
        base.set_query(None);
    }
    let slim = ServerFnUrlError::new(path?, error)
        .to_url(base.as_str())
        .ok()?;
    Some(slim.to_string())
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
    fn an_edit_conflict_goes_back_without_its_texts() {
        use app::error::AppError;
        use leptos::server_fn::error::ServerFnUrlError;
        let conflict = AppError::EditConflict(Box::new(app::error::Conflict {
            current_version: 4,
            current_title: "VPN".into(),
            current_body: "x".repeat(50_000),
            your_title: "VPN".into(),
            your_body: "y".repeat(50_000),
            merge_path: "/communities/it/wiki/7/edit".into(),
        }));
        let long = ServerFnUrlError::new("/api/wiki/pages/update", conflict)
            .to_url("http://h/communities/it/wiki/7/edit?a=1")
            .unwrap()
            .to_string();
        let slim = slim_error(&long).unwrap();
        assert!(slim.len() < 600, "{} bytes", slim.len());
        let url = url::Url::parse(&slim).unwrap();
        let q: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
        assert_eq!(q["a"], "1");
        assert_eq!(q["__path"], "/api/wiki/pages/update");
        match ServerFnUrlError::<AppError>::decode_err(&q["__err"]) {
            AppError::EditConflict(c) => {
                assert_eq!(c.current_version, 4);
                assert!(c.current_body.is_empty());
                assert_eq!(c.merge_path, "/communities/it/wiki/7/edit");
            }
            other => panic!("{other:?}"),
        }
        // Other errors go back as they were.
        let plain = ServerFnUrlError::new("/api/x", AppError::NotFound)
            .to_url("http://h/p")
            .unwrap()
            .to_string();
        let again = slim_error(&plain).unwrap();
        let q: std::collections::HashMap<_, _> = url::Url::parse(&again)
            .unwrap()
            .query_pairs()
            .into_owned()
            .collect();
        assert!(matches!(
            ServerFnUrlError::<AppError>::decode_err(&q["__err"]),
            AppError::NotFound
        ));
    }

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
