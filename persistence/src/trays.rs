//! The work-tray query: one indexed read of `cases`, filtered, sorted and paged
//! by keyset (the last row's sort value and id), never by OFFSET and never
//! counting the whole set.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{Bool, Date, Text, Timestamp};
use domain::lifecycle::CaseStage;
use domain::people::UserId;
use domain::trays::{Cursor, Filters, Flag, Listing, Search, Sort};

use crate::db::{DbConnection, MultiBackend};
use crate::error::PersistenceError;
use crate::schema::{case_listings, cases};

/// The sort date of a case with no live deadline: after every real one.
pub const NO_DEADLINE: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

/// Whose cases a tray starts from, before filters.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// Every registered case.
    Everyone,
    /// The cases a co-ordinator is allocated.
    CoordinatedBy(&'a UserId),
    /// Cases with no co-ordinator.
    Unallocated,
    /// The cases listed under any of these keys (`domain::trays::listing_keys`),
    /// whose grace period, if any, runs from `grace_cutoff` or later.
    Listed {
        keys: &'a [String],
        grace_cutoff: NaiveDate,
    },
}

/// A tray's question.
#[derive(Debug, Clone)]
pub struct TrayQuery<'a> {
    pub scope: Scope<'a>,
    pub filters: &'a Filters,
    pub sort: Sort,
    pub after: Option<&'a Cursor>,
    pub today: NaiveDate,
    /// The last day an impending deadline may fall on.
    pub impending_until: NaiveDate,
    pub limit: i64,
}

/// One case in a tray.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrayRow {
    pub id: String,
    pub case_ref: String,
    pub child_name: String,
    pub stage: CaseStage,
    pub next_deadline: Option<(String, NaiveDate)>,
    pub updated_at: DateTime<Utc>,
    pub request_received_on: Option<NaiveDate>,
    pub setting_id: Option<String>,
    pub coordinator: Option<UserId>,
    pub flags: Vec<Flag>,
    name_key: String,
}

impl TrayRow {
    /// Where a page ending at this row ends.
    pub fn cursor(&self, sort: Sort) -> Cursor {
        let value = match sort {
            Sort::NextDeadline => Some(
                self.next_deadline
                    .as_ref()
                    .map_or(NO_DEADLINE, |(_, on)| *on)
                    .to_string(),
            ),
            Sort::LastUpdated => Some(self.updated_at.timestamp_micros().to_string()),
            Sort::Name => Some(self.name_key.clone()),
            Sort::CaseReference => Some(self.case_ref.clone()),
            Sort::RequestDate => self.request_received_on.map(|d| d.to_string()),
        };
        Cursor {
            sort,
            value,
            id: self.id.clone(),
        }
    }
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = cases)]
struct Row {
    id: String,
    case_ref: String,
    child_name: String,
    child_name_key: String,
    stage: String,
    next_deadline_id: Option<String>,
    next_deadline_on: Option<NaiveDate>,
    updated_at: chrono::NaiveDateTime,
    request_received_on: Option<NaiveDate>,
    setting_id: Option<String>,
    coordinator_id: Option<String>,
    #[diesel(embed)]
    flags: FlagColumns,
}

/// A case's flags as stored: one column each, so a filter reads an index.
#[derive(Queryable, Selectable)]
#[diesel(table_name = cases)]
pub(crate) struct FlagColumns {
    flag_mediation: bool,
    flag_tribunal: bool,
    flag_safeguarding: bool,
    flag_eotas: bool,
    flag_looked_after: bool,
    flag_neet: bool,
}

impl FlagColumns {
    /// The flags set, in `Flag::ALL` order.
    pub(crate) fn flags(&self) -> Vec<Flag> {
        [
            (Flag::Mediation, self.flag_mediation),
            (Flag::Tribunal, self.flag_tribunal),
            (Flag::Safeguarding, self.flag_safeguarding),
            (Flag::Eotas, self.flag_eotas),
            (Flag::LookedAfter, self.flag_looked_after),
            (Flag::Neet, self.flag_neet),
        ]
        .into_iter()
        .filter_map(|(f, on)| on.then_some(f))
        .collect()
    }
}

