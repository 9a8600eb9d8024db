//! Every error leaves as RFC 9457 `application/problem+json`. Layering: domain
//! and persistence errors are mapped to `ApiError` once, here; a 5xx body never
//! carries internal text, only the request id that the log line also carries.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, ResponseError};
use persistence::PersistenceError;
use serde::Serialize;
use utoipa::ToSchema;

use crate::request_id::current_request_id;

/// RFC 9457 problem details.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Problem {
    /// A URI reference naming the kind of problem (`about:blank` for plain HTTP statuses).
    #[serde(rename = "type")]
    pub kind: String,
    /// Short, human-readable summary of the kind of problem.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong this time, in plain English.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The request id (also in the `X-Request-Id` header) to quote to support.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Each invalid field, for validation problems.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// One invalid input field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct FieldError {
    /// The field's name as sent, e.g. `email` or `child.date_of_birth`.
    pub field: String,
    /// A stable machine-readable code, e.g. `required`.
    pub code: String,
    /// What to do about it, in plain English.
    pub message: String,
}

impl From<domain::advice::content::FieldProblem> for FieldError {
    fn from(p: domain::advice::content::FieldProblem) -> Self {
        Self {
            field: p.field,
            code: p.code.into(),
            message: p.message,
        }
    }
}

impl ApiError {
    /// 422 naming every field in `problems`; `Ok` when there are none.
    pub fn unless_valid(
        problems: Vec<domain::advice::content::FieldProblem>,
    ) -> Result<(), ApiError> {
        if problems.is_empty() {
            Ok(())
        } else {
            Err(ApiError::Invalid(
                problems.into_iter().map(FieldError::from).collect(),
            ))
        }
    }
}

impl From<domain::people::InvalidValue> for FieldError {
    fn from(v: domain::people::InvalidValue) -> Self {
        Self {
            field: v.field.into(),
            code: v.code.into(),
            message: v.message,
        }
    }
}

pub const PROBLEM_JSON: &str = "application/problem+json";
const TYPE_BASE: &str = "https://ehc-hub.example/problems/";

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("malformed request: {0}")]
    BadRequest(String),
    #[error("not signed in: {detail}")]
    Unauthorized {
        detail: String,
        errors: Vec<FieldError>,
    },
    #[error("forbidden: {0}")]
    Forbidden(String),
    #[error("not found")]
    NotFound,
    /// Refused by the access policy: answered as 404 like anything missing. The
    /// audit entry of the refusal travels with it, so that it can be written
    /// after the transaction the refusal rolled back (`cases::keep_refusals`).
    #[error("not found (refused)")]
    Refused(Box<domain::audit::NewAuditEvent>),
    #[error("method not allowed")]
    MethodNotAllowed { allow: Vec<&'static str> },
    #[error("conflict: {0}")]
    Conflict(String),
    /// Was here and is gone for good (a redacted document); the detail says why.
    #[error("gone: {0}")]
    Gone(String),
    /// A unique value already in use: 409 naming the field.
    #[error("{field} is already used")]
    Taken {
        field: &'static str,
        message: String,
    },
    /// A stale `If-Match`: someone else saved first.
    #[error("stale If-Match")]
    PreconditionFailed,
    /// An update without `If-Match`.
    #[error("If-Match required")]
    PreconditionRequired,
    #[error("payload too large")]
    PayloadTooLarge(usize),
    #[error("unsupported media type")]
    UnsupportedMediaType,
    #[error("validation failed")]
    Invalid(Vec<FieldError>),
    /// An uploaded file refused for what it is: 413 too large, 415 not on the
    /// allow-list, 422 infected, 503 the scanner could not be asked.
    #[error("file refused: {}", .error.code)]
    File {
        status: StatusCode,
        error: FieldError,
    },
    #[error("too many requests")]
    TooManyRequests { retry_after_seconds: u64 },
    #[error("service unavailable: {0}")]
    Unavailable(String),
    #[error("internal error: {0}")]
    Internal(String),
}

