//! The EHC plan: the co-ordinator starts a draft from the submitted advice and
//! views (or an amendment from the issued plan), edits it under `If-Match`,
//! shares it with the family, consults settings and issues it; the family
//! comment and name a setting; a consulted setting answers; anyone who may see
//! the plan reads any version and the difference between two.

use actix_web::{HttpRequest, HttpResponse, get, post, put, web};
use chrono::NaiveDate;
use domain::access::Action;
use domain::advice::AdviceState;
use domain::advice::request::Recipient;
use domain::ehc_plan::{self as plan, PlanContent, PlanState, SectionId};
use domain::lifecycle::CaseEvent;
use domain::people::{SettingId, User};
use persistence::case_parties::{self, Party};
use persistence::plans::{self as store, PlanRecord, PlanStatus, RepresentationKind};
use persistence::teams::VersionedUpdate;
use persistence::{DbConnection, PersistenceError, timeline};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::SignedIn;
use crate::cases::{Caller, Loaded, authorize, keep_refusals, load_authorized, record_event};
use crate::problem::{ApiError, Problem, blocking};
use crate::routes::cases::{Named, named_user};
use crate::routes::teams::IfMatch;
use crate::state::AppState;

// ---- The contract: the plan's content as the API describes it -------------------------
// The JSON is exactly the domain's `PlanContent` (a test checks they agree); these
// types only describe it for the contract and the web app.

#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NeedDoc {
    #[schema(example = "b1")]
    pub id: String,
    pub text: String,
    /// The area of need of the advice it came from.
    #[schema(example = "communication_and_interaction")]
    pub area: Option<String>,
}

#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StepDoc {
    pub text: String,
    pub target_date: Option<NaiveDate>,
}

#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OutcomeDoc {
    #[schema(example = "e1")]
    pub id: String,
    pub description: String,
    /// Preparing for Adulthood: employment, independent_living, community_inclusion, health.
    pub pfa: Vec<String>,
    pub steps: Vec<StepDoc>,
    /// The needs (B, C, D) it addresses.
    pub need_ids: Vec<String>,
}

#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProvisionDoc {
    #[schema(example = "f1")]
    pub id: String,
    pub what: String,
    pub who: String,
    pub how_often: String,
    pub how_long: String,
    /// The outcomes (E) it serves.
    pub outcome_ids: Vec<String>,
}

#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlacementDoc {
    pub setting_id: Option<String>,
    pub name: String,
}

#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AdviceAppendixDoc {
    pub advice_request_id: String,
    pub author: String,
    pub from: String,
    pub submitted_on: Option<NaiveDate>,
}

/// Sections A to K. Every field may be left out of a save (it is then empty).
#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanContentDoc {
    /// A: views, interests and aspirations.
    pub views: String,
    /// B: special educational needs.
    pub education_needs: Vec<NeedDoc>,
    /// C: health needs.
    pub health_needs: Vec<NeedDoc>,
    /// D: social care needs.
    pub social_care_needs: Vec<NeedDoc>,
    /// E: outcomes.
    pub outcomes: Vec<OutcomeDoc>,
    /// F: special educational provision.
    pub education_provision: Vec<ProvisionDoc>,
    /// G: health provision.
    pub health_provision: Vec<ProvisionDoc>,
    /// H1: social care provision under s.2 CSDPA 1970.
    pub csdpa_provision: Vec<ProvisionDoc>,
    /// H2: other social care provision.
    pub other_social_care_provision: Vec<ProvisionDoc>,
    /// I: the placement (blank until the draft has gone to the family).
    pub placement: Option<PlacementDoc>,
    /// J: personal budget.
    pub personal_budget: String,
    /// K: the advice gathered.
    pub advice: Vec<AdviceAppendixDoc>,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlanStatusName {
    /// Its author's alone.
    Draft,
    /// With the family for comments; settings may be consulted.
    Shared,
    /// Issued and frozen.
    Final,
}

/// A gap in the golden thread, or a flagged provision, with the reason.
#[derive(Serialize, ToSchema)]
pub struct PlanWarning {
    /// The section it is in ("b", "f"...).
    #[schema(example = "f")]
    pub section: String,
    /// The need, outcome or provision it is about.
    #[schema(example = "f1")]
    pub item_id: String,
    #[schema(
        example = "\"access to\" is vague: provision must be specific and quantified so it can be checked"
    )]
    pub message: String,
}