impl TryFrom<Row> for TrayRow {
    type Error = PersistenceError;
    fn try_from(r: Row) -> Result<Self, Self::Error> {
        let flags = r.flags.flags();
        Ok(TrayRow {
            stage: r.stage.parse().map_err(|_| {
                PersistenceError::Database(format!("unknown stored stage '{}'", r.stage))
            })?,
            id: r.id,
            case_ref: r.case_ref,
            child_name: r.child_name,
            next_deadline: r.next_deadline_id.zip(r.next_deadline_on),
            updated_at: r.updated_at.and_utc(),
            request_received_on: r.request_received_on,
            setting_id: r.setting_id,
            coordinator: r.coordinator_id.map(UserId::new),
            flags,
            name_key: r.child_name_key,
        })
    }
}

/// `%`, `_` and `\` match themselves in a LIKE pattern.
fn like_escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    for ch in text.chars() {
        if matches!(ch, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

fn bad_cursor() -> PersistenceError {
    PersistenceError::Database("tray cursor value is malformed".into())
}

/// The rows after a cursor, as a row comparison `(value, id) > (last value,
/// last id)` (`<` for the newest-first order): both databases answer it from
/// the sort's index without rereading the rows that share the last value.
fn keyset(
    sort: Sort,
    cursor: &Cursor,
) -> Result<Box<dyn BoxableExpression<cases::table, MultiBackend, SqlType = Bool>>, PersistenceError>
{
    let value = cursor.value.as_deref().ok_or_else(bad_cursor)?;
    let id = cursor.id.clone();
    let date = || value.parse::<NaiveDate>().map_err(|_| bad_cursor());
    let row = |columns: &str, op: &str| sql::<Bool>(&format!("({columns}, cases.id) {op} ("));
    Ok(match sort {
        Sort::NextDeadline | Sort::RequestDate => {
            let column = if sort == Sort::NextDeadline {
                "cases.deadline_sort"
            } else {
                "cases.request_received_on"
            };
            Box::new(
                row(column, ">")
                    .bind::<Date, _>(date()?)
                    .sql(", ")
                    .bind::<Text, _>(id)
                    .sql(")"),
            )
        }
        Sort::LastUpdated => {
            let at = value
                .parse::<i64>()
                .ok()
                .and_then(DateTime::from_timestamp_micros)
                .ok_or_else(bad_cursor)?
                .naive_utc();
            Box::new(
                row("cases.updated_at", "<")
                    .bind::<Timestamp, _>(at)
                    .sql(", ")
                    .bind::<Text, _>(id)
                    .sql(")"),
            )
        }
        Sort::Name | Sort::CaseReference => {
            let column = if sort == Sort::Name {
                "cases.child_name_key"
            } else {
                "cases.case_ref"
            };
            Box::new(
                row(column, ">")
                    .bind::<Text, _>(value.to_owned())
                    .sql(", ")
                    .bind::<Text, _>(id)
                    .sql(")"),
            )
        }
    })
}

/// One page of a tray: up to `limit` rows, and whether more follow.
pub fn page(
    conn: &mut DbConnection,
    q: &TrayQuery<'_>,
) -> Result<(Vec<TrayRow>, bool), PersistenceError> {
    let f = q.filters;
    // The stages a tray may show: never a draft request (its author's own),
    // closed cases only when asked for. One stage is an equality, so the
    // (stage, deadline_sort, id) index serves the status filter.
    let shown = |s: CaseStage| {
        s != CaseStage::RequestDraft
            && if f.closed_outside_process {
                s == CaseStage::ClosedOutsideProcess
            } else {
                f.include_closed || !s.is_closed()
            }
    };
    let stages: Vec<&'static str> = if f.stages.is_empty() {
        Vec::new()
    } else {
        let chosen: Vec<&'static str> = f
            .stages
            .iter()
            .copied()
            .filter(|s| shown(*s))
            .map(CaseStage::as_str)
            .collect();
        if chosen.is_empty() {
            return Ok((Vec::new(), false));
        }
        chosen
    };
    let mut query = cases::table.select(Row::as_select()).into_boxed();
    query = match stages.as_slice() {
        [one] => query.filter(cases::stage.eq(*one)),
        [_, ..] => query.filter(cases::stage.eq_any(stages.clone())),
        [] if f.closed_outside_process => {
            query.filter(cases::stage.eq(CaseStage::ClosedOutsideProcess.as_str()))
        }
        [] if f.include_closed => query.filter(cases::stage.ne(CaseStage::RequestDraft.as_str())),
        [] => query.filter(cases::stage.ne_all([
            CaseStage::RequestDraft.as_str(),
            CaseStage::Ceased.as_str(),
            CaseStage::ClosedOutsideProcess.as_str(),
        ])),
    };
    query = match q.scope {
        Scope::Everyone => query,
        Scope::CoordinatedBy(user) => {
            query.filter(cases::coordinator_id.eq(user.as_str().to_owned()))
        }
        Scope::Unallocated => query.filter(cases::coordinator_id.is_null()),
        Scope::Listed { keys, grace_cutoff } => query.filter(
            cases::id.eq_any(
                case_listings::table
                    .select(case_listings::case_id)
                    .filter(case_listings::listed_to.eq_any(keys.to_vec()))
                    .filter(case_listings::grace_from.ge(grace_cutoff)),
            ),
        ),
    };
    if let Some(setting) = &f.setting_id {
        query = query.filter(cases::setting_id.eq(setting.clone()));
    }
    if let Some(since) = f.updated_since {
        query = query.filter(cases::updated_at.ge(since.and_time(chrono::NaiveTime::MIN)));
    }
    match (f.overdue, f.impending) {
        (true, true) => query = query.filter(cases::deadline_sort.le(q.impending_until)),
        (true, false) => query = query.filter(cases::deadline_sort.lt(q.today)),
        (false, true) => {
            query = query.filter(
                cases::deadline_sort
                    .ge(q.today)
                    .and(cases::deadline_sort.le(q.impending_until)),
            );
        }
        (false, false) => {}
    }
    for flag in &f.flags {
        query = match flag {
            Flag::Mediation => query.filter(cases::flag_mediation.eq(true)),
            Flag::Tribunal => query.filter(cases::flag_tribunal.eq(true)),
            Flag::Safeguarding => query.filter(cases::flag_safeguarding.eq(true)),
            Flag::Eotas => query.filter(cases::flag_eotas.eq(true)),
            Flag::LookedAfter => query.filter(cases::flag_looked_after.eq(true)),
            Flag::Neet => query.filter(cases::flag_neet.eq(true)),
        };
    }
    match &f.search {
        Some(Search::Name(key)) => {
            query = query.filter(
                cases::child_name_key
                    .like(format!("%{}%", like_escaped(key)))
                    .escape('\\'),
            );
        }
        Some(Search::CaseReference(reference)) => {
            query = query.filter(
                cases::case_ref
                    .like(format!("{}%", like_escaped(reference)))
                    .escape('\\'),
            );
        }
        None => {}
    }
    if q.sort == Sort::RequestDate {
        query = query.filter(cases::request_received_on.is_not_null());
    }
    query = match q.sort {
        Sort::NextDeadline => query.order((cases::deadline_sort.asc(), cases::id.asc())),
        Sort::LastUpdated => query.order((cases::updated_at.desc(), cases::id.desc())),
        Sort::Name => query.order((cases::child_name_key.asc(), cases::id.asc())),
        Sort::CaseReference => query.order((cases::case_ref.asc(), cases::id.asc())),
        Sort::RequestDate => query.order((cases::request_received_on.asc(), cases::id.asc())),
    };
    if let Some(c) = q.after.filter(|c| c.sort == q.sort) {
        query = query.filter(keyset(q.sort, c)?);
    }
    let mut rows: Vec<TrayRow> = query
        .limit(q.limit + 1)
        .load::<Row>(conn)?
        .into_iter()
        .map(TrayRow::try_from)
        .collect::<Result<_, _>>()?;
    let more = rows.len() as i64 > q.limit;
    rows.truncate(usize::try_from(q.limit).unwrap_or(0));
    Ok((rows, more))
}

/// Sets or clears one flag on a case; the looked-after flag is the child's
/// own, so it changes there too.
pub fn set_flag(
    conn: &mut DbConnection,
    case_id: &str,
    flag: Flag,
    on: bool,
    now: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    let target = cases::table.find(case_id);
    let changed = match flag {
        Flag::Mediation => diesel::update(target)
            .set(cases::flag_mediation.eq(on))
            .execute(conn)?,
        Flag::Tribunal => diesel::update(target)
            .set(cases::flag_tribunal.eq(on))
            .execute(conn)?,
        Flag::Safeguarding => diesel::update(target)
            .set(cases::flag_safeguarding.eq(on))
            .execute(conn)?,
        Flag::Eotas => diesel::update(target)
            .set(cases::flag_eotas.eq(on))
            .execute(conn)?,
        Flag::LookedAfter => {
            use crate::schema::case_children;
            diesel::update(case_children::table.find(case_id))
                .set(case_children::looked_after.eq(on))
                .execute(conn)?;
            diesel::update(target)
                .set(cases::flag_looked_after.eq(on))
                .execute(conn)?
        }
        Flag::Neet => diesel::update(target)
            .set(cases::flag_neet.eq(on))
            .execute(conn)?,
    };
    if changed == 0 {
        return Err(PersistenceError::NotFound);
    }
    diesel::update(cases::table.find(case_id))
        .set(cases::updated_at.eq(now.naive_utc()))
        .execute(conn)?;
    Ok(())
}

#[derive(Insertable)]
#[diesel(table_name = case_listings)]
struct NewListing<'a> {
    listed_to: &'a str,
    case_id: &'a str,
    grace_from: NaiveDate,
}

