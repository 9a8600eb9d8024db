//! Cases. So far: a case's statutory deadlines, for anyone the access policy
//! lets see the case; everyone else gets the same 404 as for a missing case.

use actix_web::{get, web};
use chrono::NaiveDate;
use domain::access::{Action, Decision, decide};
use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
use domain::clients::client_may;
use domain::deadlines::{Deadline, DeadlineStatus};
use domain::notifications::format_date;
use serde::Serialize;
use utoipa::ToSchema;

use crate::auth::Principal;
use crate::cases::{Loaded, access_config, actor};
use crate::problem::{ApiError, Problem, blocking};
use crate::request_id::current_request_id;
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineState {
    /// Done, on `met_on`.
    Met,
    /// Still to do; `days_left` counts down to the last day.
    Pending,
    /// Not done by its last day.
    Overdue,
    /// A window for the family that closed without being used; nobody is late.
    WindowClosed,
    /// Overtaken by events (a plan was issued, the pathway ended, the case closed).
    NoLongerApplies,
}

/// One statutory deadline of a case, with why it falls when it does.
#[derive(Serialize, ToSchema)]
pub struct DeadlineView {
    /// The deadline's number in the statutory rules, e.g. `D1`.
    #[schema(example = "D1")]
    pub id: String,
    /// What must happen, in plain English.
    pub name: String,
    /// What the deadline counts from, in plain English.
    pub anchor: String,
    pub anchor_on: NaiveDate,
    /// The statutory last day. An exception never moves it.
    pub due: NaiveDate,
    pub status: DeadlineState,
    pub met_on: Option<NaiveDate>,
    /// Days from today to the last day; negative once overdue.
    pub days_left: i64,
    /// The exception recorded against this deadline, if one applies, e.g. `10(4)(c)`.
    pub exception_code: Option<String>,
    /// What the exception means, in plain English.
    pub exception_reason: Option<String>,
    /// The law or guidance that sets the deadline.
    #[schema(example = "SEND Regulations 2014, reg 5(4)")]
    pub source: String,
    /// A target from guidance rather than a legal duty.
    pub advisory: bool,
    /// One sentence for people: "Decision whether to assess is due by 13 October 2025 (in 41 days)".
    pub summary: String,
}

#[derive(Serialize, ToSchema)]
pub struct CaseDeadlines {
    pub case_id: String,
    #[schema(example = "EHC-2026-000042")]
    pub case_ref: String,
    /// The day the figures are counted from (England).
    pub today: NaiveDate,
    pub items: Vec<DeadlineView>,
}

fn in_days(days: i64) -> String {
    match days {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "1 day ago".into(),
        d if d > 0 => format!("in {d} days"),
        d => format!("{} days ago", -d),
    }
}

impl From<&Deadline<'_>> for DeadlineView {
    fn from(d: &Deadline<'_>) -> Self {
        let due = format_date(d.due);
        let (status, met_on, summary) = match d.status {
            DeadlineStatus::Met { on } => (
                DeadlineState::Met,
                Some(on),
                format!(
                    "{}: done on {} (the last day was {due})",
                    d.name,
                    format_date(on)
                ),
            ),
            DeadlineStatus::Pending => (
                DeadlineState::Pending,
                None,
                format!("{} is due by {due} ({})", d.name, in_days(d.days_left)),
            ),
            DeadlineStatus::Overdue => (
                DeadlineState::Overdue,
                None,
                format!("{} was due by {due} ({})", d.name, in_days(d.days_left)),
            ),
            DeadlineStatus::WindowClosed => (
                DeadlineState::WindowClosed,
                None,
                format!("{}: the window closed on {due}", d.name),
            ),
            DeadlineStatus::NoLongerApplies => (
                DeadlineState::NoLongerApplies,
                None,
                format!("{}: no longer applies", d.name),
            ),
        };
        DeadlineView {
            id: d.id.as_str().to_owned(),
            name: d.name.to_owned(),
            anchor: d.anchor.label().to_owned(),
            anchor_on: d.anchor_on,
            due: d.due,
            status,
            met_on,
            days_left: d.days_left,
            exception_code: d.exception.map(|e| e.as_str().to_owned()),
            exception_reason: d.exception.map(|e| e.label().to_owned()),
            source: d.source.to_owned(),
            advisory: d.advisory,
            summary,
        }
    }
}

/// Every statutory deadline that applies to the case, with its legal source and days left.
#[utoipa::path(
    tag = "cases",
    operation_id = "get_case_deadlines",
    security(("session" = []), ("client_token" = ["cases:read"])),
    params(("id" = String, Path, description = "The case's id")),
    responses(
        (status = 200, description = "The case's deadlines", body = CaseDeadlines),
        (status = 401, description = "Not signed in, or no valid bearer token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "An integration client without the cases:read scope", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or not one you may see", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/cases/{id}/deadlines")]
pub async fn get_case_deadlines(
    state: web::Data<AppState>,
    principal: Principal,
    id: web::Path<String>,
) -> Result<web::Json<CaseDeadlines>, ApiError> {
    let state = state.get_ref().clone();
    let case_id = id.into_inner();
    let request_id = current_request_id();
    blocking(move || {
        let mut c = state.db.conn()?;
        let loaded = match Loaded::load(&mut c, &case_id) {
            Err(persistence::PersistenceError::NotFound) => return Err(ApiError::NotFound),
            other => other?,
        };
        let today = state.today();
        let action = Action::ViewDeadlines;
        let (who, allowed, why) = match &principal {
            // A client's scopes are its whole rule; its call is audited by the extractor.
            Principal::Client(client) => {
                if !client_may(&client.scopes, &action) {
                    return Err(ApiError::Forbidden(
                        "This client lacks the cases:read scope.".into(),
                    ));
                }
                (AuditActor::Client(client.id.clone()), true, None)
            }
            Principal::Person(signed_in) => {
                let la = state
                    .settings
                    .la_config()
                    .map_err(|e| ApiError::Internal(e.to_string()))?;
                let who = actor(&mut c, &signed_in.user)?;
                match decide(&who, action, &loaded.facts(), today, &access_config(&la)) {
                    Decision::Allow => {
                        (AuditActor::User(signed_in.user.id.to_string()), true, None)
                    }
                    Decision::Deny(reason) => (
                        AuditActor::User(signed_in.user.id.to_string()),
                        false,
                        Some(format!("{reason:?}")),
                    ),
                }
            }
        };
        let outcome = if allowed {
            AuditOutcome::Success
        } else {
            AuditOutcome::Denied
        };
        let mut event = NewAuditEvent::new(who, "case.deadlines.read", outcome)
            .object("case", &case_id)
            .request_id(request_id);
        if let Some(why) = why {
            event = event.detail(why);
        }
        persistence::audit::append(&mut c, &event, state.now())?;
        if !allowed {
            return Err(ApiError::NotFound);
        }
        let items = loaded
            .deadlines(&state.statutory, today)
            .iter()
            .map(DeadlineView::from)
            .collect();
        Ok(web::Json(CaseDeadlines {
            case_id: loaded.case.id,
            case_ref: loaded.case.case_ref,
            today,
            items,
        }))
    })
    .await
}