/// What the editor shows beside the draft.
#[derive(Serialize, ToSchema)]
pub struct PlanChecks {
    /// Golden-thread gaps: needs with no provision, outcomes with none, loose ends.
    pub gaps: Vec<PlanWarning>,
    /// Provision that is not specific and quantified.
    pub flagged: Vec<PlanWarning>,
    /// What stops the final plan being issued now.
    pub issue_blockers: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct RepresentationBody {
    pub id: String,
    pub by: Named,
    /// comment, meeting or preferred_setting.
    #[schema(example = "comment")]
    pub kind: String,
    /// For a comment: the section ("a" ... "k").
    pub section: Option<String>,
    pub body: String,
    pub setting: Option<Named>,
    pub at: chrono::DateTime<chrono::Utc>,
}

#[derive(Serialize, ToSchema)]
pub struct ConsultationBody {
    pub id: String,
    pub setting: Named,
    pub sent_on: NaiveDate,
    /// The day the answer is asked for (D6, 15 days).
    pub answer_due: NaiveDate,
    /// yes, no, or absent while waiting.
    pub answer: Option<String>,
    pub reasons: String,
    pub answered_by: Option<Named>,
    pub answered_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// One version of the plan.
#[derive(Serialize, ToSchema)]
pub struct PlanBody {
    pub id: String,
    pub case_id: String,
    /// 1 for the first plan; each amendment adds one.
    pub version_no: i32,
    pub status: PlanStatusName,
    /// An amendment of an earlier version.
    pub amendment: bool,
    pub content: PlanContentDoc,
    pub author: Named,
    /// The day it went to the family.
    pub shared_on: Option<NaiveDate>,
    /// The day the family's comments close (D5), once shared.
    pub comments_due: Option<NaiveDate>,
    pub issued_on: Option<NaiveDate>,
    /// The annual review is due by this day (12 months after issue).
    pub next_review_on: Option<NaiveDate>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// Send back in `If-Match` (as `"<version>"`) when saving.
    pub version: i64,
    /// For the co-ordinator: gaps, flags and what stops issue.
    pub checks: Option<PlanChecks>,
    pub representations: Vec<RepresentationBody>,
    pub consultations: Vec<ConsultationBody>,
}

/// A version in the list.
#[derive(Serialize, ToSchema)]
pub struct PlanVersionItem {
    pub version_no: i32,
    pub status: PlanStatusName,
    pub issued_on: Option<NaiveDate>,
    pub next_review_on: Option<NaiveDate>,
}

#[derive(Serialize, ToSchema)]
pub struct PlanVersions {
    /// Oldest first; a version still being written shows only to those who may see it.
    pub items: Vec<PlanVersionItem>,
}

#[derive(Serialize, ToSchema)]
pub struct ItemChangeBody {
    /// added, removed or changed.
    #[schema(example = "changed")]
    pub change: String,
    #[schema(example = "f1")]
    pub id: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct SectionDiffBody {
    #[schema(example = "f")]
    pub section: String,
    #[schema(example = "Section F: Special educational provision")]
    pub title: String,
    pub changes: Vec<ItemChangeBody>,
}

#[derive(Serialize, ToSchema)]
pub struct PlanDiff {
    pub from: i32,
    pub to: i32,
    /// The sections that changed, in order; empty when none did.
    pub sections: Vec<SectionDiffBody>,
}

// ---- Reading ----------------------------------------------------------------------------

fn status_name(s: PlanStatus) -> PlanStatusName {
    match s {
        PlanStatus::Draft => PlanStatusName::Draft,
        PlanStatus::Shared => PlanStatusName::Shared,
        PlanStatus::Final => PlanStatusName::Final,
    }
}

fn state_of(s: PlanStatus) -> PlanState {
    match s {
        PlanStatus::Draft => PlanState::Draft,
        PlanStatus::Shared => PlanState::Shared,
        PlanStatus::Final => PlanState::Final,
    }
}

fn content_doc(content: &PlanContent) -> Result<PlanContentDoc, ApiError> {
    serde_json::to_value(content)
        .and_then(serde_json::from_value)
        .map_err(|e| ApiError::Internal(format!("plan content: {e}")))
}

fn warnings(content: &PlanContent) -> (Vec<PlanWarning>, Vec<PlanWarning>) {
    use plan::Gap;
    let gaps = plan::completeness(content)
        .into_iter()
        .map(|gap| {
            let (section, item_id) = match &gap {
                Gap::NeedWithoutProvision { section, need_id } => (*section, need_id.clone()),
                Gap::OutcomeWithoutProvision { outcome_id }
                | Gap::OutcomeWithoutNeed { outcome_id } => (SectionId::E, outcome_id.clone()),
                Gap::ProvisionWithoutOutcome {
                    section,
                    provision_id,
                } => (*section, provision_id.clone()),
            };
            PlanWarning {
                section: section.as_str().to_owned(),
                item_id,
                message: gap.message(),
            }
        })
        .collect();
    let flagged = plan::lint(content)
        .into_iter()
        .flat_map(|f| {
            f.flags.into_iter().map(move |flag| PlanWarning {
                section: f.section.as_str().to_owned(),
                item_id: f.provision_id.clone(),
                message: flag.reason(),
            })
        })
        .collect();
    (gaps, flagged)
}

fn plan_body(
    c: &mut DbConnection,
    state: &AppState,
    record: &PlanRecord,
    with_checks: bool,
) -> Result<PlanBody, ApiError> {
    let comments_due = record.shared_on.and_then(|on| {
        state
            .statutory
            .clock()
            .due(domain::rules::DeadlineId::D5, on)
    });
    let checks = with_checks.then(|| {
        let (gaps, flagged) = warnings(&record.content);
        PlanChecks {
            gaps,
            flagged,
            issue_blockers: plan::check_issue(state_of(record.status), &record.content).blockers,
        }
    });
    let representations = store::representations(c, &record.id)?
        .into_iter()
        .map(|r| {
            let (kind, section, setting) = match r.kind {
                RepresentationKind::Comment { section } => ("comment", Some(section), None),
                RepresentationKind::Meeting => ("meeting", None, None),
                RepresentationKind::PreferredSetting { setting } => (
                    "preferred_setting",
                    None,
                    Some(Named {
                        id: setting.as_str().to_owned(),
                        name: r.setting_name.clone().unwrap_or_default(),
                    }),
                ),
            };
            RepresentationBody {
                id: r.id,
                by: Named {
                    id: r.author.to_string(),
                    name: r.author_name,
                },
                kind: kind.into(),
                section,
                body: r.body,
                setting,
                at: r.at,
            }
        })
        .collect();
    let mut consultations = Vec::new();
    for con in store::consultations(c, &record.id)? {
        consultations.push(ConsultationBody {
            answer_due: state
                .statutory
                .clock()
                .due(domain::rules::DeadlineId::D6, con.sent_on)
                .unwrap_or(con.sent_on),
            id: con.id,
            setting: Named {
                id: con.setting.as_str().to_owned(),
                name: con.setting_name,
            },
            sent_on: con.sent_on,
            answer: con
                .answer
                .as_ref()
                .map(|a| if a.yes { "yes" } else { "no" }.to_owned()),
            reasons: con
                .answer
                .as_ref()
                .map(|a| a.reasons.clone())
                .unwrap_or_default(),
            answered_by: con.answer.as_ref().map(|a| Named {
                id: a.by.to_string(),
                name: a.by_name.clone(),
            }),
            answered_at: con.answer.as_ref().map(|a| a.at),
        });
    }
    Ok(PlanBody {
        id: record.id.clone(),
        case_id: record.case_id.clone(),
        version_no: record.version_no,
        status: status_name(record.status),
        amendment: plan::is_amendment(record.version_no),
        content: content_doc(&record.content)?,
        author: Named {
            id: record.author.to_string(),
            name: record.author_name.clone(),
        },
        shared_on: record.shared_on,
        comments_due,
        issued_on: record.issued_on,
        next_review_on: record.next_review_on,
        updated_at: record.updated_at,
        version: record.version,
        checks,
        representations,
        consultations,
    })
}

/// Whether the caller may take `action`, without an audit entry for a refusal
/// (used to choose what to show, not to refuse).
fn may(
    c: &mut DbConnection,
    state: &AppState,
    user: &User,
    loaded: &Loaded,
    action: Action,
) -> Result<bool, ApiError> {
    Ok(crate::cases::decision(c, state, user, &loaded.facts(), action)?.is_allowed())
}

/// The version a caller sees as "the plan": the one being written if they may
/// see it, else the latest issued one if they may see that.
fn visible_plan(
    c: &mut DbConnection,
    state: &AppState,
    user: &User,
    case_id: &str,
    audit: &str,
) -> Result<(Loaded, PlanRecord, bool), ApiError> {
    let loaded = load_authorized(
        c,
        state,
        Caller::Person(user),
        case_id,
        Action::ViewCase,
        audit,
        ("case", case_id),
    )?;
    let editor = user.role == domain::people::Role::CaseCoordinator;
    if let Some(open) = loaded.open_plan.clone()
        && may(c, state, user, &loaded, Action::ViewDraftPlan)?
    {
        return Ok((loaded, open, editor));
    }
    let latest_final = store::of_case(c, case_id)?
        .into_iter()
        .rev()
        .find(|p| p.status == PlanStatus::Final);
    match latest_final {
        Some(p) => {
            authorize(
                c,
                state,
                Caller::Person(user),
                &loaded.facts(),
                Action::ViewPlan,
                audit,
                ("plan", &p.id),
            )?;
            Ok((loaded, p, false))
        }
        None => Err(ApiError::NotFound),
    }
}

/// The plan as you may see it: the draft (its author's, or shared), else the
/// latest issued version. Co-ordinators also get the completeness panel, the
/// provision flags and what stops issue.
#[utoipa::path(
    tag = "plans",
    operation_id = "get_plan",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id")),
    responses(
        (status = 200, description = "The plan", body = PlanBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, no plan yet, or not one you may see", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/cases/{id}/plan")]
pub async fn get_plan(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<web::Json<PlanBody>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let case_id = id.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            let mut c = state.db.conn()?;
            let (_, record, editor) = visible_plan(&mut c, &state, &user, &case_id, "plan.read")?;
            Ok(web::Json(plan_body(&mut c, &state, &record, editor)?))
        })
    })
    .await
}

