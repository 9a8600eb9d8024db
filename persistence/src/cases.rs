//! Cases as far as the statutory engine needs them: the case row (stage,
//! co-ordinator, the dates the clock counts from), its dated events, and the
//! exceptions recorded against its deadlines. The assessment pathway grows this.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use domain::deadlines::DatedEvent;
use domain::exceptions::RecordedException;
use domain::lifecycle::{CaseEvent, CaseStage};
use domain::people::UserId;

use crate::schema::{case_events, case_exceptions, cases, users};
use crate::{DbConnection, PersistenceError};

#[derive(Debug, Clone)]
pub struct NewCase {
    pub id: String,
    pub case_ref: String,
    pub stage: CaseStage,
    pub coordinator: Option<UserId>,
    pub child_born_on: Option<NaiveDate>,
    pub request_received_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRecord {
    pub id: String,
    pub case_ref: String,
    pub stage: CaseStage,
    pub stage_before_closure: Option<CaseStage>,
    pub coordinator: Option<UserId>,
    pub child_born_on: Option<NaiveDate>,
    pub request_received_on: Option<NaiveDate>,
    pub next_deadline: Option<(String, NaiveDate)>,
    pub version: i64,
    /// The flags a co-ordinator has set (looked-after follows the child's details).
    pub flags: Vec<domain::trays::Flag>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = cases)]
struct Row {
    id: String,
    case_ref: String,
    stage: String,
    stage_before_closure: Option<String>,
    coordinator_id: Option<String>,
    child_born_on: Option<NaiveDate>,
    request_received_on: Option<NaiveDate>,
    next_deadline_id: Option<String>,
    next_deadline_on: Option<NaiveDate>,
    version: i64,
    #[diesel(embed)]
    flags: crate::trays::FlagColumns,
}

fn stage(raw: &str) -> Result<CaseStage, PersistenceError> {
    raw.parse()
        .map_err(|_| PersistenceError::Database(format!("unknown stored stage '{raw}'")))
}

impl TryFrom<Row> for CaseRecord {
    type Error = PersistenceError;
    fn try_from(r: Row) -> Result<Self, Self::Error> {
        Ok(CaseRecord {
            stage: stage(&r.stage)?,
            stage_before_closure: r.stage_before_closure.as_deref().map(stage).transpose()?,
            coordinator: r.coordinator_id.map(UserId::new),
            next_deadline: r.next_deadline_id.zip(r.next_deadline_on),
            id: r.id,
            case_ref: r.case_ref,
            child_born_on: r.child_born_on,
            request_received_on: r.request_received_on,
            version: r.version,
            flags: r.flags.flags(),
        })
    }
}

pub fn create(
    conn: &mut DbConnection,
    new: &NewCase,
    now: DateTime<Utc>,
) -> Result<CaseRecord, PersistenceError> {
    diesel::insert_into(cases::table)
        .values((
            cases::id.eq(&new.id),
            cases::case_ref.eq(&new.case_ref),
            cases::stage.eq(new.stage.as_str()),
            cases::coordinator_id.eq(new.coordinator.as_ref().map(UserId::as_str)),
            cases::child_born_on.eq(new.child_born_on),
            cases::request_received_on.eq(new.request_received_on),
            cases::created_at.eq(now.naive_utc()),
            cases::updated_at.eq(now.naive_utc()),
            cases::version.eq(1),
        ))
        .execute(conn)?;
    find(conn, &new.id)
}

pub fn find(conn: &mut DbConnection, id: &str) -> Result<CaseRecord, PersistenceError> {
    cases::table
        .find(id)
        .select(Row::as_select())
        .first::<Row>(conn)?
        .try_into()
}

pub fn find_by_ref(
    conn: &mut DbConnection,
    case_ref: &str,
) -> Result<CaseRecord, PersistenceError> {
    cases::table
        .filter(cases::case_ref.eq(case_ref))
        .select(Row::as_select())
        .first::<Row>(conn)?
        .try_into()
}

