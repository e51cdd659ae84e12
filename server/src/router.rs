//! The HTTP router: pages and API from the Leptos app, `/healthz`, static files, and the
//! middleware every request passes through (session and language, form bodies, error
//! statuses, compression, cache headers).

use std::net::SocketAddr;

use app::error::AppError;
use app::model::form_encoding::form_pairs_to_json;
use app::server::ctx::{Backend, RequestCtx, client_address};
use app::{App, shell};
use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use http_body_util::BodyExt;
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::{LeptosRoutes, generate_route_list};
use tower_http::compression::CompressionLayer;

/// Bodies larger than this are refused before they are read.
const MAX_BODY: usize = 1 << 20;

/// Builds the whole application router.
pub fn build(backend: Backend, options: LeptosOptions) -> Router {
    let routes = generate_route_list(App);
    let for_pages = backend.clone();
    let for_fallback = backend.clone();
    let for_health = backend.clone();
    let history = Router::new()
        .route(
            "/api/communities/history",
            get(crate::history_export::history),
        )
        .with_state(backend.clone());
    Router::new()
        .route("/healthz", get(move || healthz(for_health.clone())))
        .merge(history)
        .route("/api/{*rest}", any(api_not_found))
        .leptos_routes_with_context(
            &options,
            routes,
            move || provide_context(for_pages.clone()),
            {
                let options = options.clone();
                move || shell(options.clone())
            },
        )
        .fallback(leptos_axum::file_and_error_handler_with_context(
            move || provide_context(for_fallback.clone()),
            shell,
        ))
        .with_state(options)
        .layer(middleware::from_fn(api_error_status))
        .layer(middleware::from_fn(form_bodies_to_json))
        .layer(middleware::from_fn_with_state(backend, resolve_request))
        .layer(middleware::from_fn(cache_headers))
        .layer(CompressionLayer::new())
}

/// `GET /healthz`: 200 when the database answers, 503 when it does not.
async fn healthz(backend: Backend) -> Response {
    if backend.db.ping().await {
        (
            StatusCode::OK,
            axum::Json(serde_json::json!({"status": "ok", "database": "ok"})),
        )
            .into_response()
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            axum::Json(serde_json::json!({"status": "unavailable", "database": "unreachable"})),
        )
            .into_response()
    }
}

async fn api_not_found() -> Response {
    error_response(&AppError::NotFound)
}

fn error_response(err: &AppError) -> Response {
    let status = StatusCode::from_u16(err.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, axum::Json(err)).into_response()
}

fn is_static(path: &str) -> bool {
    path.starts_with("/pkg/") || path == "/favicon.ico" || path == "/healthz"
}

/// Resolves the session and the UI language once per request, for pages and API alike.
async fn resolve_request(State(backend): State<Backend>, mut req: Request, next: Next) -> Response {
    if !is_static(req.uri().path()) {
        let peer = req
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        let ip = client_address(req.headers(), peer, backend.auth.trust_forwarded_for);
        let ctx = RequestCtx::resolve(&backend, req.headers(), ip).await;
        req.extensions_mut().insert(ctx);
    }
    next.run(req).await
}

/// Lets HTML forms post to the JSON API: a form body becomes the JSON the endpoint reads
/// (rules in `app::model::form_encoding`), an empty body becomes `{}`. Cross-site posts are
/// refused: the session cookie is SameSite=Lax already; this checks `Origin` as well.
async fn form_bodies_to_json(req: Request, next: Next) -> Response {
    if req.method() != Method::POST || !req.uri().path().starts_with("/api/") {
        return next.run(req).await;
    }
    if let (Some(origin), Some(host)) = (
        req.headers().get(header::ORIGIN),
        req.headers().get(header::HOST),
    ) {
        let origin = origin.to_str().unwrap_or("");
        let host = host.to_str().unwrap_or("");
        let same = origin.split_once("://").map(|(_, rest)| rest) == Some(host);
        if !same && origin != "null" {
            return error_response(&AppError::Forbidden);
        }
    }
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let (mut parts, body) = req.into_parts();
    let bytes = match axum::body::to_bytes(body, MAX_BODY).await {
        Ok(b) => b,
        Err(_) => {
            return error_response(&AppError::InvalidRequest {
                detail: "body too large".into(),
            });
        }
    };
    let json: Option<Bytes> = if content_type.starts_with("application/x-www-form-urlencoded") {
        let pairs = form_urlencoded::parse(&bytes).into_owned();
        Some(Bytes::from(form_pairs_to_json(pairs).to_string()))
    } else if bytes.iter().all(u8::is_ascii_whitespace) {
        Some(Bytes::from_static(b"{}"))
    } else {
        None
    };
    let body = match json {
        Some(json) => {
            parts.headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            parts.headers.remove(header::CONTENT_LENGTH);
            json
        }
        None => bytes,
    };
    next.run(Request::from_parts(parts, Body::from(body))).await
}

/// Gives API error answers the status of their code (server functions answer errors with
/// 500), and `Retry-After` to rate-limited ones.
async fn api_error_status(req: Request, next: Next) -> Response {
    let is_api = req.uri().path().starts_with("/api/");
    let res = next.run(req).await;
    if !is_api || res.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(collected) = body.collect().await else {
        return error_response(&AppError::Internal {
            reference: String::new(),
        });
    };
    let bytes = collected.to_bytes();
    if let Ok(err) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status =
            StatusCode::from_u16(err.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        if let AppError::RateLimited { retry_after } = err
            && let Ok(v) = HeaderValue::from_str(&retry_after.to_string())
        {
            parts.headers.insert(header::RETRY_AFTER, v);
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// Hashed assets never change under their name; everything else is revalidated.
async fn cache_headers(req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let mut res = next.run(req).await;
    if res.status().is_success() && !res.headers().contains_key(header::CACHE_CONTROL) {
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
    res
}
