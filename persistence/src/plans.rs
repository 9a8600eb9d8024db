//! EHC plans: each version of a case's plan is a row. A draft is its author's
//! alone; shared, the family and consulted settings see it and answer; final,
//! it is frozen (an amendment starts a new version). Also the family's
//! representations on a shared draft and the settings' consultation answers.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use domain::ehc_plan::PlanContent;
use domain::people::{SettingId, UserId};

use crate::schema::{education_settings, plan_consultations, plan_representations, plans, users};
use crate::teams::VersionedUpdate;
use crate::{DbConnection, PersistenceError};

/// Where a plan version stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanStatus {
    /// Being written; only its author sees it.
    Draft,
    /// Served on the family and open to comments and consultation.
    Shared,
    /// Issued and frozen.
    Final,
}

impl PlanStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            PlanStatus::Draft => "draft",
            PlanStatus::Shared => "shared",
            PlanStatus::Final => "final",
        }
    }

    fn parse(s: &str) -> Result<Self, PersistenceError> {
        match s {
            "draft" => Ok(PlanStatus::Draft),
            "shared" => Ok(PlanStatus::Shared),
            "final" => Ok(PlanStatus::Final),
            other => Err(corrupt("status", other)),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlanRecord {
    pub id: String,
    pub case_id: String,
    /// 1 for the first plan; each amendment adds one.
    pub version_no: i32,
    pub status: PlanStatus,
    pub content: PlanContent,
    pub author: UserId,
    pub author_name: String,
    pub shared_on: Option<NaiveDate>,
    pub issued_on: Option<NaiveDate>,
    pub next_review_on: Option<NaiveDate>,
    pub issued_by: Option<UserId>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The row's version, for `If-Match`.
    pub version: i64,
}

fn corrupt(what: &str, value: &str) -> PersistenceError {
    PersistenceError::Database(format!("plans: unexpected {what} {value:?}"))
}

fn content_json(content: &PlanContent) -> Result<String, PersistenceError> {
    serde_json::to_string(content)
        .map_err(|e| PersistenceError::Database(format!("plan content: {e}")))
}

fn utc(at: NaiveDateTime) -> DateTime<Utc> {
    DateTime::from_naive_utc_and_offset(at, Utc)
}

type Row = (
    (String, String, i32, String, String, String, String),
    (
        Option<NaiveDate>,
        Option<NaiveDate>,
        Option<NaiveDate>,
        Option<String>,
        NaiveDateTime,
        NaiveDateTime,
        i64,
    ),
);

/// The columns of a plan version with its author's name, of `plans p` joined
/// to `users u`, as [`from_json_row`] reads them.
pub(crate) const JSON_COLUMNS: &str = "p.id, p.case_id, p.version_no, p.status, p.content, \
     p.author_id, u.display_name, p.shared_on, p.issued_on, p.next_review_on, p.issued_by, \
     p.created_at, p.updated_at, p.version";

/// The version of the case in the outer query being written, as [`open_of_case`] reads it.
pub(crate) fn open_from() -> String {
    format!(
        "plans p JOIN users u ON u.id = p.author_id WHERE p.case_id = cases.id AND p.status <> '{}'",
        PlanStatus::Final.as_str()
    )
}

/// A plan version as [`JSON_COLUMNS`] put it in JSON.
pub(crate) type JsonRow = (
    String,
    String,
    i32,
    String,
    String,
    String,
    String,
    Option<NaiveDate>,
    Option<NaiveDate>,
    Option<NaiveDate>,
    Option<String>,
    crate::json_rows::Instant,
    crate::json_rows::Instant,
    i64,
);

pub(crate) fn from_json_row(r: JsonRow) -> Result<PlanRecord, PersistenceError> {
    from_row((
        (r.0, r.1, r.2, r.3, r.4, r.5, r.6),
        (r.7, r.8, r.9, r.10, r.11.0, r.12.0, r.13),
    ))
}

fn from_row(row: Row) -> Result<PlanRecord, PersistenceError> {
    let (
        (id, case_id, version_no, status, content, author, author_name),
        (shared_on, issued_on, next_review_on, issued_by, created_at, updated_at, version),
    ) = row;
    let content = serde_json::from_str::<PlanContent>(&content)
        .map_err(|e| PersistenceError::Database(format!("plan {id} content: {e}")))?;
    Ok(PlanRecord {
        status: PlanStatus::parse(&status)?,
        id,
        case_id,
        version_no,
        content,
        author: UserId::new(author),
        author_name,
        shared_on,
        issued_on,
        next_review_on,
        issued_by: issued_by.map(UserId::new),
        created_at: utc(created_at),
        updated_at: utc(updated_at),
        version,
    })
}

macro_rules! plan_rows {
    () => {
        plans::table.inner_join(users::table.on(users::id.eq(plans::author_id)))
    };
}

macro_rules! plan_columns {
    () => {
        (
            (
                plans::id,
                plans::case_id,
                plans::version_no,
                plans::status,
                plans::content,
                plans::author_id,
                users::display_name,
            ),
            (
                plans::shared_on,
                plans::issued_on,
                plans::next_review_on,
                plans::issued_by,
                plans::created_at,
                plans::updated_at,
                plans::version,
            ),
        )
    };
}

/// A new draft: the first plan of a case, or an amendment of its latest.
pub struct NewPlan<'a> {
    pub id: &'a str,
    pub case_id: &'a str,
    pub version_no: i32,
    pub content: &'a PlanContent,
    pub author: &'a UserId,
}

/// Starts a draft. `Conflict` when the case already has one being written (the
/// partial unique index `plans_one_open` says so).
pub fn start(
    conn: &mut DbConnection,
    new: &NewPlan<'_>,
    now: DateTime<Utc>,
) -> Result<PlanRecord, PersistenceError> {
    let at = now.naive_utc();
    diesel::insert_into(plans::table)
        .values((
            plans::id.eq(new.id),
            plans::case_id.eq(new.case_id),
            plans::version_no.eq(new.version_no),
            plans::status.eq(PlanStatus::Draft.as_str()),
            plans::content.eq(content_json(new.content)?),
            plans::author_id.eq(new.author.as_str()),
            plans::created_at.eq(at),
            plans::updated_at.eq(at),
            plans::version.eq(1_i64),
        ))
        .execute(conn)?;
    find(conn, new.id)
}

pub fn find(conn: &mut DbConnection, id: &str) -> Result<PlanRecord, PersistenceError> {
    let row: Row = plan_rows!()
        .filter(plans::id.eq(id))
        .select(plan_columns!())
        .first(conn)?;
    from_row(row)
}

/// Every version of a case's plan, oldest first.
pub fn of_case(
    conn: &mut DbConnection,
    case_id: &str,
) -> Result<Vec<PlanRecord>, PersistenceError> {
    let rows: Vec<Row> = plan_rows!()
        .filter(plans::case_id.eq(case_id))
        .order(plans::version_no.asc())
        .select(plan_columns!())
        .load(conn)?;
    rows.into_iter().map(from_row).collect()
}

/// The version being written (draft or shared), if any.
pub fn open_of_case(
    conn: &mut DbConnection,
    case_id: &str,
) -> Result<Option<PlanRecord>, PersistenceError> {
    let row: Option<Row> = plan_rows!()
        .filter(plans::case_id.eq(case_id))
        .filter(plans::status.ne(PlanStatus::Final.as_str()))
        .select(plan_columns!())
        .first(conn)
        .optional()?;
    row.map(from_row).transpose()
}

/// Version `version_no` of a case's plan.
pub fn version_of_case(
    conn: &mut DbConnection,
    case_id: &str,
    version_no: i32,
) -> Result<PlanRecord, PersistenceError> {
    let row: Row = plan_rows!()
        .filter(plans::case_id.eq(case_id))
        .filter(plans::version_no.eq(version_no))
        .select(plan_columns!())
        .first(conn)?;
    from_row(row)
}

/// The highest version number used on a case (0 when there is no plan).
pub fn latest_version_no(conn: &mut DbConnection, case_id: &str) -> Result<i32, PersistenceError> {
    let max: Option<i32> = plans::table
        .filter(plans::case_id.eq(case_id))
        .select(diesel::dsl::max(plans::version_no))
        .first(conn)?;
    Ok(max.unwrap_or(0))
}

/// Saves the content of a version still being written, if it is still at
/// `expected` (`Stale` otherwise; nothing is written).
pub fn save_content(
    conn: &mut DbConnection,
    id: &str,
    expected: i64,
    content: &PlanContent,
    now: DateTime<Utc>,
) -> Result<VersionedUpdate<PlanRecord>, PersistenceError> {
    let written = diesel::update(
        plans::table
            .filter(plans::id.eq(id))
            .filter(plans::version.eq(expected))
            .filter(plans::status.ne(PlanStatus::Final.as_str())),
    )
    .set((
        plans::content.eq(content_json(content)?),
        plans::updated_at.eq(now.naive_utc()),
        plans::version.eq(expected + 1),
    ))
    .execute(conn)?;
    if written == 0 {
        return Ok(VersionedUpdate::Stale);
    }
    Ok(VersionedUpdate::Applied(find(conn, id)?))
}

/// Shares a draft with the family (served on `on`).
pub fn share(
    conn: &mut DbConnection,
    id: &str,
    on: NaiveDate,
    now: DateTime<Utc>,
) -> Result<PlanRecord, PersistenceError> {
    let written = diesel::update(
        plans::table
            .filter(plans::id.eq(id))
            .filter(plans::status.eq(PlanStatus::Draft.as_str())),
    )
    .set((
        plans::status.eq(PlanStatus::Shared.as_str()),
        plans::shared_on.eq(Some(on)),
        plans::updated_at.eq(now.naive_utc()),
        plans::version.eq(plans::version + 1),
    ))
    .execute(conn)?;
    if written == 0 {
        return Err(PersistenceError::Conflict("plan_not_a_draft".into()));
    }
    find(conn, id)
}

/// What issuing a version records.
pub struct Issue<'a> {
    pub issued_on: NaiveDate,
    pub next_review_on: NaiveDate,
    pub by: &'a UserId,
}