impl ApiError {
    fn problem(&self) -> Problem {
        let (kind, title, detail, errors) = match self {
            ApiError::BadRequest(d) => ("about:blank".into(), "Bad request", Some(d.clone()), vec![]),
            ApiError::Unauthorized { detail, errors } => (
                format!("{TYPE_BASE}unauthorized"),
                "Not signed in",
                Some(detail.clone()),
                errors.clone(),
            ),
            ApiError::Forbidden(d) => ("about:blank".into(), "Forbidden", Some(d.clone()), vec![]),
            ApiError::TooManyRequests { retry_after_seconds } => (
                "about:blank".into(),
                "Too many requests",
                Some(format!("Too many attempts from here. Wait {retry_after_seconds} seconds and try again.")),
                vec![],
            ),
            ApiError::NotFound | ApiError::Refused(_) => (
                "about:blank".into(),
                "Not found",
                Some("There is nothing at this address, or you do not have access to it.".into()),
                vec![],
            ),
            ApiError::MethodNotAllowed { allow } => (
                "about:blank".into(),
                "Method not allowed",
                Some(format!("This address accepts {}.", allow.join(", "))),
                vec![],
            ),
            ApiError::Conflict(d) => (format!("{TYPE_BASE}conflict"), "Conflict", Some(d.clone()), vec![]),
            ApiError::Gone(d) => (format!("{TYPE_BASE}gone"), "Gone", Some(d.clone()), vec![]),
            ApiError::Taken { field, message } => (
                format!("{TYPE_BASE}conflict"),
                "Conflict",
                Some(message.clone()),
                vec![FieldError { field: (*field).into(), code: "taken".into(), message: message.clone() }],
            ),
            ApiError::PreconditionFailed => (
                format!("{TYPE_BASE}stale"),
                "Precondition failed",
                Some(
                    "Someone else changed this record after you loaded it. Load it again, check \
                     their change and make yours again."
                        .into(),
                ),
                vec![],
            ),
            ApiError::PreconditionRequired => (
                format!("{TYPE_BASE}precondition-required"),
                "Precondition required",
                Some(
                    "Send If-Match with the ETag from reading the record, so that two people never \
                     overwrite each other's changes."
                        .into(),
                ),
                vec![],
            ),
            ApiError::PayloadTooLarge(limit) => (
                "about:blank".into(),
                "Payload too large",
                Some(format!("The request body must be {limit} bytes or fewer.")),
                vec![],
            ),
            ApiError::UnsupportedMediaType => (
                "about:blank".into(),
                "Unsupported media type",
                Some("Send the request body as application/json.".into()),
                vec![],
            ),
            ApiError::File { error, .. } => (
                format!("{TYPE_BASE}file"),
                "The file cannot be accepted",
                Some(error.message.clone()),
                vec![error.clone()],
            ),
            ApiError::Invalid(errors) => (
                format!("{TYPE_BASE}validation"),
                "Some of the information is not valid",
                Some("Check each field named in errors.".into()),
                errors.clone(),
            ),
            ApiError::Unavailable(_) => (
                format!("{TYPE_BASE}unavailable"),
                "Service unavailable",
                Some("The service cannot reach its database just now. Try again in a minute.".into()),
                vec![],
            ),
            ApiError::Internal(_) => (
                "about:blank".into(),
                "Internal server error",
                Some("Something went wrong on our side. Quote the request id if you contact support.".into()),
                vec![],
            ),
        };
        Problem {
            kind,
            title: title.into(),
            status: self.status_code().as_u16(),
            detail,
            request_id: current_request_id(),
            errors,
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::Unauthorized { .. } => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::NotFound | ApiError::Refused(_) => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::Conflict(_) | ApiError::Taken { .. } => StatusCode::CONFLICT,
            ApiError::Gone(_) => StatusCode::GONE,
            ApiError::PreconditionFailed => StatusCode::PRECONDITION_FAILED,
            ApiError::PreconditionRequired => StatusCode::PRECONDITION_REQUIRED,
            ApiError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::File { status, .. } => *status,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            // The cause is logged here, once, with the request id; the body carries none of it.
            ApiError::Internal(cause) => tracing::error!(%cause, "internal error"),
            ApiError::Unavailable(cause) => tracing::warn!(%cause, "database unavailable"),
            _ => {}
        }
        let mut response = HttpResponse::build(self.status_code());
        response.insert_header((header::CONTENT_TYPE, PROBLEM_JSON));
        response.insert_header((header::CACHE_CONTROL, "no-store"));
        match self {
            ApiError::MethodNotAllowed { allow } => {
                if let Ok(v) = HeaderValue::from_str(&allow.join(", ")) {
                    response.insert_header((header::ALLOW, v));
                }
            }
            ApiError::Unavailable(_) => {
                response.insert_header((header::RETRY_AFTER, "30"));
            }
            ApiError::TooManyRequests {
                retry_after_seconds,
            } => {
                response.insert_header((header::RETRY_AFTER, retry_after_seconds.to_string()));
            }
            _ => {}
        }
        response.json(self.problem())
    }
}

