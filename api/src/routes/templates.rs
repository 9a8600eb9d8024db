//! Message wording, for administrators: every message type with its default
//! and current text, edits checked against the type's placeholders, a preview
//! with example values, and a reset to the default. A change applies from the
//! next message.

use std::collections::BTreeMap;

use actix_web::{delete, get, post, put, web};
use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
use domain::notifications::{RenderError, TemplateKey, TemplateText, render, validate_override};
use persistence::outbox;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::SignedIn;
use crate::problem::{ApiError, FieldError, Problem, blocking};
use crate::request_id::current_request_id;
use crate::state::AppState;

#[derive(Serialize, Deserialize, ToSchema, Clone)]
#[serde(deny_unknown_fields)]
pub struct Wording {
    /// For emails; text messages have no subject.
    pub subject: String,
    /// With `((placeholder))` where values go.
    pub body: String,
}

impl From<&TemplateText> for Wording {
    fn from(t: &TemplateText) -> Self {
        Self {
            subject: t.subject.clone(),
            body: t.body.clone(),
        }
    }
}

/// One message type and its wording.
#[derive(Serialize, ToSchema)]
pub struct MessageTemplate {
    #[schema(example = "advice_requested")]
    pub key: String,
    /// `email` or `sms`.
    pub channel: String,
    /// Security messages go whatever a person's preferences say.
    pub always_sent: bool,
    /// The placeholders this message may use.
    pub placeholders: Vec<String>,
    pub default_wording: Wording,
    pub wording: Wording,
    /// The LA has changed the wording from the default.
    pub customised: bool,
}

#[derive(Serialize, ToSchema)]
pub struct TemplateList {
    pub items: Vec<MessageTemplate>,
}

fn describe(key: TemplateKey, current: Option<&TemplateText>) -> MessageTemplate {
    let t = key.template();
    let default_wording = Wording {
        subject: t.subject.to_owned(),
        body: t.body.to_owned(),
    };
    MessageTemplate {
        key: key.as_str().to_owned(),
        channel: t.default_channel.as_str().to_owned(),
        always_sent: t.always_sent,
        placeholders: t
            .placeholders
            .iter()
            .map(|p| p.as_str().to_owned())
            .collect(),
        wording: current
            .map(Wording::from)
            .unwrap_or_else(|| default_wording.clone()),
        default_wording,
        customised: current.is_some(),
    }
}

fn key_of(raw: &str) -> Result<TemplateKey, ApiError> {
    TemplateKey::parse(raw).ok_or(ApiError::NotFound)
}

/// 422 naming the part of the wording at fault: `heading_field` (a message's
/// subject, a letter's title) when the fault is in `heading`, else the body.
pub(crate) fn invalid(err: &RenderError, heading_field: &'static str, heading: &str) -> ApiError {
    let field = match err {
        RenderError::Empty(part) | RenderError::TooLong(part) => *part,
        RenderError::UnknownPlaceholder(name) if heading.contains(&format!("(({name}))")) => {
            heading_field
        }
        RenderError::Unclosed if heading.contains("((") && !heading.contains("))") => heading_field,
        _ => "body",
    };
    ApiError::Invalid(vec![FieldError {
        field: field.into(),
        code: "invalid_wording".into(),
        message: err.to_string(),
    }])
}

