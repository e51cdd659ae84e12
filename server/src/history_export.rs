//! `GET /api/communities/history?slug=S&format=csv|json&from=YYYY-MM-DD&to=YYYY-MM-DD`: the
//! insider list of a community. A plain handler rather than a server function because the
//! CSV answer is a file download, not JSON. It calls one service, like every endpoint.

use app::error::AppError;
use app::i18n::I18n;
use app::server::community::history::{insider_csv, insider_list, parse_range};
use app::server::ctx::{Backend, RequestCtx};
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct HistoryQuery {
    #[serde(default)]
    slug: String,
    #[serde(default)]
    format: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

/// The insider list as CSV (`format=csv`) or as JSON `{"items": [...]}`.
pub async fn history(
    State(backend): State<Backend>,
    Extension(ctx): Extension<RequestCtx>,
    Query(q): Query<HistoryQuery>,
) -> Response {
    match answer(&backend, &ctx, &q).await {
        Ok(res) => res,
        Err(err) => {
            let status =
                StatusCode::from_u16(err.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (status, Json(err)).into_response()
        }
    }
}

async fn answer(
    backend: &Backend,
    ctx: &RequestCtx,
    q: &HistoryQuery,
) -> Result<Response, AppError> {
    let (from, until) = parse_range(&q.from, &q.to)?;
    let periods = insider_list(backend, ctx, &q.slug, from, until).await?;
    match q.format.as_str() {
        "csv" => {
            let csv = insider_csv(&periods, &I18n::new(ctx.ui_lang));
            let mut res = csv.into_response();
            let headers = res.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            );
            // The slug of a restricted community is random, so the file name names no client.
            let name = format!(
                "attachment; filename=\"insider-list-{}.csv\"",
                safe(&q.slug)
            );
            if let Ok(v) = HeaderValue::from_str(&name) {
                headers.insert(header::CONTENT_DISPOSITION, v);
            }
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            Ok(res)
        }
        "" | "json" => {
            let mut res = Json(serde_json::json!({ "items": periods })).into_response();
            // An insider list is not to be kept in any cache.
            res.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            Ok(res)
        }
        _ => Err(AppError::InvalidRequest {
            detail: "format".into(),
        }),
    }
}

fn safe(slug: &str) -> String {
    slug.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(80)
        .collect()
}