// ---- Starting and saving ------------------------------------------------------------------

/// One submitted piece of advice: request id, author, from, submitted on, content.
type AdviceSourceRow = (
    String,
    String,
    String,
    Option<NaiveDate>,
    domain::advice::AdviceContent,
);

fn advice_sources(c: &mut DbConnection, loaded: &Loaded) -> Result<Vec<AdviceSourceRow>, ApiError> {
    let mut out = Vec::new();
    for record in &loaded.advice {
        let request = &record.request;
        if request.state != AdviceState::Submitted
            || request.kind != domain::advice::RequestKind::Advice
        {
            continue;
        }
        let Some(content) = record.content.clone() else {
            continue;
        };
        let author = match &record.answered_by {
            Some(id) => named_user(c, id)?.name,
            None => String::new(),
        };
        let from = match &request.recipient {
            Recipient::Team(team) => persistence::teams::find(c, team)?.name.as_str().to_owned(),
            Recipient::Person(_) => content
                .on_behalf_of
                .as_ref()
                .map(|o| o.job_title.clone())
                .unwrap_or_default(),
        };
        out.push((
            request.id.as_str().to_owned(),
            author,
            from,
            request.completed_on,
            content,
        ));
    }
    Ok(out)
}

/// Start the draft plan (after the decision to issue), pre-populated from the
/// submitted advice and the views; or, with an issued plan, start an amendment
/// from it. Only its author sees it until it is shared. Editing the draft never
/// changes the advice.
#[utoipa::path(
    tag = "plans",
    operation_id = "start_plan",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id")),
    responses(
        (status = 201, description = "The new draft", body = PlanBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or not yours to write a plan for", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not the stage for a draft, or one is already being written", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/cases/{id}/plan")]
pub async fn start_plan(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let case_id = id.into_inner();
    let body = blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                let loaded = load_authorized(
                    c,
                    &state,
                    Caller::Person(&user),
                    &case_id,
                    Action::RecordDecision,
                    "plan.start",
                    ("case", &case_id),
                )?;
                if loaded.open_plan.is_some() {
                    return Err(ApiError::Conflict(
                        "A version of the plan is already being written: carry on with it".into(),
                    ));
                }
                let versions = store::of_case(c, &case_id)?;
                let latest = versions.last();
                let start = plan::may_start(loaded.case.stage, latest.map(|p| state_of(p.status)))
                    .map_err(|e| ApiError::Conflict(e.to_string()))?;
                let (content, summary) = match (start, latest) {
                    (plan::Start::Amendment, Some(last)) => (
                        last.content.clone(),
                        format!(
                            "Started amending the EHC plan (version {})",
                            last.version_no + 1
                        ),
                    ),
                    _ => {
                        let sources = advice_sources(c, &loaded)?;
                        let views = case_parties::views(c, &case_id)?;
                        let text = |kind: &str| {
                            views
                                .iter()
                                .find(|v| v.kind == kind)
                                .map(|v| v.body.clone())
                                .unwrap_or_default()
                        };
                        let (child, parent) = (text("child"), text("parent"));
                        let content = plan::draft_from(&plan::Sources {
                            child_views: &child,
                            parent_views: &parent,
                            advice: sources
                                .iter()
                                .map(|(id, author, from, on, content)| plan::AdviceSource {
                                    advice_request_id: id,
                                    author,
                                    from,
                                    submitted_on: *on,
                                    content,
                                })
                                .collect(),
                        });
                        (
                            content,
                            "Started the draft EHC plan from the advice and views".to_owned(),
                        )
                    }
                };
                let id = uuid::Uuid::now_v7().to_string();
                let record = match store::start(
                    c,
                    &store::NewPlan {
                        id: &id,
                        case_id: &case_id,
                        version_no: versions.last().map_or(1, |v| v.version_no + 1),
                        content: &content,
                        author: &user.id,
                    },
                    state.now(),
                ) {
                    Err(PersistenceError::Conflict(_)) => {
                        return Err(ApiError::Conflict(
                            "A version of the plan is already being written".into(),
                        ));
                    }
                    other => other?,
                };
                timeline::append(
                    c,
                    &timeline::NewEntry {
                        case_id: &case_id,
                        actor: Some(&user.id),
                        kind: "plan.started",
                        summary,
                        object: Some(("plan", &record.id)),
                    },
                    state.now(),
                )?;
                plan_body(c, &state, &record, true)
            })
        })
    })
    .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/cases/{}/plan", body.case_id)))
        .json(body))
}

