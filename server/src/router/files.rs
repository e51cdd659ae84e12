//! `POST /api/files/upload`, `GET /files/{id}/{version}/{name}`,
//! `GET /thumbnails/{id}/{version}` and `GET /inbox/attachments/{id}/{name}` (what came
//! attached to mail in a shared inbox): the endpoints that stream or send bytes, so they are
//! plain handlers rather than server functions. Each parses its request and calls its
//! service (files, inbox), which decides everything.
//!
//! An upload is a multipart form (from the browser's own form too, without JavaScript):
//! `community_slug` or none (one's own files), `folder_id`, `replace_id` for a new version,
//! `description`, `lang`, `tags` (comma-separated), then `file`. The fields before `file` are
//! read first; the service checks the upload before its bytes are written, and the bytes go
//! to disk as they arrive, never whole into memory. A download is always an attachment with
//! `nosniff` and a sandboxing policy, whatever the file holds.

use app::error::{AppError, FieldError};
use app::model::files::Uploaded;
use app::server::ctx::{Backend, RequestCtx};
use app::server::files::service::{
    Download, UploadTarget, download as find_download, finish_upload, prepare_upload,
};
use app::server::settings::max_upload_bytes;
use axum::Extension;
use axum::body::Body;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::error_response;

/// The longest text field an upload form may carry.
const MAX_FIELD: usize = 8 * 1024;
/// Room for the form's other fields and boundaries around the file itself.
const FORM_OVERHEAD: u64 = 64 * 1024;

fn invalid(detail: &str) -> AppError {
    AppError::InvalidRequest {
        detail: detail.to_owned(),
    }
}

/// Receives an upload.
pub async fn upload(
    State(backend): State<Backend>,
    Extension(ctx): Extension<RequestCtx>,
    headers: HeaderMap,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    let answer = match multipart {
        Ok(multipart) => receive(&backend, &ctx, &headers, multipart).await,
        Err(_) => Err(AppError::UnsupportedMediaType),
    };
    match (answer, super::plain_forms::way_back(&headers)) {
        (Ok(up), None) => axum::Json(up).into_response(),
        (Err(e), None) => error_response(&e),
        // A form posted without JavaScript goes back to its page, with the error in the
        // address when there is one (as server functions answer a plain form).
        (Ok(_), Some(back)) => super::plain_forms::see_other(&back),
        (Err(e), Some(back)) => super::plain_forms::back_with_error(&back, "/api/files/upload", &e),
    }
}

async fn text(field: axum::extract::multipart::Field<'_>) -> Result<String, AppError> {
    let bytes = field.bytes().await.map_err(|_| invalid("form"))?;
    if bytes.len() > MAX_FIELD {
        return Err(AppError::PayloadTooLarge {
            limit: MAX_FIELD as u64,
        });
    }
    String::from_utf8(bytes.to_vec()).map_err(|_| invalid("form"))
}

fn number(value: &str, field: &str) -> Result<Option<i64>, AppError> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    v.parse()
        .map(Some)
        .map_err(|_| AppError::validation(vec![FieldError::new(field, "invalid")]))
}

async fn receive(
    backend: &Backend,
    ctx: &RequestCtx,
    headers: &HeaderMap,
    mut multipart: Multipart,
) -> Result<Uploaded, AppError> {
    ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    // An upload that says it is larger than the limit is refused before a byte is read.
    let limit = max_upload_bytes(&backend.db)
        .await
        .map_err(AppError::from)?;
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit + FORM_OVERHEAD) {
        return Err(AppError::FileTooLarge { limit });
    }
    let mut target = UploadTarget::default();
    while let Some(field) = multipart.next_field().await.map_err(|_| invalid("form"))? {
        let name = field.name().unwrap_or_default().to_owned();
        match name.as_str() {
            "community_slug" => target.community_slug = Some(text(field).await?),
            "folder_id" => target.folder_id = number(&text(field).await?, "folder_id")?,
            "replace_id" => target.replace_id = number(&text(field).await?, "replace_id")?,
            "description" => target.description = text(field).await?,
            "lang" => target.lang = text(field).await?,
            "tags" => {
                target.tags = text(field)
                    .await?
                    .split(',')
                    .map(|t| t.trim().to_owned())
                    .filter(|t| !t.is_empty())
                    .collect();
            }
            "file" => return store(backend, ctx, target, field).await,
            _ => {}
        }
    }
    Err(AppError::validation(vec![FieldError::new(
        "file", "required",
    )]))
}