/// Issues a shared version: it is final and frozen from now on.
pub fn issue(
    conn: &mut DbConnection,
    id: &str,
    issue: &Issue<'_>,
    now: DateTime<Utc>,
) -> Result<PlanRecord, PersistenceError> {
    let written = diesel::update(
        plans::table
            .filter(plans::id.eq(id))
            .filter(plans::status.eq(PlanStatus::Shared.as_str())),
    )
    .set((
        plans::status.eq(PlanStatus::Final.as_str()),
        plans::issued_on.eq(Some(issue.issued_on)),
        plans::next_review_on.eq(Some(issue.next_review_on)),
        plans::issued_by.eq(Some(issue.by.as_str())),
        plans::updated_at.eq(now.naive_utc()),
        plans::version.eq(plans::version + 1),
    ))
    .execute(conn)?;
    if written == 0 {
        return Err(PersistenceError::Conflict("plan_not_shared".into()));
    }
    find(conn, id)
}

// ---- The family's representations ------------------------------------------------

/// What a family member said about a shared draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RepresentationKind {
    /// On one section ("a", "b", ... "k").
    Comment { section: String },
    /// They would like a meeting with the LA.
    Meeting,
    /// The setting they would like named in section I.
    PreferredSetting { setting: SettingId },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Representation {
    pub id: String,
    pub plan_id: String,
    pub author: UserId,
    pub author_name: String,
    pub kind: RepresentationKind,
    pub body: String,
    /// The preferred setting's name.
    pub setting_name: Option<String>,
    pub at: DateTime<Utc>,
}