/// Every message type with its default and current wording.
#[utoipa::path(
    tag = "notifications",
    operation_id = "list_message_templates",
    security(("session" = [])),
    responses(
        (status = 200, description = "Every message type", body = TemplateList),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/admin/message-templates")]
pub async fn list_message_templates(
    state: web::Data<AppState>,
    signed_in: SignedIn,
) -> Result<web::Json<TemplateList>, ApiError> {
    signed_in.require_administrator("Only administrators change message wording.")?;
    let db = state.db.clone();
    let items = blocking(move || {
        let mut c = db.conn()?;
        TemplateKey::ALL
            .into_iter()
            .map(|key| {
                Ok(describe(
                    key,
                    outbox::template_override(&mut c, key)?.as_ref(),
                ))
            })
            .collect::<Result<Vec<_>, ApiError>>()
    })
    .await?;
    Ok(web::Json(TemplateList { items }))
}

/// Change a message's wording; it applies from the next message.
#[utoipa::path(
    tag = "notifications",
    operation_id = "update_message_template",
    security(("session" = [])),
    params(("key" = String, Path, description = "The message type, e.g. advice_requested")),
    request_body = Wording,
    responses(
        (status = 200, description = "Saved", body = MessageTemplate),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such message type", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Empty, or a placeholder this message may not use", body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/admin/message-templates/{key}")]
pub async fn update_message_template(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    key: web::Path<String>,
    body: web::Json<Wording>,
) -> Result<web::Json<MessageTemplate>, ApiError> {
    signed_in.require_administrator("Only administrators change message wording.")?;
    let key = key_of(&key)?;
    let Wording { subject, body } = body.into_inner();
    let text = TemplateText { subject, body };
    validate_override(key, &text).map_err(|e| invalid(&e, "subject", &text.subject))?;
    let state = state.get_ref().clone();
    let admin = signed_in.user.id.to_string();
    let request_id = current_request_id();
    let saved = blocking(move || {
        let now = state.now();
        Ok(state.db.transaction(|c| {
            outbox::set_template_override(c, key, &text, Some(&admin), now)?;
            let event = NewAuditEvent::new(
                AuditActor::User(admin.clone()),
                "message_template.changed",
                AuditOutcome::Success,
            )
            .object("message_template", key.as_str())
            .request_id(request_id);
            persistence::audit::append(c, &event, now)?;
            Ok(describe(key, Some(&text)))
        })?)
    })
    .await?;
    Ok(web::Json(saved))
}

/// Go back to the default wording.
#[utoipa::path(
    tag = "notifications",
    operation_id = "reset_message_template",
    security(("session" = [])),
    params(("key" = String, Path, description = "The message type")),
    responses(
        (status = 200, description = "Back to the default", body = MessageTemplate),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such message type", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/admin/message-templates/{key}")]
pub async fn reset_message_template(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    key: web::Path<String>,
) -> Result<web::Json<MessageTemplate>, ApiError> {
    signed_in.require_administrator("Only administrators change message wording.")?;
    let key = key_of(&key)?;
    let state = state.get_ref().clone();
    let admin = signed_in.user.id.to_string();
    let request_id = current_request_id();
    let reset = blocking(move || {
        let now = state.now();
        Ok(state.db.transaction(|c| {
            outbox::clear_template_override(c, key)?;
            let event = NewAuditEvent::new(
                AuditActor::User(admin.clone()),
                "message_template.reset",
                AuditOutcome::Success,
            )
            .object("message_template", key.as_str())
            .request_id(request_id);
            persistence::audit::append(c, &event, now)?;
            Ok(describe(key, None))
        })?)
    })
    .await?;
    Ok(web::Json(reset))
}

/// How wording will read, filled with example values (nothing is saved or sent).
#[utoipa::path(
    tag = "notifications",
    operation_id = "preview_message_template",
    security(("session" = [])),
    params(("key" = String, Path, description = "The message type")),
    request_body = Wording,
    responses(
        (status = 200, description = "The message as a person would get it", body = Wording),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such message type", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Empty, or a placeholder this message may not use", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/admin/message-templates/{key}/preview")]
pub async fn preview_message_template(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    key: web::Path<String>,
    body: web::Json<Wording>,
) -> Result<web::Json<Wording>, ApiError> {
    signed_in.require_administrator("Only administrators change message wording.")?;
    let key = key_of(&key)?;
    let Wording { subject, body } = body.into_inner();
    let text = TemplateText { subject, body };
    validate_override(key, &text).map_err(|e| invalid(&e, "subject", &text.subject))?;
    let values: BTreeMap<String, String> = key
        .template()
        .placeholders
        .iter()
        .map(|p| {
            let value = if *p == domain::notifications::Placeholder::LaName {
                state.settings.la.name.clone()
            } else {
                p.example().to_owned()
            };
            (p.as_str().to_owned(), value)
        })
        .collect();
    let rendered =
        render(key, Some(&text), &values).map_err(|e| invalid(&e, "subject", &text.subject))?;
    Ok(web::Json(Wording {
        subject: rendered.subject,
        body: rendered.body,
    }))
}