/// The next free reference of a year, `EHC-2026-000123`. Two racing callers may
/// pick the same one; the unique index refuses the second, which then retries.
pub fn next_case_ref(conn: &mut DbConnection, year: i32) -> Result<String, PersistenceError> {
    let prefix = format!("EHC-{year}-");
    let last: Option<String> = cases::table
        .filter(cases::case_ref.like(format!("{prefix}%")))
        .select(diesel::dsl::max(cases::case_ref))
        .first(conn)?;
    let n = last
        .and_then(|r| r.strip_prefix(&prefix).and_then(|d| d.parse::<u32>().ok()))
        .unwrap_or(0);
    Ok(format!("{prefix}{:06}", n + 1))
}

/// Records a lifecycle event, with the note (a decision's reasons) if any;
/// returns the event's id.
pub fn append_event(
    conn: &mut DbConnection,
    case_id: &str,
    event: &DatedEvent,
    note: Option<&str>,
    recorded_by: Option<&UserId>,
    now: DateTime<Utc>,
) -> Result<String, PersistenceError> {
    let json = serde_json::to_string(&event.event)
        .map_err(|e| PersistenceError::Database(e.to_string()))?;
    let id = uuid::Uuid::now_v7().to_string();
    diesel::insert_into(case_events::table)
        .values((
            case_events::id.eq(&id),
            case_events::case_id.eq(case_id),
            case_events::occurred_on.eq(event.on),
            case_events::event.eq(json),
            case_events::recorded_at.eq(now.naive_utc()),
            case_events::recorded_by.eq(recorded_by.map(UserId::as_str)),
            case_events::note.eq(note),
        ))
        .execute(conn)?;
    Ok(id)
}

/// A lifecycle event as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedEvent {
    pub id: String,
    pub dated: DatedEvent,
    pub note: Option<String>,
    pub recorded_by: Option<String>,
}

/// A `case_events` row as read: id, day, event (JSON), note, recorded by.
type EventRow = (String, NaiveDate, String, Option<String>, Option<String>);

/// The columns of an [`EventRow`], of `case_events e`, in the order they happened.
const EVENT_COLUMNS: &str = "e.id, e.occurred_on, e.event, e.note, e.recorded_by";
const EVENT_ORDER: &str = "e.occurred_on, e.recorded_at, e.id";

fn recorded_event(
    (id, on, json, note, recorded_by): EventRow,
) -> Result<RecordedEvent, PersistenceError> {
    let event: CaseEvent = serde_json::from_str(&json)
        .map_err(|e| PersistenceError::Database(format!("stored case event is invalid: {e}")))?;
    Ok(RecordedEvent {
        id,
        dated: DatedEvent::new(on, event),
        note,
        recorded_by,
    })
}

/// The case's history in the order things happened, with ids and notes.
pub fn recorded_events(
    conn: &mut DbConnection,
    case_id: &str,
) -> Result<Vec<RecordedEvent>, PersistenceError> {
    let rows: Vec<EventRow> = case_events::table
        .filter(case_events::case_id.eq(case_id))
        .order((
            case_events::occurred_on.asc(),
            case_events::recorded_at.asc(),
            case_events::id.asc(),
        ))
        .select((
            case_events::id,
            case_events::occurred_on,
            case_events::event,
            case_events::note,
            case_events::recorded_by,
        ))
        .load(conn)?;
    rows.into_iter().map(recorded_event).collect()
}

/// The case's history in the order things happened.
pub fn events(conn: &mut DbConnection, case_id: &str) -> Result<Vec<DatedEvent>, PersistenceError> {
    Ok(recorded_events(conn, case_id)?
        .into_iter()
        .map(|r| r.dated)
        .collect())
}