/// Save the plan being written (autosave), under `If-Match`. Saves may be
/// incomplete; text too long, ids repeated or links to nothing are refused
/// with each field named. Section I stays blank until the family have the draft.
#[utoipa::path(
    tag = "plans",
    operation_id = "save_plan",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The case's id"),
        ("If-Match" = String, Header, description = "The plan's `version`, e.g. \"3\""),
    ),
    request_body = PlanContentDoc,
    responses(
        (status = 200, description = "Saved", body = PlanBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No plan being written that you may edit", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Section I before the family have the draft", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Someone saved since; nothing was changed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is invalid (each named)", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match is missing", body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/cases/{id}/plan")]
pub async fn save_plan(
    req: HttpRequest,
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    payload: web::Json<PlanContent>,
) -> Result<web::Json<PlanBody>, ApiError> {
    let if_match = IfMatch::from_headers(req.headers())?;
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let case_id = id.into_inner();
    let content = payload.into_inner();
    ApiError::unless_valid(content.check_save())?;
    blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                let loaded = load_authorized(
                    c,
                    &state,
                    Caller::Person(&user),
                    &case_id,
                    Action::EditDraftPlan,
                    "plan.save",
                    ("case", &case_id),
                )?;
                let open = loaded.open_plan.clone().ok_or(ApiError::NotFound)?;
                plan::check_edit(
                    state_of(open.status),
                    plan::is_amendment(open.version_no),
                    &open.content,
                    &content,
                )
                .map_err(|e| ApiError::Conflict(e.to_string()))?;
                let Some(expected) = if_match.accepts(open.version) else {
                    return Err(ApiError::PreconditionFailed);
                };
                let saved = match store::save_content(c, &open.id, expected, &content, state.now())?
                {
                    VersionedUpdate::Applied(p) => p,
                    VersionedUpdate::Stale => return Err(ApiError::PreconditionFailed),
                };
                timeline::append_or_renew(
                    c,
                    &timeline::NewEntry {
                        case_id: &case_id,
                        actor: Some(&user.id),
                        kind: "plan.saved",
                        summary: format!("Worked on version {} of the plan", saved.version_no),
                        object: Some(("plan", &saved.id)),
                    },
                    chrono::Duration::minutes(30),
                    state.now(),
                )?;
                Ok(web::Json(plan_body(c, &state, &saved, true)?))
            })
        })
    })
    .await
}

// ---- Sharing, comments, consultation, issue ----------------------------------------------------

/// The plan being written, for a co-ordinator's move on it.
fn open_for_coordinator(
    c: &mut DbConnection,
    state: &AppState,
    user: &User,
    case_id: &str,
    audit: &str,
) -> Result<(Loaded, PlanRecord), ApiError> {
    let loaded = load_authorized(
        c,
        state,
        Caller::Person(user),
        case_id,
        Action::RecordDecision,
        audit,
        ("case", case_id),
    )?;
    authorize(
        c,
        state,
        Caller::Person(user),
        &loaded.facts(),
        Action::EditDraftPlan,
        audit,
        ("case", case_id),
    )?;
    let open = loaded.open_plan.clone().ok_or(ApiError::NotFound)?;
    Ok((loaded, open))
}

/// Tells people about the plan with `template`: in their inbox and by email,
/// carrying only the case reference, the date and a sign-in link (never the
/// child's details). Keyed so a retried request tells nobody twice.
#[allow(clippy::too_many_arguments)]
fn tell(
    c: &mut DbConnection,
    state: &AppState,
    case_id: &str,
    people: &[(domain::people::UserId, String)],
    template: domain::notifications::TemplateKey,
    due: Option<NaiveDate>,
    key: &str,
) -> Result<(), ApiError> {
    let case = persistence::cases::find(c, case_id)?;
    let link = format!("{}/cases/{case_id}/plan", state.settings.public_url());
    let mut values = std::collections::BTreeMap::new();
    values.insert("case_reference".to_owned(), case.case_ref.clone());
    values.insert(
        "la_name".to_owned(),
        state.settings.la.name.trim().to_owned(),
    );
    values.insert("sign_in_link".to_owned(), link.clone());
    if let Some(due) = due {
        values.insert(
            "due_date".to_owned(),
            domain::notifications::format_date(due),
        );
    }
    let wanted: std::collections::BTreeSet<&str> = template
        .template()
        .placeholders
        .iter()
        .map(|p| p.as_str())
        .collect();
    values.retain(|k, _| wanted.contains(k.as_str()));
    for (user, email) in people {
        crate::sweep::deliver(
            c,
            user.as_str(),
            email,
            template,
            values.clone(),
            &format!("{key}:{user}"),
            &link,
            state.now(),
        )?;
    }
    Ok(())
}

/// The family members the case is granted to, with their email addresses.
fn family_of(
    c: &mut DbConnection,
    loaded: &Loaded,
) -> Result<Vec<(domain::people::UserId, String)>, ApiError> {
    let mut out = Vec::new();
    for grant in &loaded.grants {
        if let Party::Family(user) = &grant.party {
            let person = persistence::users::find_by_id(c, user)?;
            out.push((person.id, person.email.as_str().to_owned()));
        }
    }
    Ok(out)
}

fn note(
    c: &mut DbConnection,
    state: &AppState,
    user: &User,
    case_id: &str,
    kind: &str,
    summary: String,
    plan_id: &str,
) -> Result<(), ApiError> {
    timeline::append(
        c,
        &timeline::NewEntry {
            case_id,
            actor: Some(&user.id),
            kind,
            summary,
            object: Some(("plan", plan_id)),
        },
        state.now(),
    )?;
    Ok(())
}

/// Share the draft with the family (it is served today: their 15 days for
/// comments start, D5). An amendment is served as the notice of proposed
/// amendments.
#[utoipa::path(
    tag = "plans",
    operation_id = "share_plan",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id")),
    responses(
        (status = 200, description = "Shared", body = PlanBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No draft you may share", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already shared, or the case is not at that stage", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/cases/{id}/plan/share")]
pub async fn share_plan(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<web::Json<PlanBody>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let case_id = id.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                let (loaded, open) =
                    open_for_coordinator(c, &state, &user, &case_id, "plan.share")?;
                if open.status != PlanStatus::Draft {
                    return Err(ApiError::Conflict(
                        plan::PlanRuleError::NotADraft.to_string(),
                    ));
                }
                let today = state.today();
                let event = plan::share_event(plan::is_amendment(open.version_no));
                record_event(
                    c,
                    &state.statutory,
                    &case_id,
                    event,
                    today,
                    Some(&user.id),
                    state.now(),
                )?;
                let shared = match store::share(c, &open.id, today, state.now()) {
                    Err(PersistenceError::Conflict(_)) => {
                        return Err(ApiError::Conflict(
                            plan::PlanRuleError::NotADraft.to_string(),
                        ));
                    }
                    other => other?,
                };
                let body = plan_body(c, &state, &shared, true)?;
                let family = family_of(c, &loaded)?;
                tell(
                    c,
                    &state,
                    &case_id,
                    &family,
                    domain::notifications::TemplateKey::DraftPlanReady,
                    body.comments_due,
                    &format!("plan-shared:{}", shared.id),
                )?;
                note(
                    c,
                    &state,
                    &user,
                    &case_id,
                    "plan.shared",
                    format!(
                        "Sent version {} of the plan to the family for comments (due by {})",
                        shared.version_no,
                        body.comments_due
                            .map(domain::notifications::format_date)
                            .unwrap_or_default()
                    ),
                    &shared.id,
                )?;
                Ok(web::Json(body))
            })
        })
    })
    .await
}

