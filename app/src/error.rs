//! `AppError`: the one set of error codes shared by the browser and the server.
//!
//! Every failure a caller can see is one of these variants. They serialise as
//! `{"code": "snake_case_code", ...}` and each maps to one HTTP status in [`AppError::status`].
//! Internal faults carry only a reference id that is also in the server log; no database or
//! internal error text is ever put into a variant.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// One field that failed validation, with a stable code the UI translates
/// (`error-field-<code>`), and the limit when the code is about a length or a count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

impl FieldError {
    pub fn new(field: &str, code: &str) -> Self {
        Self {
            field: field.to_owned(),
            code: code.to_owned(),
            limit: None,
        }
    }

    pub fn with_limit(field: &str, code: &str, limit: u32) -> Self {
        Self {
            field: field.to_owned(),
            code: code.to_owned(),
            limit: Some(limit),
        }
    }
}

/// What an `edit_conflict` carries: the page as it is now and what the editor sent, so no
/// text is lost; the server also keeps the editor's text, merged with the page, at
/// `merge_path`. (The texts default to empty: a form posted without JavaScript gets this
/// error back in its address without them, and finds them at `merge_path`.)
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    pub current_version: i64,
    #[serde(default)]
    pub current_title: String,
    #[serde(default)]
    pub current_body: String,
    #[serde(default)]
    pub your_title: String,
    #[serde(default)]
    pub your_body: String,
    #[serde(default)]
    pub merge_path: String,
}

/// The error codes of the public API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum AppError {
    /// Not logged in, or the session has ended.
    #[error("unauthenticated")]
    Unauthenticated,
    /// E-mail and password do not match an active account (the same answer for every cause).
    #[error("invalid credentials")]
    InvalidCredentials,
    /// Logged in, but this action is not allowed (used only where existence is no secret).
    #[error("forbidden")]
    Forbidden,
    /// A request that relies on the session cookie came from another site (its `Origin` is
    /// missing, `null` or not this site's).
    #[error("cross origin")]
    CrossOrigin,
    /// The thing does not exist, or the caller may not know that it exists.
    #[error("not found")]
    NotFound,
    /// Too many attempts; try again after `retry_after` seconds.
    #[error("rate limited")]
    RateLimited { retry_after: u64 },
    /// The input was understood but some fields are not acceptable.
    #[error("validation failed")]
    ValidationFailed { fields: Vec<FieldError> },
    /// An account with this e-mail address exists already.
    #[error("e-mail taken")]
    EmailTaken,
    /// The current password given to confirm a change was wrong.
    #[error("wrong current password")]
    WrongPassword,
    /// A restricted community is full: `cap` people may be members.
    #[error("member cap reached")]
    MemberCapReached { cap: i64 },
    /// The person is a member of the community already.
    #[error("already a member")]
    AlreadyMember,
    /// The change would leave the community without an owner.
    #[error("last owner")]
    LastOwner,
    /// The community is archived and read-only.
    #[error("community archived")]
    CommunityArchived,
    /// The topic is locked: no more replies.
    #[error("locked")]
    Locked,
    /// A question without an accepted answer cannot be kept in the wiki yet.
    #[error("not answered")]
    NotAnswered,
    /// A wiki page changed after the version the edit started from, so nothing was saved:
    /// the page as it is now and what the editor sent both come back (see [`Conflict`]).
    #[error("edit conflict")]
    EditConflict(Box<Conflict>),
    /// A watched client's name is in the text and may not be written here: nothing was
    /// saved, and each match says which field holds it and where (see `model::guard::GuardMatch`).
    #[error("client name")]
    ClientName {
        matches: Vec<crate::model::guard::GuardMatch>,
    },
    /// A watched client's name is in the text, and the organisation holds such writes for a
    /// compliance officer to release or reject: it waits in the queue as `id`.
    #[error("held for review")]
    HeldForReview { id: i64 },
    /// The request could not be read (malformed JSON, missing argument).
    #[error("invalid request")]
    InvalidRequest {
        #[serde(default)]
        detail: String,
    },
    /// An uploaded file is larger than the organisation allows (`limit` bytes); nothing of
    /// it was kept.
    #[error("file too large")]
    FileTooLarge { limit: u64 },
    /// The upload does not fit in what is left of the community's quota (`quota` bytes
    /// left); nothing of it was kept.
    #[error("quota exceeded")]
    QuotaExceeded { quota: u64 },
    /// The body is larger than the server accepts (`limit` bytes).
    #[error("payload too large")]
    PayloadTooLarge { limit: u64 },
    /// The body is of a type this endpoint does not read (JSON endpoints read
    /// `application/json`, and same-site HTML forms).
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// The address (path and query) is longer than the server accepts.
    #[error("uri too long")]
    UriTooLong,
    /// The request's headers are larger than the server accepts.
    #[error("headers too large")]
    HeadersTooLarge,
    /// The endpoint exists but not for this method.
    #[error("method not allowed")]
    MethodNotAllowed,
    /// A query parameter was given more than once; `name` is which.
    #[error("duplicate parameter")]
    DuplicateParameter { name: String },
    /// The browser could not reach the server.
    #[error("network")]
    Network,
    /// A fault on the server; `reference` is in the server log.
    #[error("internal error {reference}")]
    Internal { reference: String },
}