/// Replaces where a case is listed, and records which rules derived it;
/// writes nothing when both are as stored.
pub fn set_listings(
    conn: &mut DbConnection,
    case_id: &str,
    listings: &[Listing],
    version: i32,
) -> Result<(), PersistenceError> {
    let mut wanted: Vec<(String, NaiveDate)> = listings
        .iter()
        .map(|l| (l.key.clone(), l.grace_from.unwrap_or(NO_DEADLINE)))
        .collect();
    wanted.sort();
    let stored_version: i32 = cases::table
        .find(case_id)
        .select(cases::listings_version)
        .first(conn)?;
    let mut stored = listings_of(conn, case_id)?;
    stored.sort();
    if stored_version == version && stored == wanted {
        return Ok(());
    }
    diesel::delete(case_listings::table.filter(case_listings::case_id.eq(case_id)))
        .execute(conn)?;
    // One row at a time: a case has a handful, and one insert serves both
    // databases.
    for l in listings {
        diesel::insert_into(case_listings::table)
            .values(NewListing {
                listed_to: &l.key,
                case_id,
                grace_from: l.grace_from.unwrap_or(NO_DEADLINE),
            })
            .execute(conn)?;
    }
    diesel::update(cases::table.find(case_id))
        .set(cases::listings_version.eq(version))
        .execute(conn)?;
    Ok(())
}

/// Up to `limit` cases listed by rules older than `version`, in id order.
pub fn listed_before(
    conn: &mut DbConnection,
    version: i32,
    limit: i64,
) -> Result<Vec<String>, PersistenceError> {
    Ok(cases::table
        .select(cases::id)
        .filter(cases::listings_version.lt(version))
        .order(cases::id.asc())
        .limit(limit)
        .load(conn)?)
}

/// Where a case is listed, by key (for tests and checks).
pub fn listings_of(
    conn: &mut DbConnection,
    case_id: &str,
) -> Result<Vec<(String, NaiveDate)>, PersistenceError> {
    Ok(case_listings::table
        .select((case_listings::listed_to, case_listings::grace_from))
        .filter(case_listings::case_id.eq(case_id))
        .order(case_listings::listed_to.asc())
        .load(conn)?)
}