/// What the family say about a shared draft.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewRepresentation {
    /// comment (on a section), meeting (ask for one) or preferred_setting.
    #[schema(example = "comment")]
    pub kind: String,
    /// For a comment: "a" ... "k".
    pub section: Option<String>,
    #[serde(default)]
    pub body: String,
    /// For a preferred setting.
    pub setting_id: Option<String>,
}

/// The family comment on a section of the shared draft, ask for a meeting, or
/// name the school or setting they would like.
#[utoipa::path(
    tag = "plans",
    operation_id = "add_plan_representation",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id")),
    request_body = NewRepresentation,
    responses(
        (status = 201, description = "Recorded; the plan as it stands", body = PlanBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No shared draft you may comment on", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is invalid (each named)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/cases/{id}/plan/representations")]
pub async fn add_plan_representation(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    payload: web::Json<NewRepresentation>,
) -> Result<HttpResponse, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let case_id = id.into_inner();
    let new = payload.into_inner();
    let body = new.body.trim().to_owned();
    if body.chars().count() > domain::advice::content::MAX_TEXT_CHARS {
        return Err(ApiError::invalid(
            "body",
            "too_long",
            "The comment is too long",
        ));
    }
    let kind = match new.kind.as_str() {
        "comment" => {
            let section = new
                .section
                .as_deref()
                .and_then(SectionId::parse)
                .ok_or_else(|| {
                    ApiError::invalid(
                        "section",
                        "required",
                        "Choose the section you are commenting on",
                    )
                })?;
            if body.is_empty() {
                return Err(ApiError::invalid("body", "required", "Enter your comment"));
            }
            RepresentationKind::Comment {
                section: section.as_str().to_owned(),
            }
        }
        "meeting" => RepresentationKind::Meeting,
        "preferred_setting" => RepresentationKind::PreferredSetting {
            setting: SettingId::new(new.setting_id.clone().ok_or_else(|| {
                ApiError::invalid(
                    "setting_id",
                    "required",
                    "Choose the school or setting you would like",
                )
            })?),
        },
        _ => {
            return Err(ApiError::invalid(
                "kind",
                "unknown",
                "Choose comment, meeting or preferred_setting",
            ));
        }
    };
    let out = blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                let loaded = load_authorized(
                    c,
                    &state,
                    Caller::Person(&user),
                    &case_id,
                    Action::CommentOnDraftPlan,
                    "plan.representation",
                    ("case", &case_id),
                )?;
                let open = loaded.open_plan.clone().ok_or(ApiError::NotFound)?;
                if let RepresentationKind::PreferredSetting { setting } = &kind {
                    match persistence::education_settings::find(c, setting) {
                        Err(PersistenceError::NotFound) => {
                            return Err(ApiError::invalid(
                                "setting_id",
                                "unknown",
                                "There is no education setting with this id",
                            ));
                        }
                        other => {
                            other?;
                        }
                    }
                }
                let id = uuid::Uuid::now_v7().to_string();
                store::add_representation(c, &id, &open.id, &user.id, &kind, &body, state.now())?;
                record_event(
                    c,
                    &state.statutory,
                    &case_id,
                    CaseEvent::FamilyRepresentationsReceived,
                    state.today(),
                    Some(&user.id),
                    state.now(),
                )?;
                let summary = match &kind {
                    RepresentationKind::Comment { section } => format!(
                        "Commented on {} of the draft plan",
                        SectionId::parse(section).map_or("a section", |s| s.title())
                    ),
                    RepresentationKind::Meeting => {
                        "Asked for a meeting about the draft plan".into()
                    }
                    RepresentationKind::PreferredSetting { .. } => {
                        "Named the school or setting they would like in the plan".into()
                    }
                };
                note(
                    c,
                    &state,
                    &user,
                    &case_id,
                    "plan.representation",
                    summary,
                    &open.id,
                )?;
                plan_body(c, &state, &open, false)
            })
        })
    })
    .await?;
    Ok(HttpResponse::Created().json(out))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewConsultation {
    pub setting_id: String,
}

/// Consult a school or setting on being named in the plan (D6: an answer within
/// 15 days). The setting is given sight of the case to read the draft.
#[utoipa::path(
    tag = "plans",
    operation_id = "consult_setting",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id")),
    request_body = NewConsultation,
    responses(
        (status = 201, description = "Consulted; the plan as it stands", body = PlanBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No shared draft you may consult on", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The draft is not shared yet, or that setting was consulted", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No such setting", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/cases/{id}/plan/consultations")]
pub async fn consult_setting(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    payload: web::Json<NewConsultation>,
) -> Result<HttpResponse, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let case_id = id.into_inner();
    let setting = SettingId::new(payload.into_inner().setting_id);
    let out = blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                let (_, open) = open_for_coordinator(c, &state, &user, &case_id, "plan.consult")?;
                if open.status != PlanStatus::Shared {
                    return Err(ApiError::Conflict(
                        plan::PlanRuleError::NotShared.to_string(),
                    ));
                }
                let found = match persistence::education_settings::find(c, &setting) {
                    Err(PersistenceError::NotFound) => {
                        return Err(ApiError::invalid(
                            "setting_id",
                            "unknown",
                            "There is no education setting with this id",
                        ));
                    }
                    other => other?,
                };
                let id = uuid::Uuid::now_v7().to_string();
                match store::consult(c, &id, &open.id, &setting, &user.id, state.today()) {
                    Err(PersistenceError::Conflict(_)) => {
                        return Err(ApiError::Conflict(
                            "That setting has already been consulted on this version".into(),
                        ));
                    }
                    other => {
                        other?;
                    }
                }
                case_parties::grant(
                    c,
                    &case_id,
                    &Party::Setting(setting.clone()),
                    &user.id,
                    state.now(),
                )?;
                crate::cases::refresh_case(c, &state.statutory, &case_id, state.today())?;
                let staff: Vec<(domain::people::UserId, String)> =
                    persistence::education_settings::members(c, &setting)?
                        .into_iter()
                        .map(|m| (m.user_id, m.email.as_str().to_owned()))
                        .collect();
                tell(
                    c,
                    &state,
                    &case_id,
                    &staff,
                    domain::notifications::TemplateKey::ConsultationRequest,
                    state
                        .statutory
                        .clock()
                        .due(domain::rules::DeadlineId::D6, state.today()),
                    &format!("plan-consulted:{id}"),
                )?;
                record_event(
                    c,
                    &state.statutory,
                    &case_id,
                    CaseEvent::ConsultationSent,
                    state.today(),
                    Some(&user.id),
                    state.now(),
                )?;
                note(
                    c,
                    &state,
                    &user,
                    &case_id,
                    "plan.consulted",
                    format!(
                        "Consulted {} on being named in the plan",
                        found.name.as_str()
                    ),
                    &open.id,
                )?;
                plan_body(c, &state, &open, true)
            })
        })
    })
    .await?;
    Ok(HttpResponse::Created().json(out))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsultationAnswerRequest {
    /// yes or no.
    #[schema(example = "yes")]
    pub answer: String,
    #[serde(default)]
    pub reasons: String,
}

