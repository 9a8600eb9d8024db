//! Work trays: each person's lists of cases, searched, filtered, sorted and
//! paged by cursor. A tray never lists a case its viewer may not open, and says
//! only whether more follow, never how many there are.

use actix_web::{get, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::sees_every_case;
use domain::lifecycle::CaseStage;
use domain::people::Role;
use domain::trays::{
    Cursor, Filters, Flag, MAX_SEARCH_CHARS, Search, Sort, Tray, grace_cutoff, listing_keys,
};
use persistence::trays::{Scope, TrayQuery, TrayRow};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::SignedIn;
use crate::cases::keep_refusals;
use crate::problem::{ApiError, FieldError, Problem, blocking};
use crate::state::AppState;

/// A case's next statutory deadline, as a tray shows it.
#[derive(Serialize, ToSchema)]
pub struct TrayDeadline {
    #[schema(example = "D7")]
    pub id: String,
    #[schema(example = "Final EHC plan issued")]
    pub name: String,
    pub due: NaiveDate,
    /// Days from today: negative once overdue.
    pub days_left: i64,
    pub overdue: bool,
}

/// One case in a tray.
#[derive(Serialize, ToSchema)]
pub struct CaseListItem {
    pub id: String,
    #[schema(example = "EHC-2026-000042")]
    pub case_ref: String,
    pub stage: String,
    pub stage_label: String,
    /// The child's name; empty where the case has no child recorded.
    pub child_name: String,
    pub next_deadline: Option<TrayDeadline>,
    pub updated_at: DateTime<Utc>,
    /// The day the LA received the request.
    pub request_received_on: Option<NaiveDate>,
    /// `mediation`, `tribunal`, `safeguarding`, `eotas`, `looked_after`, `neet`.
    pub flags: Vec<String>,
}

/// A tray the caller has.
#[derive(Serialize, ToSchema)]
pub struct TrayLink {
    #[schema(example = "all")]
    pub tray: String,
    #[schema(example = "All cases")]
    pub label: String,
}

#[derive(Serialize, ToSchema)]
pub struct CasePage {
    pub items: Vec<CaseListItem>,
    /// Pass as `cursor` for the next page; absent on the last.
    pub next_cursor: Option<String>,
    /// The tray shown.
    pub tray: TrayLink,
    /// Every tray the caller has, the one to land on first.
    pub trays: Vec<TrayLink>,
}

/// The tray, its filters and its order. Lists are comma-separated.
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CaseListQuery {
    /// `mine` (the default), `team`, `awaiting_allocation`, `all`, `unallocated`, `setting`.
    pub tray: Option<String>,
    /// Part of the child's name (any case, extra spaces ignored) or a case reference.
    pub q: Option<String>,
    /// Stages, comma-separated, e.g. `assessment,draft_plan`.
    pub stage: Option<String>,
    /// An education setting's id.
    pub setting: Option<String>,
    /// Changed on or after this day.
    pub updated_since: Option<NaiveDate>,
    /// The next deadline falls within the LA's impending window.
    pub impending: Option<bool>,
    /// The next deadline has passed.
    pub overdue: Option<bool>,
    /// Flags every case must carry, comma-separated.
    pub flags: Option<String>,
    /// Only cases closed outside the process.
    pub closed_outside_process: Option<bool>,
    /// Closed cases too.
    pub include_closed: Option<bool>,
    /// `next_deadline` (the default), `last_updated`, `name`, `case_reference`, `request_date`.
    pub sort: Option<String>,
    /// 1 to 100; 25 by default.
    pub limit: Option<i64>,
    /// From the previous page's `next_cursor`.
    pub cursor: Option<String>,
}

fn invalid(field: &str, message: &str) -> FieldError {
    FieldError {
        field: field.into(),
        code: "invalid".into(),
        message: message.into(),
    }
}

/// The checked query: every unknown value is named in one 422.
struct Checked {
    tray: Tray,
    filters: Filters,
    sort: Sort,
    cursor: Option<Cursor>,
    limit: i64,
}

fn check(q: &CaseListQuery, role: Role, manages_a_team: bool) -> Result<Checked, ApiError> {
    let mut problems = Vec::new();
    let list = |raw: &Option<String>| -> Vec<String> {
        raw.as_deref()
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let trays = Tray::for_person(role, manages_a_team);
    let tray = match q.tray.as_deref() {
        None => trays.first().copied().unwrap_or(Tray::Mine),
        Some(raw) => match Tray::parse(raw) {
            Some(t) if trays.contains(&t) => t,
            Some(_) => {
                problems.push(invalid("tray", "That is not one of your trays"));
                Tray::Mine
            }
            None => {
                problems.push(invalid("tray", "No such tray"));
                Tray::Mine
            }
        },
    };
    let sort = match q.sort.as_deref() {
        None => Sort::default(),
        Some(raw) => Sort::parse(raw).unwrap_or_else(|| {
            problems.push(invalid("sort", "No such order"));
            Sort::default()
        }),
    };
    let mut stages = Vec::new();
    for raw in list(&q.stage) {
        match raw.parse::<CaseStage>() {
            Ok(s) => stages.push(s),
            Err(_) => problems.push(invalid("stage", &format!("No such stage: {raw}"))),
        }
    }
    let mut flags = Vec::new();
    for raw in list(&q.flags) {
        match Flag::parse(&raw) {
            Some(f) => flags.push(f),
            None => problems.push(invalid("flags", &format!("No such flag: {raw}"))),
        }
    }
    let search = q.q.as_deref().and_then(Search::parse);
    if q.q
        .as_deref()
        .is_some_and(|s| s.chars().count() > MAX_SEARCH_CHARS)
    {
        problems.push(invalid("q", "Search for at most 100 characters"));
    }
    let limit = q.limit.unwrap_or(25);
    if !(1..=100).contains(&limit) {
        problems.push(invalid("limit", "limit must be between 1 and 100"));
    }
    let cursor = match q.cursor.as_deref() {
        None | Some("") => None,
        Some(raw) => match Cursor::decode(raw, sort) {
            Some(c) => Some(c),
            None => {
                problems.push(invalid(
                    "cursor",
                    "The cursor is not from this list's order; start again from the first page",
                ));
                None
            }
        },
    };
    if !problems.is_empty() {
        return Err(ApiError::Invalid(problems));
    }
    Ok(Checked {
        tray,
        filters: Filters {
            search,
            stages,
            setting_id: q.setting.clone().filter(|s| !s.trim().is_empty()),
            updated_since: q.updated_since,
            impending: q.impending.unwrap_or(false),
            overdue: q.overdue.unwrap_or(false),
            flags,
            closed_outside_process: q.closed_outside_process.unwrap_or(false),
            include_closed: q.include_closed.unwrap_or(false),
        },
        sort,
        cursor,
        limit,
    })
}

fn item(state: &AppState, row: TrayRow, today: NaiveDate) -> CaseListItem {
    let next_deadline = row.next_deadline.map(|(id, due)| {
        let name = id
            .parse::<domain::rules::DeadlineId>()
            .ok()
            .and_then(|d| {
                state
                    .statutory
                    .rules
                    .pack_for(due)
                    .rule(d)
                    .map(|r| r.name.clone())
            })
            .unwrap_or_else(|| id.clone());
        let days_left = (due - today).num_days();
        TrayDeadline {
            id,
            name,
            due,
            days_left,
            overdue: days_left < 0,
        }
    });
    CaseListItem {
        stage: row.stage.as_str().to_owned(),
        stage_label: row.stage.label().to_owned(),
        flags: row.flags.iter().map(|f| f.as_str().to_owned()).collect(),
        next_deadline,
        updated_at: row.updated_at,
        request_received_on: row.request_received_on,
        child_name: row.child_name,
        id: row.id,
        case_ref: row.case_ref,
    }
}

/// A tray of cases: the caller's own by default. Co-ordinators also have "All
/// cases" and "Unallocated", team managers "Team cases" and "Awaiting
/// allocation", setting staff "Setting cases"; a family's own is "My children".
/// Search, filters and order combine; pages follow by cursor.
#[utoipa::path(
    tag = "cases",
    operation_id = "list_cases",
    security(("session" = [])),
    params(CaseListQuery),
    responses(
        (status = 200, description = "A page of the tray", body = CasePage),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An unknown tray, stage, flag or order, a tray that is not yours, a cursor from another order, or limit out of range (each named)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/cases")]
pub async fn list_cases(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    query: web::Query<CaseListQuery>,
) -> Result<web::Json<CasePage>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let query = query.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            let mut c = state.db.conn()?;
            let la = state
                .settings
                .la_config()
                .map_err(|e| ApiError::Internal(e.to_string()))?;
            let actor = crate::cases::actor(&mut c, &user)?;
            let manages_a_team = actor.teams.iter().any(|m| m.manager);
            let checked = check(&query, user.role, manages_a_team)?;
            let today = state.today();
            let link = |t: Tray| TrayLink {
                tray: t.as_str().to_owned(),
                label: t.label(user.role).to_owned(),
            };
            // A co-ordinator's trays read the cases themselves; everyone
            // else's read where each case is listed for them, which the access
            // policy's grounds derive (so no row needs deciding here).
            let keys = listing_keys(checked.tray, &actor);
            let scope = match checked.tray {
                Tray::All => Scope::Everyone,
                Tray::Unallocated => Scope::Unallocated,
                Tray::Mine if sees_every_case(user.role) => Scope::CoordinatedBy(&user.id),
                _ => Scope::Listed {
                    keys: &keys,
                    grace_cutoff: grace_cutoff(today, la.grace_period_days),
                },
            };
            let (rows, more) = persistence::trays::page(
                &mut c,
                &TrayQuery {
                    scope,
                    filters: &checked.filters,
                    sort: checked.sort,
                    after: checked.cursor.as_ref(),
                    today,
                    impending_until: domain::trays::impending_until(
                        today,
                        la.impending_window_days,
                    ),
                    limit: checked.limit,
                },
            )?;
            let next_cursor = more
                .then(|| rows.last().map(|r| r.cursor(checked.sort).encode()))
                .flatten();
            let items = rows
                .into_iter()
                .map(|row| item(&state, row, today))
                .collect();
            Ok(web::Json(CasePage {
                items,
                next_cursor,
                tray: link(checked.tray),
                trays: Tray::for_person(user.role, manages_a_team)
                    .into_iter()
                    .map(link)
                    .collect(),
            }))
        })
    })
    .await
}