async fn store(
    backend: &Backend,
    ctx: &RequestCtx,
    target: UploadTarget,
    mut field: axum::extract::multipart::Field<'_>,
) -> Result<Uploaded, AppError> {
    let file_name = field.file_name().unwrap_or_default().to_owned();
    // A browser sends an empty file part when no file was chosen.
    if file_name.is_empty() {
        return Err(AppError::validation(vec![FieldError::new(
            "file", "required",
        )]));
    }
    let plan = prepare_upload(backend, ctx, target)
        .await
        .map_err(AppError::from)?;
    let mut incoming = backend
        .files
        .begin(plan.limit)
        .await
        .map_err(AppError::from)?;
    while let Some(chunk) = field.chunk().await.map_err(|_| invalid("file"))? {
        incoming.write(&chunk).await.map_err(AppError::from)?;
    }
    finish_upload(backend, ctx, plan, incoming, &file_name)
        .await
        .map_err(AppError::from)
}

/// Sends one version of a file.
pub async fn download(
    State(backend): State<Backend>,
    Extension(ctx): Extension<RequestCtx>,
    Path((id, version, _name)): Path<(String, String, String)>,
) -> Response {
    // Ids that are not numbers name nothing: the same answer as any other missing file.
    let (Ok(id), Ok(version)) = (id.parse::<i64>(), version.parse::<i64>()) else {
        return error_response(&AppError::NotFound);
    };
    match find_download(&backend, &ctx, id, version).await {
        Ok(found) => send(found).await,
        Err(e) => error_response(&AppError::from(e)),
    }
}

/// Sends a file that came attached to mail in a shared inbox (its members only).
pub async fn inbox_attachment(
    State(backend): State<Backend>,
    Extension(ctx): Extension<RequestCtx>,
    Path((id, _name)): Path<(String, String)>,
) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return error_response(&AppError::NotFound);
    };
    match app::server::inbox::service::attachment(&backend, &ctx, id).await {
        Ok(found) => send(found).await,
        Err(e) => error_response(&AppError::from(e)),
    }
}

/// Streams stored bytes as an attachment that no browser renders as a page of this site.
async fn send(found: Download) -> Response {
    let Ok(file) = tokio::fs::File::open(&found.path).await else {
        return error_response(&AppError::NotFound);
    };
    let body = Body::from_stream(tokio_util::io::ReaderStream::new(file));
    let mut res = body.into_response();
    let h = res.headers_mut();
    let mime = HeaderValue::from_str(&found.mime)
        .unwrap_or_else(|_| HeaderValue::from_static("application/octet-stream"));
    h.insert(header::CONTENT_TYPE, mime);
    h.insert(
        header::CONTENT_LENGTH,
        HeaderValue::from(found.size.max(0) as u64),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'; sandbox"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    // Sent as stored: compressing a large download would hold a core for nothing (most kept
    // files are compressed already), and the compression layer leaves an encoded answer be.
    h.insert(
        header::CONTENT_ENCODING,
        HeaderValue::from_static("identity"),
    );
    if let Ok(v) = HeaderValue::from_str(&attachment(&found.name)) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

/// Sends a version's server-made thumbnail (a PNG this server encoded, so it may be shown
/// inline).
pub async fn thumbnail(
    State(backend): State<Backend>,
    Extension(ctx): Extension<RequestCtx>,
    Path((id, version)): Path<(String, String)>,
) -> Response {
    let (Ok(id), Ok(version)) = (id.parse::<i64>(), version.parse::<i64>()) else {
        return error_response(&AppError::NotFound);
    };
    let path = match app::server::files::service::thumbnail(&backend, &ctx, id, version).await {
        Ok(p) => p,
        Err(e) => return error_response(&AppError::from(e)),
    };
    let Ok(bytes) = tokio::fs::read(&path).await else {
        return error_response(&AppError::NotFound);
    };
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/png"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'; sandbox"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=3600"),
    );
    res
}

/// `attachment` with the name twice: plain ASCII for old clients, and UTF-8 (RFC 5987).
fn attachment(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!(
        "attachment; filename=\"{ascii}\"; filename*=UTF-8''{}",
        app::model::site_path::encode_query_value(name)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_download_names_its_file_safely_in_both_forms() {
        assert_eq!(
            attachment("Årsplan \"2027\".pdf"),
            "attachment; filename=\"_rsplan _2027_.pdf\"; filename*=UTF-8''%C3%85rsplan%20%222027%22.pdf"
        );
        assert!(!attachment("a\r\nb").contains('\n'));
    }
}