/// A consulted setting answers: yes or no, with reasons (needed for "no").
#[utoipa::path(
    tag = "plans",
    operation_id = "answer_consultation",
    security(("session" = [])),
    params(("id" = String, Path, description = "The consultation's id")),
    request_body = ConsultationAnswerRequest,
    responses(
        (status = 200, description = "Answered", body = ConsultationBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation for your setting", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already answered", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is invalid (each named)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/plan-consultations/{id}/answer")]
pub async fn answer_consultation(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    payload: web::Json<ConsultationAnswerRequest>,
) -> Result<web::Json<ConsultationBody>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let consultation_id = id.into_inner();
    let request = payload.into_inner();
    let yes = match request.answer.as_str() {
        "yes" => true,
        "no" => false,
        _ => return Err(ApiError::invalid("answer", "required", "Answer yes or no")),
    };
    let reasons = request.reasons.trim().to_owned();
    if !yes && reasons.is_empty() {
        return Err(ApiError::invalid(
            "reasons",
            "required",
            "Give the reasons the setting cannot be named",
        ));
    }
    if reasons.chars().count() > domain::advice::content::MAX_TEXT_CHARS {
        return Err(ApiError::invalid(
            "reasons",
            "too_long",
            "The reasons are too long",
        ));
    }
    blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                let consultation = match store::find_consultation(c, &consultation_id) {
                    Err(PersistenceError::NotFound) => return Err(ApiError::NotFound),
                    other => other?,
                };
                let record = store::find(c, &consultation.plan_id)?;
                let loaded = load_authorized(
                    c,
                    &state,
                    Caller::Person(&user),
                    &record.case_id,
                    Action::CommentOnDraftPlan,
                    "plan.consultation.answer",
                    ("plan_consultation", &consultation_id),
                )?;
                let actor = crate::cases::actor(c, &user)?;
                if !actor.settings.contains(&consultation.setting)
                    || loaded.open_plan.as_ref().map(|p| &p.id) != Some(&record.id)
                {
                    return Err(ApiError::NotFound);
                }
                let answered = match store::answer(
                    c,
                    &consultation_id,
                    yes,
                    &reasons,
                    &user.id,
                    state.now(),
                ) {
                    Err(PersistenceError::Conflict(_)) => {
                        return Err(ApiError::Conflict(
                            "This consultation has been answered".into(),
                        ));
                    }
                    other => other?,
                };
                record_event(
                    c,
                    &state.statutory,
                    &record.case_id,
                    CaseEvent::ConsultationResponseReceived,
                    state.today(),
                    Some(&user.id),
                    state.now(),
                )?;
                note(
                    c,
                    &state,
                    &user,
                    &record.case_id,
                    "plan.consultation_answered",
                    format!(
                        "{} answered the consultation: {}{}",
                        answered.setting_name,
                        if yes { "yes" } else { "no" },
                        if reasons.is_empty() {
                            String::new()
                        } else {
                            format!(". Reasons: {reasons}")
                        }
                    ),
                    &record.id,
                )?;
                let body = plan_body(c, &state, &record, false)?;
                body.consultations
                    .into_iter()
                    .find(|b| b.id == consultation_id)
                    .map(web::Json)
                    .ok_or(ApiError::NotFound)
            })
        })
    })
    .await
}

/// Issue the final plan (D7), or the amended plan: its version is frozen with
/// its issue date and the date of the next annual review (12 months). Section I
/// must name the setting.
#[utoipa::path(
    tag = "plans",
    operation_id = "issue_plan",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id")),
    responses(
        (status = 200, description = "Issued", body = PlanBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No plan you may issue", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not ready: the reason says what is missing", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/cases/{id}/plan/issue")]
pub async fn issue_plan(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<web::Json<PlanBody>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let case_id = id.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                let (loaded, open) =
                    open_for_coordinator(c, &state, &user, &case_id, "plan.issue")?;
                let check = plan::check_issue(state_of(open.status), &open.content);
                if !check.blockers.is_empty() {
                    return Err(ApiError::Conflict(check.blockers.join(". ")));
                }
                let today = state.today();
                let event = plan::issue_event(plan::is_amendment(open.version_no));
                record_event(
                    c,
                    &state.statutory,
                    &case_id,
                    event,
                    today,
                    Some(&user.id),
                    state.now(),
                )?;
                let issued = store::issue(
                    c,
                    &open.id,
                    &store::Issue {
                        issued_on: today,
                        next_review_on: plan::next_review_due(today),
                        by: &user.id,
                    },
                    state.now(),
                )?;
                note(
                    c,
                    &state,
                    &user,
                    &case_id,
                    "plan.issued",
                    format!(
                        "Issued the {} plan, version {} (next annual review by {})",
                        if plan::is_amendment(issued.version_no) {
                            "amended"
                        } else {
                            "final"
                        },
                        issued.version_no,
                        issued
                            .next_review_on
                            .map(domain::notifications::format_date)
                            .unwrap_or_default()
                    ),
                    &issued.id,
                )?;
                let family = family_of(c, &loaded)?;
                tell(
                    c,
                    &state,
                    &case_id,
                    &family,
                    domain::notifications::TemplateKey::FinalPlanIssued,
                    None,
                    &format!("plan-issued:{}", issued.id),
                )?;
                Ok(web::Json(plan_body(c, &state, &issued, true)?))
            })
        })
    })
    .await
}

