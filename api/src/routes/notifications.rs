//! Notifications over HTTP: GOV.UK Notify's delivery receipts, and the
//! administrators' view of the local mailbox and of messages that failed for good.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::{DateTime, Utc};
use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
use persistence::outbox::{self, OutboxMessage, Receipt};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::auth::SignedIn;
use crate::auth::crypto::same;
use crate::problem::{ApiError, Problem, blocking};
use crate::state::AppState;

/// A delivery receipt as GOV.UK Notify posts it. Fields we do not use are allowed.
#[derive(Deserialize, ToSchema)]
pub struct DeliveryReceipt {
    /// Notify's id of the notification.
    pub id: String,
    /// `delivered`, `permanent-failure`, `temporary-failure` or `technical-failure`.
    pub status: String,
    pub reference: Option<String>,
}

/// Delivery receipts from GOV.UK Notify, authenticated by our bearer token. Idempotent on the notification id.
#[utoipa::path(
    tag = "notifications",
    operation_id = "receive_delivery_receipt",
    security(("notify_callback" = [])),
    request_body = DeliveryReceipt,
    responses(
        (status = 204, description = "Recorded (or already recorded)"),
        (status = 401, description = "Missing or wrong bearer token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No message with that notification id", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unknown status", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/notifications/receipts")]
pub async fn receive_delivery_receipt(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<DeliveryReceipt>,
) -> Result<HttpResponse, ApiError> {
    let expected = &state.settings.notify.callback_token;
    let given = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    if expected.is_empty() || !same(given, expected) {
        return Err(ApiError::Unauthorized {
            detail: "A valid callback token is required.".into(),
            errors: vec![],
        });
    }
    let receipt = body.into_inner();
    let outcome = match receipt.status.as_str() {
        "delivered" => Receipt::Delivered,
        "permanent-failure" => Receipt::Failed {
            reason: "permanent-failure",
        },
        "temporary-failure" => Receipt::Failed {
            reason: "temporary-failure",
        },
        "technical-failure" => Receipt::Failed {
            reason: "technical-failure",
        },
        // Notify's interim states: nothing to record yet.
        "sending" | "created" | "pending" | "sent" => return Ok(HttpResponse::NoContent().finish()),
        _ => {
            return Err(ApiError::invalid(
                "status",
                "unknown_status",
                "Not a GOV.UK Notify status",
            ));
        }
    };
    let db = state.db.clone();
    let now = state.now();
    blocking(move || {
        let mut c = db.conn()?;
        outbox::record_receipt(&mut c, &receipt.id, outcome, now)?;
        Ok(())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// A message as the mailbox shows it.
#[derive(Serialize, ToSchema)]
pub struct MailboxMessage {
    pub id: String,
    /// `email` or `sms`.
    pub channel: String,
    pub recipient: String,
    pub template_key: String,
    pub subject: String,
    pub body: String,
    /// `pending`, `sending`, `sent`, `delivered` or `failed_permanently`.
    pub status: String,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
}

impl From<OutboxMessage> for MailboxMessage {
    fn from(m: OutboxMessage) -> Self {
        Self {
            id: m.id,
            channel: m.channel,
            recipient: m.recipient,
            template_key: m.template_key,
            subject: m.subject,
            body: m.body,
            status: m.status,
            attempts: m.attempts,
            last_error: m.last_error,
            created_at: m.created_at.and_utc(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct MailboxPage {
    pub items: Vec<MailboxMessage>,
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct MailboxQuery {
    /// Only messages to this email address or phone number.
    pub to: Option<String>,
    /// How many, newest first (1 to 100, default 25).
    pub limit: Option<i64>,
}

async fn read_messages(
    state: &web::Data<AppState>,
    signed_in: &SignedIn,
    action: &'static str,
    load: impl FnOnce(
        &mut persistence::DbConnection,
    ) -> Result<Vec<OutboxMessage>, persistence::PersistenceError>
    + Send
    + 'static,
) -> Result<web::Json<MailboxPage>, ApiError> {
    signed_in.require_administrator("Only administrators can read the mailbox.")?;
    let db = state.db.clone();
    let now = state.now();
    let admin = signed_in.user.id.to_string();
    let request_id = crate::request_id::current_request_id();
    let items = blocking(move || {
        let mut c = db.conn()?;
        let event = NewAuditEvent::new(AuditActor::User(admin), action, AuditOutcome::Success)
            .request_id(request_id);
        persistence::audit::append(&mut c, &event, now)?;
        Ok(load(&mut c)?)
    })
    .await?;
    Ok(web::Json(MailboxPage {
        items: items.into_iter().map(MailboxMessage::from).collect(),
    }))
}

/// The local mailbox: the newest messages, so invitations and codes can be read on a laptop. Administrators only; audited.
#[utoipa::path(
    tag = "notifications",
    operation_id = "list_mailbox",
    security(("session" = [])),
    params(MailboxQuery),
    responses(
        (status = 200, description = "Newest messages first", body = MailboxPage),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`limit` out of range", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/admin/mailbox")]
pub async fn list_mailbox(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    query: web::Query<MailboxQuery>,
) -> Result<web::Json<MailboxPage>, ApiError> {
    let MailboxQuery { to, limit } = query.into_inner();
    let limit = limit.unwrap_or(25);
    if !(1..=100).contains(&limit) {
        return Err(ApiError::invalid(
            "limit",
            "out_of_range",
            "limit must be between 1 and 100",
        ));
    }
    read_messages(&state, &signed_in, "mailbox.read", move |c| {
        outbox::latest(c, to.as_deref(), limit)
    })
    .await
}

/// Messages that failed for good, for an administrator to follow up.
#[utoipa::path(
    tag = "notifications",
    operation_id = "list_failed_messages",
    security(("session" = [])),
    responses(
        (status = 200, description = "Messages that will not be retried", body = MailboxPage),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/admin/failed-messages")]
pub async fn list_failed_messages(
    state: web::Data<AppState>,
    signed_in: SignedIn,
) -> Result<web::Json<MailboxPage>, ApiError> {
    read_messages(&state, &signed_in, "outbox.failed.read", |c| {
        outbox::failed(c, 100)
    })
    .await
}
