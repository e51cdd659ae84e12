//! The compliance officer's files: `GET /api/compliance/watchlist/export` (CSV),
//! `POST /api/compliance/watchlist/import` (a CSV file as `multipart/form-data`, field
//! `file`) and `GET /api/compliance/audit?…&format=csv|json`. Plain handlers because their
//! answers or bodies are files; each calls one service, like every endpoint.

use app::error::AppError;
use app::server::compliance::trail::{TrailQuery, csv_export, page};
use app::server::compliance::watchlist::{export_csv, import_csv};
use app::server::ctx::{Backend, RequestCtx};
use axum::extract::{Multipart, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::Deserialize;

/// The largest watchlist file taken (about 200,000 names with aliases).
pub const MAX_IMPORT_BYTES: usize = 16 << 20;

fn failure(err: AppError) -> Response {
    let status = StatusCode::from_u16(err.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, Json(err)).into_response()
}

fn csv_file(body: String, name: &str) -> Response {
    let mut res = body.into_response();
    let headers = res.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// The whole watchlist as CSV.
pub async fn watchlist_export(
    State(backend): State<Backend>,
    Extension(ctx): Extension<RequestCtx>,
) -> Response {
    match export_csv(&backend, &ctx).await {
        Ok(body) => csv_file(body, "watchlist.csv"),
        Err(e) => failure(e.into()),
    }
}

/// Entries from a CSV file: `{"created", "updated", "problems": [{"line", "code"}]}`;
/// nothing is saved when there is a problem. The browser's own form (without a script) is
/// sent back to its page with `imported=C-U`, or `import_problems=LINE:CODE,…` (the first
/// 50), or the error, in the address.
pub async fn watchlist_import(
    State(backend): State<Backend>,
    Extension(ctx): Extension<RequestCtx>,
    headers: HeaderMap,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    let text = match multipart {
        Ok(m) => read_file(m).await,
        Err(_) => Err(AppError::UnsupportedMediaType),
    };
    let answer = match text {
        Ok(text) => import_csv(&backend, &ctx, &text)
            .await
            .map_err(AppError::from),
        Err(e) => Err(e),
    };
    let Some(back) = crate::router::plain_forms::way_back(&headers) else {
        return match answer {
            Ok(report) => Json(report).into_response(),
            Err(e) => failure(e),
        };
    };
    match answer {
        Ok(report) => {
            let (key, value) = if report.problems.is_empty() {
                ("imported", format!("{}-{}", report.created, report.updated))
            } else {
                let lines: Vec<String> = report
                    .problems
                    .iter()
                    .take(50)
                    .map(|p| format!("{}:{}", p.line, p.code))
                    .collect();
                ("import_problems", lines.join(","))
            };
            let drop = ["imported", "import_problems", "__path", "__err"];
            crate::router::plain_forms::see_other(&app::model::site_path::with_query_pair(
                &back, key, &value, &drop,
            ))
        }
        Err(e) => crate::router::plain_forms::back_with_error(
            &back,
            "/api/compliance/watchlist/import",
            &e,
        ),
    }
}

/// The text of the form's `file` field: UTF-8 (a byte-order mark allowed), at most
/// [`MAX_IMPORT_BYTES`].
async fn read_file(mut m: Multipart) -> Result<String, AppError> {
    let invalid = || AppError::validation(vec![app::error::FieldError::new("file", "required")]);
    while let Some(mut field) = m.next_field().await.map_err(|_| invalid())? {
        if field.name() != Some("file") {
            continue;
        }
        let mut bytes: Vec<u8> = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(|_| invalid())? {
            if bytes.len() + chunk.len() > MAX_IMPORT_BYTES {
                return Err(AppError::FileTooLarge {
                    limit: MAX_IMPORT_BYTES as u64,
                });
            }
            bytes.extend_from_slice(&chunk);
        }
        return String::from_utf8(bytes).map_err(|_| {
            AppError::validation(vec![app::error::FieldError::new("file", "not_utf8")])
        });
    }
    Err(invalid())
}

#[derive(Debug, Deserialize)]
pub struct AuditQuery {
    #[serde(default)]
    community_slug: Option<String>,
    #[serde(default)]
    user_id: Option<i64>,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    cursor: Option<String>,
    #[serde(default)]
    format: String,
}

/// The audit trail for a community, a person or a time range: JSON pages, or one CSV file.
pub async fn audit(
    State(backend): State<Backend>,
    Extension(ctx): Extension<RequestCtx>,
    query: Result<Query<AuditQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let Ok(Query(q)) = query else {
        return failure(AppError::InvalidRequest {
            detail: "query".into(),
        });
    };
    let tq = TrailQuery {
        community_slug: q.community_slug.as_deref(),
        user_id: q.user_id,
        from: &q.from,
        to: &q.to,
        cursor: q.cursor.as_deref(),
    };
    let answer = match q.format.as_str() {
        "csv" => csv_export(&backend, &ctx, &tq)
            .await
            .map(|body| csv_file(body, "audit-trail.csv")),
        "" | "json" => page(&backend, &ctx, &tq).await.map(|p| {
            let mut res = Json(p).into_response();
            res.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            res
        }),
        _ => {
            return failure(AppError::InvalidRequest {
                detail: "format".into(),
            });
        }
    };
    answer.unwrap_or_else(|e| failure(e.into()))
}