// ---- Versions and the difference between two ------------------------------------------------------

/// The versions you may see: every issued one (if you may see the plan) and the
/// one being written if you may see it.
fn visible_versions(
    c: &mut DbConnection,
    state: &AppState,
    user: &User,
    case_id: &str,
    audit: &str,
) -> Result<Vec<PlanRecord>, ApiError> {
    let loaded = load_authorized(
        c,
        state,
        Caller::Person(user),
        case_id,
        Action::ViewCase,
        audit,
        ("case", case_id),
    )?;
    let see_final = may(c, state, user, &loaded, Action::ViewPlan)?;
    let see_open = may(c, state, user, &loaded, Action::ViewDraftPlan)?;
    let visible: Vec<PlanRecord> = store::of_case(c, case_id)?
        .into_iter()
        .filter(|p| match p.status {
            PlanStatus::Final => see_final,
            _ => see_open,
        })
        .collect();
    Ok(visible)
}

/// Every version of the plan you may see, oldest first: none (an empty list)
/// before there is a plan you may see.
#[utoipa::path(
    tag = "plans",
    operation_id = "list_plan_versions",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id")),
    responses(
        (status = 200, description = "The versions", body = PlanVersions),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or not one you may see", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/cases/{id}/plan/versions")]
pub async fn list_plan_versions(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<web::Json<PlanVersions>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let case_id = id.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            let mut c = state.db.conn()?;
            let items = visible_versions(&mut c, &state, &user, &case_id, "plan.versions.read")?
                .into_iter()
                .map(|p| PlanVersionItem {
                    version_no: p.version_no,
                    status: status_name(p.status),
                    issued_on: p.issued_on,
                    next_review_on: p.next_review_on,
                })
                .collect();
            Ok(web::Json(PlanVersions { items }))
        })
    })
    .await
}

/// One version of the plan.
#[utoipa::path(
    tag = "plans",
    operation_id = "get_plan_version",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The case's id"),
        ("version_no" = i32, Path, description = "The version number, from 1"),
    ),
    responses(
        (status = 200, description = "The version", body = PlanBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such version you may see", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/cases/{id}/plan/versions/{version_no}")]
pub async fn get_plan_version(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    path: web::Path<(String, i32)>,
) -> Result<web::Json<PlanBody>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let (case_id, version_no) = path.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            let mut c = state.db.conn()?;
            let record = visible_versions(&mut c, &state, &user, &case_id, "plan.version.read")?
                .into_iter()
                .find(|p| p.version_no == version_no)
                .ok_or(ApiError::NotFound)?;
            Ok(web::Json(plan_body(&mut c, &state, &record, false)?))
        })
    })
    .await
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DiffQuery {
    /// The earlier version.
    pub from: i32,
    /// The later version.
    pub to: i32,
}

/// What changed between two versions, section by section.
#[utoipa::path(
    tag = "plans",
    operation_id = "diff_plan_versions",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id"), DiffQuery),
    responses(
        (status = 200, description = "The changes", body = PlanDiff),
        (status = 400, description = "A bad query", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "A version you may not see, or none such", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/cases/{id}/plan/diff")]
pub async fn diff_plan_versions(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    query: web::Query<DiffQuery>,
) -> Result<web::Json<PlanDiff>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let case_id = id.into_inner();
    let DiffQuery { from, to } = query.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            let mut c = state.db.conn()?;
            let versions = visible_versions(&mut c, &state, &user, &case_id, "plan.diff.read")?;
            let find = |n: i32| {
                versions
                    .iter()
                    .find(|p| p.version_no == n)
                    .ok_or(ApiError::NotFound)
            };
            let (old, new) = (find(from)?, find(to)?);
            let sections = plan::diff(&old.content, &new.content)
                .into_iter()
                .map(|d| SectionDiffBody {
                    section: d.section.as_str().to_owned(),
                    title: d.title.to_owned(),
                    changes: d
                        .changes
                        .into_iter()
                        .map(|ch| match ch {
                            plan::ItemChange::Added { id, after } => ItemChangeBody {
                                change: "added".into(),
                                id,
                                before: None,
                                after: Some(after),
                            },
                            plan::ItemChange::Removed { id, before } => ItemChangeBody {
                                change: "removed".into(),
                                id,
                                before: Some(before),
                                after: None,
                            },
                            plan::ItemChange::Changed { id, before, after } => ItemChangeBody {
                                change: "changed".into(),
                                id,
                                before: Some(before),
                                after: Some(after),
                            },
                        })
                        .collect(),
                })
                .collect();
            Ok(web::Json(PlanDiff { from, to, sections }))
        })
    })
    .await
}

// ---- The plan as a PDF -------------------------------------------------------------------------