pub fn add_representation(
    conn: &mut DbConnection,
    id: &str,
    plan_id: &str,
    author: &UserId,
    kind: &RepresentationKind,
    body: &str,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    let (kind_name, section, setting) = match kind {
        RepresentationKind::Comment { section } => ("comment", Some(section.as_str()), None),
        RepresentationKind::Meeting => ("meeting", None, None),
        RepresentationKind::PreferredSetting { setting } => {
            ("preferred_setting", None, Some(setting.as_str()))
        }
    };
    diesel::insert_into(plan_representations::table)
        .values((
            plan_representations::id.eq(id),
            plan_representations::plan_id.eq(plan_id),
            plan_representations::author_id.eq(author.as_str()),
            plan_representations::kind.eq(kind_name),
            plan_representations::section.eq(section),
            plan_representations::body.eq(body),
            plan_representations::setting_id.eq(setting),
            plan_representations::created_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

/// A plan version's representations, oldest first.
pub fn representations(
    conn: &mut DbConnection,
    plan_id: &str,
) -> Result<Vec<Representation>, PersistenceError> {
    type RepRow = (
        String,
        String,
        String,
        String,
        Option<String>,
        String,
        Option<String>,
        NaiveDateTime,
        String,
        Option<String>,
    );
    let rows: Vec<RepRow> = plan_representations::table
        .inner_join(users::table.on(users::id.eq(plan_representations::author_id)))
        .left_join(
            education_settings::table.on(education_settings::id
                .nullable()
                .eq(plan_representations::setting_id)),
        )
        .filter(plan_representations::plan_id.eq(plan_id))
        .order((
            plan_representations::created_at.asc(),
            plan_representations::id.asc(),
        ))
        .select((
            plan_representations::id,
            plan_representations::plan_id,
            plan_representations::author_id,
            plan_representations::kind,
            plan_representations::section,
            plan_representations::body,
            plan_representations::setting_id,
            plan_representations::created_at,
            users::display_name,
            education_settings::name.nullable(),
        ))
        .load(conn)?;
    rows.into_iter()
        .map(
            |(id, plan_id, author, kind, section, body, setting, at, author_name, setting_name)| {
                let kind = match (kind.as_str(), section, setting) {
                    ("comment", Some(section), _) => RepresentationKind::Comment { section },
                    ("meeting", _, _) => RepresentationKind::Meeting,
                    ("preferred_setting", _, Some(setting)) => {
                        RepresentationKind::PreferredSetting {
                            setting: SettingId::new(setting),
                        }
                    }
                    (other, _, _) => return Err(corrupt("representation kind", other)),
                };
                Ok(Representation {
                    id,
                    plan_id,
                    author: UserId::new(author),
                    author_name,
                    kind,
                    body,
                    setting_name,
                    at: utc(at),
                })
            },
        )
        .collect()
}

// ---- Consultation of settings -------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsultationAnswer {
    /// Whether the setting agrees to be named.
    pub yes: bool,
    pub reasons: String,
    pub by: UserId,
    pub by_name: String,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consultation {
    pub id: String,
    pub plan_id: String,
    pub setting: SettingId,
    pub setting_name: String,
    pub sent_by: UserId,
    pub sent_on: NaiveDate,
    pub answer: Option<ConsultationAnswer>,
}

/// Consults a setting on a plan version. `Conflict` if it already was.
pub fn consult(
    conn: &mut DbConnection,
    id: &str,
    plan_id: &str,
    setting: &SettingId,
    by: &UserId,
    on: NaiveDate,
) -> Result<Consultation, PersistenceError> {
    diesel::insert_into(plan_consultations::table)
        .values((
            plan_consultations::id.eq(id),
            plan_consultations::plan_id.eq(plan_id),
            plan_consultations::setting_id.eq(setting.as_str()),
            plan_consultations::sent_by.eq(by.as_str()),
            plan_consultations::sent_on.eq(on),
        ))
        .execute(conn)?;
    find_consultation(conn, id)
}

/// Records a setting's answer; `Conflict` if it has already answered.
pub fn answer(
    conn: &mut DbConnection,
    id: &str,
    yes: bool,
    reasons: &str,
    by: &UserId,
    now: DateTime<Utc>,
) -> Result<Consultation, PersistenceError> {
    let written = diesel::update(
        plan_consultations::table
            .filter(plan_consultations::id.eq(id))
            .filter(plan_consultations::answer.is_null()),
    )
    .set((
        plan_consultations::answer.eq(Some(if yes { "yes" } else { "no" })),
        plan_consultations::reasons.eq(reasons),
        plan_consultations::answered_by.eq(Some(by.as_str())),
        plan_consultations::answered_at.eq(Some(now.naive_utc())),
    ))
    .execute(conn)?;
    if written == 0 {
        find_consultation(conn, id)?;
        return Err(PersistenceError::Conflict("consultation_answered".into()));
    }
    find_consultation(conn, id)
}

type ConsultationRow = (
    (String, String, String, String, String, NaiveDate),
    (
        Option<String>,
        String,
        Option<String>,
        Option<NaiveDateTime>,
    ),
);

macro_rules! consultation_columns {
    () => {
        (
            (
                plan_consultations::id,
                plan_consultations::plan_id,
                plan_consultations::setting_id,
                education_settings::name,
                plan_consultations::sent_by,
                plan_consultations::sent_on,
            ),
            (
                plan_consultations::answer,
                plan_consultations::reasons,
                plan_consultations::answered_by,
                plan_consultations::answered_at,
            ),
        )
    };
}

fn consultation_from(
    conn: &mut DbConnection,
    row: ConsultationRow,
) -> Result<Consultation, PersistenceError> {
    let ((id, plan_id, setting, setting_name, sent_by, sent_on), (answer, reasons, by, at)) = row;
    let answer = match (answer, by, at) {
        (Some(answer), Some(by), Some(at)) => {
            let by_name: String = users::table
                .filter(users::id.eq(&by))
                .select(users::display_name)
                .first(conn)?;
            Some(ConsultationAnswer {
                yes: answer == "yes",
                reasons,
                by: UserId::new(by),
                by_name,
                at: utc(at),
            })
        }
        _ => None,
    };
    Ok(Consultation {
        id,
        plan_id,
        setting: SettingId::new(setting),
        setting_name,
        sent_by: UserId::new(sent_by),
        sent_on,
        answer,
    })
}

pub fn find_consultation(
    conn: &mut DbConnection,
    id: &str,
) -> Result<Consultation, PersistenceError> {
    let row: ConsultationRow = plan_consultations::table
        .inner_join(education_settings::table)
        .filter(plan_consultations::id.eq(id))
        .select(consultation_columns!())
        .first(conn)?;
    consultation_from(conn, row)
}

/// A plan version's consultations, in the order they were sent.
pub fn consultations(
    conn: &mut DbConnection,
    plan_id: &str,
) -> Result<Vec<Consultation>, PersistenceError> {
    let rows: Vec<ConsultationRow> = plan_consultations::table
        .inner_join(education_settings::table)
        .filter(plan_consultations::plan_id.eq(plan_id))
        .order((
            plan_consultations::sent_on.asc(),
            plan_consultations::id.asc(),
        ))
        .select(consultation_columns!())
        .load(conn)?;
    rows.into_iter()
        .map(|row| consultation_from(conn, row))
        .collect()
}
