//! The HTTP router: pages and API from the Leptos app, `/healthz`, static files, and the
//! middleware every request passes through, outermost first: compression, security and cache
//! headers (`headers`), what a request must be before it is read (`guard`), session and
//! language, the API's words in that language (`messages`), per-person rate limits (`rate`),
//! bodies (`body`), and error statuses.

mod body;
mod files;
mod guard;
mod headers;
mod messages;
pub(crate) mod plain_forms;
mod rate;

pub use body::MAX_BODY;
pub use guard::{MAX_HEADERS, MAX_URI};

use std::net::SocketAddr;

use app::error::AppError;
use app::server::ctx::{Backend, RequestCtx, client_address};
use app::{App, shell};
use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post};
use http_body_util::BodyExt;
use leptos::config::LeptosOptions;
use leptos::prelude::{provide_context, use_context};
use leptos_axum::{LeptosRoutes, generate_route_list};
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;

/// Builds the whole application router.
pub fn build(backend: Backend, options: LeptosOptions) -> Router {
    let routes = generate_route_list(App);
    let for_pages = backend.clone();
    let for_fallback = backend.clone();
    let for_health = backend.clone();
    let site = guard::SiteOrigin {
        public_url: backend.auth.public_url.clone(),
        https: backend.auth.secure_cookies,
    };
    let limiter = rate::RateLimiter::new(backend.auth.rate_limit_scale);
    let header_settings = headers::HeaderSettings {
        https: backend.auth.secure_cookies,
    };
    let history = Router::new()
        .route(
            "/api/communities/history",
            get(crate::history_export::history),
        )
        .with_state(backend.clone());
    let compliance = Router::new()
        .route(
            "/api/compliance/watchlist/export",
            get(crate::compliance_files::watchlist_export),
        )
        .route(
            "/api/compliance/watchlist/import",
            post(crate::compliance_files::watchlist_import),
        )
        .route("/api/compliance/audit", get(crate::compliance_files::audit))
        .layer(axum::extract::DefaultBodyLimit::max(
            crate::compliance_files::MAX_IMPORT_BYTES + 64 * 1024,
        ))
        .with_state(backend.clone());
    let mail = Router::new()
        .route(
            "/mail/unsubscribe/{token}",
            post(crate::mail_unsubscribe::one_click),
        )
        .with_state(backend.clone());
    // Uploads stream to disk under the files service's own limit, not the body limit.
    let files = Router::new()
        .route("/api/files/upload", post(files::upload))
        .route("/files/{id}/{version}/{name}", get(files::download))
        .route(
            "/inbox/attachments/{id}/{name}",
            get(files::inbox_attachment),
        )
        .route("/thumbnails/{id}/{version}", get(files::thumbnail))
        .layer(axum::extract::DefaultBodyLimit::disable())
        .with_state(backend.clone());
    // The front end's files, compressed once at build time at brotli's best (`make build`):
    // they are cached for a year, but every first visit pays their size.
    let pkg = std::path::Path::new(&*options.site_root).join(&*options.site_pkg_dir);
    let assets = ServeDir::new(pkg).precompressed_br().precompressed_gzip();
    Router::new()
        .route("/healthz", get(move || healthz(for_health.clone())))
        .nest_service(&format!("/{}", options.site_pkg_dir), assets)
        .merge(history)
        .merge(compliance)
        .merge(files)
        .merge(mail)
        .route("/api/{*rest}", any(api_not_found))
        .leptos_routes_with_context(&options, routes, move || page_context(&for_pages), {
            let options = options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context(
            move || page_context(&for_fallback),
            shell,
        ))
        .with_state(options)
        .layer(middleware::from_fn(api_error_status))
        .layer(middleware::from_fn(body::read_bodies))
        .layer(middleware::from_fn_with_state(
            limiter.clone(),
            rate::rate_limit,
        ))
        .layer(middleware::from_fn(messages::add_messages))
        .layer(middleware::from_fn(plain_forms::mark_done))
        .layer(middleware::from_fn_with_state(backend, resolve_request))
        .layer(middleware::from_fn_with_state(
            limiter,
            rate::refuse_known_floods,
        ))
        .layer(middleware::from_fn_with_state(site, guard::request_guard))
        .layer(middleware::from_fn_with_state(
            header_settings,
            headers::security_headers,
        ))
        .layer(CompressionLayer::new())
}

/// What every page render gets: the backend, and this response's script nonce (made by
/// `headers::security_headers`, which names it in the Content-Security-Policy) in place of
/// the one Leptos would make, so the header and the page's scripts agree.
fn page_context(backend: &Backend) {
    provide_context(backend.clone());
    let nonce =
        use_context::<Parts>().and_then(|p| p.extensions.get::<headers::CspNonce>().cloned());
    if let Some(nonce) = nonce {
        provide_context(leptos::nonce::Nonce::from_value(nonce.0));
    }
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

/// An error answer: the code's status and its JSON.
fn error_response(err: &AppError) -> Response {
    let status = StatusCode::from_u16(err.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut res = (status, axum::Json(err)).into_response();
    if let AppError::RateLimited { retry_after } = err {
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(*retry_after));
    }
    res
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