/// The plan version as a document. Nothing in it depends on when it is
/// rendered: the same version gives the same bytes every time.
fn plan_document(
    la_name: &str,
    case_ref: &str,
    child: &str,
    front: &domain::letters::Letter,
    record: &PlanRecord,
) -> crate::pdf::PdfDocument {
    use crate::pdf::{Block, PdfDocument};
    use domain::notifications::format_date;
    let content = &record.content;
    let mut doc = PdfDocument::new(front.title.clone());
    doc.blocks = crate::routes::letters::blocks_of(front);
    let issued = match record.issued_on {
        Some(on) => format!("Issued {}", format_date(on)),
        None => "Draft, not issued".to_owned(),
    };
    doc.subtitle = vec![
        format!("{child} \u{b7} Case {case_ref}"),
        format!("Version {} \u{b7} {issued}", record.version_no),
    ];
    if let Some(review) = record.next_review_on {
        doc.subtitle
            .push(format!("Annual review due by {}", format_date(review)));
    }
    if record.status != PlanStatus::Final {
        doc.marking = Some("DRAFT".into());
    }
    doc.footer = Some(format!(
        "{} \u{b7} {case_ref} \u{b7} Version {} \u{b7} {issued}",
        la_name.trim(),
        record.version_no
    ));
    let none = || Block::paragraph("None recorded.");
    let needs = |doc: &mut PdfDocument, list: &[plan::Need]| {
        if list.is_empty() {
            doc.push(none());
        }
        for need in list {
            doc.push(Block::field(need.id.to_uppercase(), need.text.clone()));
        }
    };
    let provisions = |doc: &mut PdfDocument, list: &[plan::PlanProvision]| {
        if list.is_empty() {
            doc.push(none());
        }
        for p in list {
            let mut lines = vec![p.what.clone()];
            for (label, value) in [
                ("Who", &p.who),
                ("How often", &p.how_often),
                ("How long", &p.how_long),
            ] {
                lines.push(format!("{label}: {value}"));
            }
            if !p.outcome_ids.is_empty() {
                lines.push(format!(
                    "Towards outcomes: {}",
                    p.outcome_ids.join(", ").to_uppercase()
                ));
            }
            doc.push(Block::field(p.id.to_uppercase(), lines.join("\n")));
        }
    };
    for section in SectionId::ALL {
        doc.push(Block::heading(1, section.title()));
        match section {
            SectionId::A => {
                doc.push(if content.views.trim().is_empty() {
                    none()
                } else {
                    Block::paragraph(content.views.clone())
                });
            }
            SectionId::B => needs(&mut doc, &content.education_needs),
            SectionId::C => needs(&mut doc, &content.health_needs),
            SectionId::D => needs(&mut doc, &content.social_care_needs),
            SectionId::E => {
                if content.outcomes.is_empty() {
                    doc.push(none());
                }
                for o in &content.outcomes {
                    let mut lines = vec![o.description.clone()];
                    if !o.need_ids.is_empty() {
                        lines.push(format!(
                            "Addresses needs: {}",
                            o.need_ids.join(", ").to_uppercase()
                        ));
                    }
                    for step in &o.steps {
                        lines.push(match step.target_date {
                            Some(by) => format!("Step: {} (by {})", step.text, format_date(by)),
                            None => format!("Step: {}", step.text),
                        });
                    }
                    doc.push(Block::field(o.id.to_uppercase(), lines.join("\n")));
                }
            }
            SectionId::F => provisions(&mut doc, &content.education_provision),
            SectionId::G => provisions(&mut doc, &content.health_provision),
            SectionId::H1 => provisions(&mut doc, &content.csdpa_provision),
            SectionId::H2 => provisions(&mut doc, &content.other_social_care_provision),
            SectionId::I => {
                doc.push(match &content.placement {
                    Some(p) if !p.name.trim().is_empty() => Block::paragraph(p.name.clone()),
                    _ => Block::paragraph("Left blank in a draft plan."),
                });
            }
            SectionId::J => {
                doc.push(if content.personal_budget.trim().is_empty() {
                    Block::paragraph("No personal budget.")
                } else {
                    Block::paragraph(content.personal_budget.clone())
                });
            }
            SectionId::K => {
                if content.advice.is_empty() {
                    doc.push(none());
                } else {
                    doc.push(Block::Numbered(
                        content
                            .advice
                            .iter()
                            .map(|a| {
                                let on = a
                                    .submitted_on
                                    .map(|d| format!(", {}", format_date(d)))
                                    .unwrap_or_default();
                                match a.from.trim() {
                                    "" => format!("Advice from {}{on}", a.author),
                                    from => format!("Advice from {} ({from}){on}", a.author),
                                }
                            })
                            .collect(),
                    ));
                }
            }
        }
    }
    doc
}

/// A version of the plan as a PDF, for whoever may see that version: the case
/// reference, version and dates on every page, "Page N of M".
#[utoipa::path(
    tag = "plans",
    operation_id = "download_plan_pdf",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The case's id"),
        ("version_no" = i32, Path, description = "The version number, from 1"),
    ),
    responses(
        (status = 200, description = "The plan as a PDF; the same version always gives the same bytes",
            content_type = "application/pdf",
            headers(
                ("Content-Disposition" = String, description = "attachment; filename=\"ehc-plan-<case ref>-v<n>.pdf\""),
                ("X-Content-Type-Options" = String, description = "nosniff"),
                ("Content-Security-Policy" = String, description = "sandbox"),
            )),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such version you may see", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/cases/{id}/plan/versions/{version_no}/pdf")]
pub async fn download_plan_pdf(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    path: web::Path<(String, i32)>,
) -> Result<HttpResponse, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let (case_id, version_no) = path.into_inner();
    let (doc, file_name) = blocking(move || {
        keep_refusals(&state, || {
            let mut c = state.db.conn()?;
            let record = visible_versions(&mut c, &state, &user, &case_id, "plan.pdf.download")?
                .into_iter()
                .find(|p| p.version_no == version_no)
                .ok_or(ApiError::NotFound)?;
            let case = persistence::cases::find(&mut c, &case_id)?;
            let child = crate::routes::downloads::child_name(&mut c, &case_id)?;
            let front = crate::routes::letters::plan_front_page(&mut c, &state, &child)?;
            let doc = plan_document(
                &state.settings.la.name,
                &case.case_ref,
                &child,
                &front,
                &record,
            );
            let file_name = format!(
                "ehc-plan-{}-v{}.pdf",
                crate::routes::downloads::reference(&case.case_ref),
                record.version_no
            );
            Ok((doc, file_name))
        })
    })
    .await?;
    let bytes = blocking(move || Ok(doc.render())).await?;
    Ok(crate::routes::downloads::pdf_response(&file_name, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The contract's description of the content is the domain's JSON exactly.
    #[test]
    fn the_contract_describes_the_plan_content_the_domain_writes() {
        let ep = domain::advice::AdviceContent {
            areas: domain::advice::content::AreasOfNeed {
                communication_and_interaction: domain::advice::content::AreaAdvice {
                    strengths: "Sings".into(),
                    needs: "Turn-taking".into(),
                    outcomes: vec![domain::advice::content::Outcome {
                        description: "Takes turns".into(),
                        pfa: vec![domain::advice::content::PfaType::Health],
                        steps: vec![domain::advice::content::Step {
                            text: "Two turns".into(),
                            target_date: NaiveDate::from_ymd_opt(2027, 7, 1),
                        }],
                        provisions: vec![domain::advice::content::Provision {
                            description: "A group".into(),
                        }],
                    }],
                },
                ..Default::default()
            },
            ..Default::default()
        };
        let mut content = plan::draft_from(&plan::Sources {
            child_views: "Trains",
            parent_views: "Mornings",
            advice: vec![plan::AdviceSource {
                advice_request_id: "a1",
                author: "Priya",
                from: "EPS",
                submitted_on: NaiveDate::from_ymd_opt(2027, 1, 1),
                content: &ep,
            }],
        });
        content.placement = Some(plan::Placement {
            setting_id: Some("s1".into()),
            name: "Riverside".into(),
        });
        let domain_json = serde_json::to_value(&content).unwrap();
        let doc: PlanContentDoc = serde_json::from_value(domain_json.clone()).unwrap();
        assert_eq!(serde_json::to_value(&doc).unwrap(), domain_json);
    }
}