impl From<PersistenceError> for ApiError {
    fn from(err: PersistenceError) -> Self {
        match err {
            PersistenceError::NotFound => ApiError::NotFound,
            PersistenceError::Conflict(c) => ApiError::Conflict(c),
            PersistenceError::Unavailable(c) => ApiError::Unavailable(c),
            PersistenceError::Database(c) => ApiError::Internal(c),
        }
    }
}

impl ApiError {
    /// A 422 naming one field.
    pub fn invalid(field: &str, code: &str, message: impl Into<String>) -> Self {
        ApiError::Invalid(vec![FieldError {
            field: field.into(),
            code: code.into(),
            message: message.into(),
        }])
    }
}

impl From<actix_web::error::BlockingError> for ApiError {
    fn from(err: actix_web::error::BlockingError) -> Self {
        ApiError::Internal(err.to_string())
    }
}

/// Runs blocking database work off the async executor and flattens its errors.
pub async fn blocking<T, F>(f: F) -> Result<T, ApiError>
where
    F: FnOnce() -> Result<T, ApiError> + Send + 'static,
    T: Send + 'static,
{
    actix_web::web::block(f).await?
}

/// The extractor configurations that make actix's own 400/413/415 answers problem+json.
pub mod extractors {
    use actix_web::error::{JsonPayloadError, PathError, QueryPayloadError};
    use actix_web::{Error, HttpRequest, web};

    use super::ApiError;

    pub fn json(limit: usize) -> web::JsonConfig {
        web::JsonConfig::default().limit(limit).error_handler(
            move |err, _req: &HttpRequest| -> Error {
                match err {
                    JsonPayloadError::Overflow { .. }
                    | JsonPayloadError::OverflowKnownLength { .. } => {
                        ApiError::PayloadTooLarge(limit).into()
                    }
                    JsonPayloadError::ContentType => ApiError::UnsupportedMediaType.into(),
                    JsonPayloadError::Deserialize(e) => {
                        ApiError::BadRequest(format!("The request body is not valid: {e}")).into()
                    }
                    other => ApiError::BadRequest(other.to_string()).into(),
                }
            },
        )
    }

    pub fn query() -> web::QueryConfig {
        web::QueryConfig::default().error_handler(|err: QueryPayloadError, _req| {
            ApiError::BadRequest(format!("The query string is not valid: {err}")).into()
        })
    }

    pub fn path() -> web::PathConfig {
        web::PathConfig::default().error_handler(|err: PathError, _req| {
            ApiError::BadRequest(format!("The address is not valid: {err}")).into()
        })
    }
}
