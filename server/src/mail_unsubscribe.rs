//! The one-click unsubscribe of RFC 8058: every mail carries `List-Unsubscribe:
//! <https://…/mail/unsubscribe/TOKEN>` and `List-Unsubscribe-Post: List-Unsubscribe=One-Click`;
//! a mail program that offers "unsubscribe" posts `List-Unsubscribe=One-Click` to that address,
//! without a cookie, and the holder of the token gets no more mail. The same address opened in
//! a browser (GET) is the page that asks first (`ui::pages::mail_unsubscribe`).

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use app::error::AppError;
use app::server::ctx::Backend;

/// `POST /mail/unsubscribe/{token}`: stops the token holder's mail. A browser's form is sent
/// on to the page, which says it is done; a mail program gets 200.
pub async fn one_click(
    State(backend): State<Backend>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Response {
    match app::server::mail::prefs::unsubscribe(&backend, &token).await {
        Ok(_) => {
            if crate::router::plain_forms::way_back(&headers).is_some() {
                let token = app::model::site_path::encode_query_value(&token);
                return crate::router::plain_forms::see_other(&format!(
                    "/mail/unsubscribe/{token}?done=1"
                ));
            }
            (StatusCode::OK, "unsubscribed\n").into_response()
        }
        Err(e) => {
            let err = AppError::from(e);
            let status =
                StatusCode::from_u16(err.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (status, axum::Json(err)).into_response()
        }
    }
}