pub fn record_exception(
    conn: &mut DbConnection,
    case_id: &str,
    exception: &RecordedException,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    diesel::insert_into(case_exceptions::table)
        .values((
            case_exceptions::id.eq(uuid::Uuid::now_v7().to_string()),
            case_exceptions::case_id.eq(case_id),
            case_exceptions::code.eq(exception.code.as_str()),
            case_exceptions::from_on.eq(exception.from),
            case_exceptions::to_on.eq(exception.to),
            case_exceptions::note.eq(&exception.note),
            case_exceptions::advice_request_id
                .eq(exception.advice_request.as_ref().map(ToString::to_string)),
            case_exceptions::recorded_by.eq(exception.recorded_by.as_str()),
            case_exceptions::recorded_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

/// A `case_exceptions` row as read: code, from, to, note, advice request, recorded by.
type ExceptionRow = (
    String,
    NaiveDate,
    Option<NaiveDate>,
    String,
    Option<String>,
    String,
);

/// The columns of an [`ExceptionRow`], of `case_exceptions x`, in the order recorded.
const EXCEPTION_COLUMNS: &str =
    "x.code, x.from_on, x.to_on, x.note, x.advice_request_id, x.recorded_by";
const EXCEPTION_ORDER: &str = "x.recorded_at, x.id";

fn recorded_exception(
    (code, from, to, note, request, by): ExceptionRow,
) -> Result<RecordedException, PersistenceError> {
    let corrupt =
        |e: String| PersistenceError::Database(format!("stored exception is invalid: {e}"));
    let code = code
        .parse()
        .map_err(|e: domain::people::InvalidValue| corrupt(e.to_string()))?;
    let request = request.map(domain::advice::AdviceRequestId::new);
    RecordedException::new(code, from, to, &note, UserId::new(by), request)
        .map_err(|e| corrupt(e.to_string()))
}

pub fn exceptions(
    conn: &mut DbConnection,
    case_id: &str,
) -> Result<Vec<RecordedException>, PersistenceError> {
    let rows: Vec<ExceptionRow> = case_exceptions::table
        .filter(case_exceptions::case_id.eq(case_id))
        .order((
            case_exceptions::recorded_at.asc(),
            case_exceptions::id.asc(),
        ))
        .select((
            case_exceptions::code,
            case_exceptions::from_on,
            case_exceptions::to_on,
            case_exceptions::note,
            case_exceptions::advice_request_id,
            case_exceptions::recorded_by,
        ))
        .load(conn)?;
    rows.into_iter().map(recorded_exception).collect()
}

/// Stores the stage a transition produced (and the one to return to on reopening).
pub fn set_stage(
    conn: &mut DbConnection,
    case_id: &str,
    stage: CaseStage,
    before_closure: Option<CaseStage>,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    diesel::update(cases::table.find(case_id))
        .set((
            cases::stage.eq(stage.as_str()),
            cases::stage_before_closure.eq(before_closure.map(CaseStage::as_str)),
            cases::updated_at.eq(now.naive_utc()),
            cases::version.eq(cases::version + 1),
        ))
        .execute(conn)?;
    Ok(())
}

/// Keeps the indexed "next deadline" of the case in step with its history.
pub fn set_next_deadline(
    conn: &mut DbConnection,
    case_id: &str,
    next: Option<(&str, NaiveDate)>,
) -> Result<(), PersistenceError> {
    diesel::update(cases::table.find(case_id))
        .set((
            cases::next_deadline_id.eq(next.map(|(id, _)| id)),
            cases::next_deadline_on.eq(next.map(|(_, on)| on)),
            cases::deadline_sort.eq(next.map_or(crate::trays::NO_DEADLINE, |(_, on)| on)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Allocates (or replaces) the case's co-ordinator.
/// Corrects the child's date of birth (the clock reads it for phase transfers).
pub fn set_child_born_on(
    conn: &mut DbConnection,
    case_id: &str,
    born_on: Option<NaiveDate>,
) -> Result<(), PersistenceError> {
    diesel::update(cases::table.find(case_id))
        .set(cases::child_born_on.eq(born_on))
        .execute(conn)?;
    Ok(())
}

pub fn set_coordinator(
    conn: &mut DbConnection,
    case_id: &str,
    coordinator: Option<&UserId>,
) -> Result<(), PersistenceError> {
    diesel::update(cases::table.find(case_id))
        .set(cases::coordinator_id.eq(coordinator.map(UserId::as_str)))
        .execute(conn)?;
    Ok(())
}

pub fn set_request_received(
    conn: &mut DbConnection,
    case_id: &str,
    on: NaiveDate,
) -> Result<(), PersistenceError> {
    diesel::update(cases::table.find(case_id))
        .set(cases::request_received_on.eq(Some(on)))
        .execute(conn)?;
    Ok(())
}

/// A case whose next deadline is due by some day, with its co-ordinator's email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueCase {
    pub id: String,
    pub case_ref: String,
    pub deadline_id: String,
    pub due: NaiveDate,
    pub coordinator_id: String,
    pub coordinator_email: String,
}

/// Allocated cases whose next deadline falls on or before `by`, earliest first,
/// after the (due, id) cursor; read from the indexed column, never recomputed.
pub fn due_by(
    conn: &mut DbConnection,
    by: NaiveDate,
    after: Option<(NaiveDate, &str)>,
    limit: i64,
) -> Result<Vec<DueCase>, PersistenceError> {
    let mut query = cases::table
        .inner_join(users::table.on(cases::coordinator_id.eq(users::id.nullable())))
        // deadline_sort is next_deadline_on where there is one (9999-12-31
        // otherwise) and is indexed with the id, so each page is an index range.
        .filter(cases::deadline_sort.le(by))
        .select((
            cases::id,
            cases::case_ref,
            cases::next_deadline_id,
            cases::next_deadline_on,
            users::id,
            users::email,
        ))
        .order((cases::deadline_sort.asc(), cases::id.asc()))
        .limit(limit)
        .into_boxed();
    if let Some((due, id)) = after {
        query = query.filter(
            cases::deadline_sort
                .ge(due)
                .and(cases::deadline_sort.gt(due).or(cases::id.gt(id.to_owned()))),
        );
    }
    type DueRow = (
        String,
        String,
        Option<String>,
        Option<NaiveDate>,
        String,
        String,
    );
    let rows: Vec<DueRow> = query.load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, case_ref, deadline, due, coordinator_id, email)| {
            Some(DueCase {
                id,
                case_ref,
                deadline_id: deadline?,
                due: due?,
                coordinator_id,
                coordinator_email: email,
            })
        })
        .collect())
}

/// What the case file shows beside the case, read in one query: the child,
/// the names of their setting and of the co-ordinator, and whether a photo of
/// the child (not redacted) is on file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileDetails {
    pub child: Option<crate::case_parties::ChildRecord>,
    pub setting_name: Option<String>,
    pub coordinator_name: Option<String>,
    pub has_photo: bool,
}

/// Everything the clock, the access policy and the case file read about one
/// case, from one query.
#[derive(Debug, Clone)]
pub struct CaseFile {
    pub case: CaseRecord,
    pub details: FileDetails,
    /// Its history in the order things happened ([`events`]).
    pub events: Vec<DatedEvent>,
    /// [`exceptions`]
    pub exceptions: Vec<RecordedException>,
    /// The family members, named people and settings it is granted to
    /// ([`crate::case_parties::grants`]).
    pub grants: Vec<crate::case_parties::Grant>,
    /// Its requests for advice (and for review views) with their answers
    /// ([`crate::advice::for_case`]).
    pub advice: Vec<crate::advice::AdviceRecord>,
    /// The plan version being written (draft or shared), if any
    /// ([`crate::plans::open_of_case`]); only read at the stages that may have one.
    pub open_plan: Option<crate::plans::PlanRecord>,
}

/// The case with its details and collections in one round trip: each
/// collection comes as a JSON column (`json_rows`) and is mapped by the same
/// function as the table's own query.
pub fn find_file(conn: &mut DbConnection, case_id: &str) -> Result<CaseFile, PersistenceError> {
    use crate::json_rows::{Instant, list_sql, one_sql};
    use crate::prepared::Prepared;
    use crate::schema::case_children;
    use crate::{advice, case_parties, plans};
    use diesel::dsl::sql;
    use diesel::sql_types::{Bool, Nullable, Text};
    type ChildColumns = (
        Option<String>,
        Option<String>,
        Option<bool>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<chrono::NaiveDateTime>,
        Option<i64>,
    );
    let backend = conn.backend();
    let list = |columns: &str, from: &str, alias: &str, order: &str| {
        sql::<Text>(&list_sql(backend, columns, from, alias, order))
    };
    #[allow(clippy::type_complexity)]
    let (
        row,
        child,
        setting_name,
        coordinator_name,
        has_photo,
        events,
        exceptions,
        grants,
        requests,
        allocations,
        open_plan,
    ): (
        Row,
        ChildColumns,
        Option<String>,
        Option<String>,
        bool,
        String,
        String,
        String,
        String,
        String,
        Option<String>,
    ) = Prepared(
        cases::table
            .left_join(case_children::table.on(case_children::case_id.eq(cases::id)))
            .filter(cases::id.eq(case_id))
            .select((
                Row::as_select(),
                (
                    case_children::given_names.nullable(),
                    case_children::family_name.nullable(),
                    case_children::looked_after.nullable(),
                    case_children::parental_responsibility.nullable(),
                    case_children::preferred_language.nullable(),
                    case_children::setting_id.nullable(),
                    case_children::updated_at.nullable(),
                    case_children::version.nullable(),
                ),
                // Looked up by key, not joined: a generic plan of the joins
                // walked the users' index and scanned the settings.
                sql::<Nullable<Text>>(
                    "(SELECT s.name FROM education_settings s WHERE s.id = case_children.setting_id)",
                ),
                sql::<Nullable<Text>>(
                    "(SELECT u.display_name FROM users u WHERE u.id = cases.coordinator_id)",
                ),
                sql::<Bool>(
                    "EXISTS (SELECT 1 FROM documents d WHERE d.case_id = cases.id AND d.section = ",
                )
                .bind::<Text, _>(domain::documents::Section::ChildPhoto.as_str())
                .sql(" AND d.redacted_at IS NULL)"),
                list(
                    EVENT_COLUMNS,
                    "case_events e WHERE e.case_id = cases.id",
                    "e",
                    EVENT_ORDER,
                ),
                list(
                    EXCEPTION_COLUMNS,
                    "case_exceptions x WHERE x.case_id = cases.id",
                    "x",
                    EXCEPTION_ORDER,
                ),
                list(
                    case_parties::GRANT_COLUMNS,
                    "case_access g WHERE g.case_id = cases.id",
                    "g",
                    case_parties::GRANT_ORDER,
                ),
                list(
                    advice::COLUMNS,
                    "advice_requests r WHERE r.case_id = cases.id",
                    "r",
                    advice::ORDER,
                ),
                list(
                    advice::ALLOCATION_COLUMNS,
                    "advice_allocations a JOIN advice_requests r ON r.id = a.request_id \
                     WHERE r.case_id = cases.id",
                    "a",
                    advice::ALLOCATION_ORDER,
                ),
                sql::<Nullable<Text>>(&one_sql(backend, plans::JSON_COLUMNS, &plans::open_from())),
            ))
            .limit(1),
    )
    .get_result(conn)?;
    // A case without a child has no case_children row: every column is NULL.
    let child = match child {
        (
            Some(given_names),
            Some(family_name),
            Some(looked_after),
            Some(parental_responsibility),
            Some(preferred_language),
            setting,
            Some(updated_at),
            Some(version),
        ) => Some(crate::case_parties::child_record((
            given_names,
            family_name,
            looked_after,
            parental_responsibility,
            preferred_language,
            setting,
            updated_at,
            version,
        ))),
        _ => None,
    };
    let case: CaseRecord = row.try_into()?;
    use crate::json_rows::rows;
    let events = rows::<EventRow>("case events", &events)?
        .into_iter()
        .map(|row| recorded_event(row).map(|r| r.dated))
        .collect::<Result<_, _>>()?;
    let exceptions = rows::<ExceptionRow>("exceptions", &exceptions)?
        .into_iter()
        .map(recorded_exception)
        .collect::<Result<_, _>>()?;
    let grants = rows::<(String, String, String, Instant)>("grants", &grants)?
        .into_iter()
        .map(|(kind, id, by, at)| case_parties::grant_of_row((kind, id, by, at.0)))
        .collect::<Result<_, _>>()?;
    let advice = advice::records(
        rows("advice requests", &requests)?,
        advice::by_request(rows("advice allocations", &allocations)?),
    )?;
    // A plan version is only ever being written at these stages.
    let open_plan = match crate::json_rows::row("open plan", open_plan.as_deref())? {
        Some(row) if case.stage.may_have_draft_plan() => Some(plans::from_json_row(row)?),
        _ => None,
    };
    Ok(CaseFile {
        case,
        details: FileDetails {
            child,
            setting_name,
            coordinator_name,
            has_photo,
        },
        events,
        exceptions,
        grants,
        advice,
        open_plan,
    })
}