impl AppError {
    /// The stable code, as sent in the `code` field.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unauthenticated => "unauthenticated",
            Self::InvalidCredentials => "invalid_credentials",
            Self::Forbidden => "forbidden",
            Self::CrossOrigin => "cross_origin",
            Self::NotFound => "not_found",
            Self::RateLimited { .. } => "rate_limited",
            Self::ValidationFailed { .. } => "validation_failed",
            Self::EmailTaken => "email_taken",
            Self::WrongPassword => "wrong_password",
            Self::MemberCapReached { .. } => "member_cap_reached",
            Self::AlreadyMember => "already_member",
            Self::LastOwner => "last_owner",
            Self::CommunityArchived => "community_archived",
            Self::Locked => "locked",
            Self::NotAnswered => "not_answered",
            Self::EditConflict(_) => "edit_conflict",
            Self::ClientName { .. } => "client_name",
            Self::HeldForReview { .. } => "held_for_review",
            Self::InvalidRequest { .. } => "invalid_request",
            Self::PayloadTooLarge { .. } => "payload_too_large",
            Self::FileTooLarge { .. } => "file_too_large",
            Self::QuotaExceeded { .. } => "quota_exceeded",
            Self::UnsupportedMediaType => "unsupported_media_type",
            Self::UriTooLong => "uri_too_long",
            Self::HeadersTooLarge => "headers_too_large",
            Self::MethodNotAllowed => "method_not_allowed",
            Self::DuplicateParameter { .. } => "duplicate_parameter",
            Self::Network => "network",
            Self::Internal { .. } => "internal",
        }
    }

    /// The HTTP status for this error.
    pub fn status(&self) -> u16 {
        Self::status_for_code(self.code())
    }

    /// The HTTP status for a code; the server's response layer uses it to set the status of
    /// every error answer in one place.
    pub fn status_for_code(code: &str) -> u16 {
        match code {
            "unauthenticated" | "invalid_credentials" => 401,
            "forbidden" | "cross_origin" => 403,
            "not_found" => 404,
            "email_taken" | "member_cap_reached" | "already_member" | "last_owner"
            | "community_archived" | "locked" | "edit_conflict" => 409,
            "validation_failed" | "wrong_password" | "not_answered" | "client_name" => 422,
            // Taken, not done: the write waits for a compliance officer.
            "held_for_review" => 202,
            "invalid_request" | "duplicate_parameter" => 400,
            "method_not_allowed" => 405,
            "payload_too_large" | "file_too_large" | "quota_exceeded" => 413,
            "uri_too_long" => 414,
            "unsupported_media_type" => 415,
            "headers_too_large" => 431,
            "rate_limited" => 429,
            _ => 500,
        }
    }

    /// The Fluent message id that explains this error to a person.
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Unauthenticated => "error-unauthenticated",
            Self::InvalidCredentials => "error-invalid-credentials",
            Self::Forbidden => "error-forbidden",
            Self::CrossOrigin => "error-cross-origin",
            Self::NotFound => "error-not-found",
            Self::RateLimited { .. } => "error-rate-limited",
            Self::ValidationFailed { .. } => "error-validation-failed",
            Self::EmailTaken => "error-email-taken",
            Self::WrongPassword => "error-wrong-password",
            Self::MemberCapReached { .. } => "error-member-cap-reached",
            Self::AlreadyMember => "error-already-member",
            Self::LastOwner => "error-last-owner",
            Self::CommunityArchived => "error-community-archived",
            Self::Locked => "error-locked",
            Self::NotAnswered => "error-not-answered",
            Self::EditConflict(_) => "error-edit-conflict",
            Self::ClientName { .. } => "error-client-name",
            Self::HeldForReview { .. } => "error-held-for-review",
            Self::InvalidRequest { .. } => "error-invalid-request",
            Self::PayloadTooLarge { .. } => "error-payload-too-large",
            Self::FileTooLarge { .. } => "error-file-too-large",
            Self::QuotaExceeded { .. } => "error-quota-exceeded",
            Self::UnsupportedMediaType => "error-unsupported-media-type",
            Self::UriTooLong => "error-uri-too-long",
            Self::HeadersTooLarge => "error-headers-too-large",
            Self::MethodNotAllowed => "error-method-not-allowed",
            Self::DuplicateParameter { .. } => "error-duplicate-parameter",
            Self::Network => "error-network",
            Self::Internal { .. } => "error-internal",
        }
    }

    pub fn validation(fields: Vec<FieldError>) -> Self {
        Self::ValidationFailed { fields }
    }

    /// The error as it travels in an address, back to the page of a form posted without
    /// JavaScript: without the texts it may carry (a page's whole text would make the
    /// address too long to load; the page finds them again at the error's `merge_path`).
    pub fn for_address(self) -> Self {
        match self {
            Self::EditConflict(c) => Self::EditConflict(Box::new(Conflict {
                current_version: c.current_version,
                merge_path: c.merge_path,
                ..Conflict::default()
            })),
            other => other,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(detail)
            | ServerFnErrorErr::MissingArg(detail)
            | ServerFnErrorErr::Deserialization(detail) => Self::InvalidRequest { detail },
            ServerFnErrorErr::Request(_) => Self::Network,
            // Anything else is a fault of ours; the text is not passed on.
            _ => Self::Internal {
                reference: String::new(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_a_code_with_fields() {
        let json = serde_json::to_value(AppError::RateLimited { retry_after: 30 }).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "rate_limited", "retry_after": 30})
        );
        let json = serde_json::to_value(AppError::InvalidCredentials).unwrap();
        assert_eq!(json, serde_json::json!({"code": "invalid_credentials"}));
    }

    #[test]
    fn every_code_matches_its_serialised_tag_and_status() {
        let all = [
            (AppError::Unauthenticated, 401),
            (AppError::InvalidCredentials, 401),
            (AppError::Forbidden, 403),
            (AppError::CrossOrigin, 403),
            (AppError::NotFound, 404),
            (AppError::PayloadTooLarge { limit: 1 }, 413),
            (AppError::FileTooLarge { limit: 1 }, 413),
            (AppError::QuotaExceeded { quota: 1 }, 413),
            (AppError::UnsupportedMediaType, 415),
            (AppError::UriTooLong, 414),
            (AppError::HeadersTooLarge, 431),
            (AppError::MethodNotAllowed, 405),
            (AppError::DuplicateParameter { name: "q".into() }, 400),
            (AppError::RateLimited { retry_after: 1 }, 429),
            (AppError::validation(vec![]), 422),
            (AppError::EmailTaken, 409),
            (AppError::WrongPassword, 422),
            (AppError::MemberCapReached { cap: 30 }, 409),
            (AppError::AlreadyMember, 409),
            (AppError::LastOwner, 409),
            (AppError::CommunityArchived, 409),
            (AppError::Locked, 409),
            (AppError::NotAnswered, 422),
            (AppError::EditConflict(Box::default()), 409),
            (
                AppError::InvalidRequest {
                    detail: String::new(),
                },
                400,
            ),
            (
                AppError::Internal {
                    reference: "x".into(),
                },
                500,
            ),
        ];
        for (err, status) in all {
            let json = serde_json::to_value(&err).unwrap();
            assert_eq!(json["code"], err.code());
            assert_eq!(err.status(), status, "{}", err.code());
        }
    }

    #[test]
    fn argument_errors_become_invalid_request_and_faults_hide_their_text() {
        let e =
            AppError::from_server_fn_error(ServerFnErrorErr::Args("missing field `email`".into()));
        assert_eq!(e.code(), "invalid_request");
        let e =
            AppError::from_server_fn_error(ServerFnErrorErr::ServerError("db down: secret".into()));
        assert_eq!(
            e,
            AppError::Internal {
                reference: String::new()
            }
        );
    }
}
