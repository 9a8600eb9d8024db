//! Case services shared by the handlers and the demo seed. Recording an event
//! is one transaction: the lifecycle decides the new stage, the history gains
//! the event, and the case's indexed next deadline is recomputed from it.

use chrono::{DateTime, NaiveDate, Utc};
use domain::access::{AccessConfig, Actor, CaseFacts};
use domain::deadlines::{CaseHistory, DatedEvent, Deadline, deadlines, next_deadline};
use domain::lifecycle::{CaseEvent, CaseStage, TransitionContext, transition};
use domain::people::{User, UserId};
use persistence::case_parties::Party;
use persistence::cases as store;
use persistence::{DbConnection, PersistenceError};

use crate::problem::ApiError;
use crate::state::Statutory;

/// Everything the clock and the access policy read about one case
/// (`persistence::cases::CaseFile`, read in one query), with what they make of it.
pub struct Loaded(pub persistence::cases::CaseFile);

impl std::ops::Deref for Loaded {
    type Target = persistence::cases::CaseFile;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Loaded {
    pub fn load(c: &mut DbConnection, case_id: &str) -> Result<Loaded, PersistenceError> {
        store::find_file(c, case_id).map(Loaded)
    }

    pub fn deadlines<'r>(&self, statutory: &'r Statutory, today: NaiveDate) -> Vec<Deadline<'r>> {
        let advice: Vec<domain::advice::AdviceRequest> =
            self.advice.iter().map(|r| r.request.clone()).collect();
        let history = CaseHistory {
            events: &self.events,
            advice: &advice,
            exceptions: &self.exceptions,
            child_born_on: self.case.child_born_on,
            phase_transfer: None,
        };
        deadlines(&history, statutory.clock(), today)
    }

    /// What the access policy needs to know about the case.
    pub fn facts(&self) -> CaseFacts {
        let mut facts = CaseFacts::new(self.case.stage);
        facts.coordinator = self.case.coordinator.clone();
        for grant in &self.grants {
            match &grant.party {
                Party::Family(user) => facts.family.push(user.clone()),
                Party::Person(user) => facts.named_people.push(user.clone()),
                Party::Setting(setting) => facts.settings.push(setting.clone()),
            }
        }
        facts.requests = self
            .advice
            .iter()
            .map(|r| domain::access::RequestFacts::from(&r.request))
            .collect();
        facts.read_plan_dates(&self.events);
        facts.draft_plan = self
            .open_plan
            .as_ref()
            .map(|p| domain::access::DraftPlanFacts {
                author: p.author.clone(),
                shared: p.status == persistence::plans::PlanStatus::Shared,
            });
        facts
    }
}

/// The actor as the access policy sees them, with their teams and settings.
pub fn actor(c: &mut DbConnection, user: &User) -> Result<Actor, PersistenceError> {
    actor_reading(c, user, None)
}

/// The actor with the memberships the policy reads for `action` (all it might
/// read, for none): `domain::access::reads_memberships`.
fn actor_reading(
    c: &mut DbConnection,
    user: &User,
    action: Option<&domain::access::Action>,
) -> Result<Actor, PersistenceError> {
    use domain::people::Role;
    let mut actor = Actor::new(user.id.clone(), user.role);
    let (teams, settings) = match action {
        Some(action) => domain::access::reads_memberships(user.role, action),
        None => (user.role != Role::Administrator, user.role == Role::Setting),
    };
    if settings {
        (actor.teams, actor.settings) = persistence::teams::memberships_of(c, &user.id)?;
    } else if teams {
        actor.teams = persistence::teams::teams_of(c, &user.id)?;
    }
    Ok(actor)
}

pub fn access_config(la: &domain::rules::LaConfig) -> AccessConfig {
    AccessConfig {
        grace_period_days: la.grace_period_days,
        ..AccessConfig::default()
    }
}

/// Records `event` on `on`: the stage moves as the lifecycle allows (409 with the
/// reason otherwise), and the next deadline is brought up to date.
pub fn record_event(
    c: &mut DbConnection,
    statutory: &Statutory,
    case_id: &str,
    event: CaseEvent,
    on: NaiveDate,
    by: Option<&UserId>,
    now: DateTime<Utc>,
) -> Result<CaseStage, ApiError> {
    record_noted_event(
        c,
        statutory,
        case_id,
        DatedEvent::new(on, event),
        None,
        by,
        now,
    )
}

/// [`record_event`] with a note kept beside the event (a decision's reasons).
pub fn record_noted_event(
    c: &mut DbConnection,
    statutory: &Statutory,
    case_id: &str,
    dated: DatedEvent,
    note: Option<&str>,
    by: Option<&UserId>,
    now: DateTime<Utc>,
) -> Result<CaseStage, ApiError> {
    let event = dated.event;
    let case = store::find(c, case_id)?;
    let ctx = TransitionContext {
        stage_before_closure: case.stage_before_closure,
        draft_names_placement: false,
    };
    let stage = transition(case.stage, &event, &ctx).map_err(|e| ApiError::Conflict(e.reason()))?;
    let before_closure = match event {
        CaseEvent::CloseOutsideProcess { .. } => Some(case.stage),
        CaseEvent::Reopen => None,
        _ => case.stage_before_closure,
    };
    store::append_event(c, case_id, &dated, note, by, now)?;
    if matches!(event, CaseEvent::RequestSubmitted) && case.request_received_on.is_none() {
        store::set_request_received(c, case_id, dated.on)?;
    }
    store::set_stage(c, case_id, stage, before_closure, now)?;
    refresh_case(c, statutory, case_id, crate::state::london_today(now))?;
    Ok(stage)
}

/// Brings what is kept on the case for trays up to date with its history, in
/// the transaction that changed it: its earliest live statutory deadline, and
/// where it is listed for the people the access policy lets open it.
pub fn refresh_case(
    c: &mut DbConnection,
    statutory: &Statutory,
    case_id: &str,
    today: NaiveDate,
) -> Result<(), PersistenceError> {
    let loaded = Loaded::load(c, case_id)?;
    let all = loaded.deadlines(statutory, today);
    let next = next_deadline(&all).map(|d| (d.id.as_str(), d.due));
    store::set_next_deadline(c, case_id, next)?;
    list_case(c, &loaded)
}

/// Stores where the case is listed for the people the access policy lets
/// open it (the trays of everyone but co-ordinators).
pub fn list_case(c: &mut DbConnection, loaded: &Loaded) -> Result<(), PersistenceError> {
    persistence::trays::set_listings(
        c,
        &loaded.case.id,
        &domain::trays::listings(&loaded.facts()),
        domain::trays::LISTINGS_VERSION,
    )
}

/// Lists again every case listed by older rules (`LISTINGS_VERSION`), a
/// transaction per page of 500 cases; returns how many. The server runs it at
/// start, so a change to the rules reaches every tray before the first request
/// (measured at 1M cases: ~650 cases a second, so ~26 min for all of them).
pub fn relist_stale(db: &persistence::Database) -> Result<u64, PersistenceError> {
    const PAGE: i64 = 500;
    let mut done = 0;
    loop {
        let listed = db.transaction(|c| {
            let ids = persistence::trays::listed_before(c, domain::trays::LISTINGS_VERSION, PAGE)?;
            for id in &ids {
                let loaded = Loaded::load(c, id)?;
                list_case(c, &loaded)?;
            }
            Ok::<_, PersistenceError>(ids.len() as u64)
        })?;
        if listed == 0 {
            return Ok(done);
        }
        let before = done;
        done += listed;
        if done / 10_000 > before / 10_000 {
            tracing::info!(cases = done, "relisting cases for trays");
        }
    }
}

/// Who is asking, for `authorize`.
pub enum Caller<'a> {
    Person(&'a User),
    Client(&'a persistence::api_clients::ApiClient),
}

impl<'a> From<&'a crate::auth::Principal> for Caller<'a> {
    fn from(p: &'a crate::auth::Principal) -> Self {
        match p {
            crate::auth::Principal::Person(signed_in) => Caller::Person(&signed_in.user),
            crate::auth::Principal::Client(client) => Caller::Client(client),
        }
    }
}

/// What the access policy reads besides the case: the person as an actor, and
/// the LA's settings.
pub fn policy_inputs(
    c: &mut DbConnection,
    state: &crate::state::AppState,
    user: &User,
) -> Result<(Actor, AccessConfig), ApiError> {
    policy_inputs_for(c, state, user, None)
}

/// [`policy_inputs`] with only the memberships the policy reads for `action`.
fn policy_inputs_for(
    c: &mut DbConnection,
    state: &crate::state::AppState,
    user: &User,
    action: Option<&domain::access::Action>,
) -> Result<(Actor, AccessConfig), ApiError> {
    let la = state
        .settings
        .la_config()
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok((actor_reading(c, user, action)?, access_config(&la)))
}

/// The access policy's answer for a signed-in person on a case with these
/// facts, today, under the LA's settings. Not audited: `authorize` is.
pub fn decision(
    c: &mut DbConnection,
    state: &crate::state::AppState,
    user: &User,
    facts: &CaseFacts,
    action: domain::access::Action,
) -> Result<domain::access::Decision, ApiError> {
    let (who, config) = policy_inputs_for(c, state, user, Some(&action))?;
    Ok(domain::access::decide(
        &who,
        action,
        facts,
        state.today(),
        &config,
    ))
}

/// Asks the access policy whether `caller` may take `action` on a case with
/// these facts, and audits the answer as `audit_action` on `object`: an
/// allowance in this transaction, a refusal through `keep_refusals` (it answers
/// 404, the same as for something that does not exist, so nobody learns of a
/// case they may not see). Integration clients are held to their scopes instead.
#[allow(clippy::too_many_arguments)]
pub fn authorize(
    c: &mut DbConnection,
    state: &crate::state::AppState,
    caller: Caller<'_>,
    facts: &CaseFacts,
    action: domain::access::Action,
    audit_action: &str,
    object: (&str, &str),
) -> Result<(), ApiError> {
    use domain::audit::AuditActor;
    let (who, refusal) = match caller {
        Caller::Client(client) => {
            if !domain::clients::client_may(&client.scopes, &action) {
                return Err(ApiError::Forbidden(
                    "This client's scopes do not allow this.".into(),
                ));
            }
            (AuditActor::Client(client.id.clone()), None)
        }
        Caller::Person(user) => (
            AuditActor::User(user.id.to_string()),
            decision(c, state, user, facts, action)?.refusal(),
        ),
    };
    audit_answer(c, state, who, refusal, audit_action, object)
}

/// Audits a policy's answer to `who` as `audit_action` on `object`: an
/// allowance now, in this transaction; a refusal as `ApiError::Refused`, which
/// `keep_refusals` writes after the rollback and answers 404.
pub fn audit_answer(
    c: &mut DbConnection,
    state: &crate::state::AppState,
    who: domain::audit::AuditActor,
    refusal: Option<domain::access::DenyReason>,
    audit_action: &str,
    object: (&str, &str),
) -> Result<(), ApiError> {
    use domain::audit::{AuditOutcome, NewAuditEvent};
    let event = |outcome| {
        NewAuditEvent::new(who.clone(), audit_action, outcome)
            .object(object.0, object.1)
            .request_id(crate::request_id::current_request_id())
    };
    match refusal {
        None => {
            persistence::audit::append(c, &event(AuditOutcome::Success), state.now())?;
            Ok(())
        }
        Some(why) => Err(ApiError::Refused(Box::new(
            event(AuditOutcome::Denied).detail(format!("{why:?}")),
        ))),
    }
}

/// Loads the case and asks the policy whether `caller` may take `action` on it
/// (audited as `audit_action` on `object`); 404 for a missing case.
#[allow(clippy::too_many_arguments)]
pub fn load_authorized(
    c: &mut DbConnection,
    state: &crate::state::AppState,
    caller: Caller<'_>,
    case_id: &str,
    action: domain::access::Action,
    audit_action: &str,
    object: (&str, &str),
) -> Result<Loaded, ApiError> {
    let loaded = match Loaded::load(c, case_id) {
        Err(PersistenceError::NotFound) => return Err(ApiError::NotFound),
        other => other?,
    };
    authorize(
        c,
        state,
        caller,
        &loaded.facts(),
        action,
        audit_action,
        object,
    )?;
    Ok(loaded)
}

/// Runs `run` and writes the audit entry of a refusal it returns - after
/// whatever transaction the refusal rolled back - answering it as 404. Every
/// handler body that calls `authorize` runs inside it.
pub fn keep_refusals<T>(
    state: &crate::state::AppState,
    run: impl FnOnce() -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    match run() {
        Err(ApiError::Refused(event)) => {
            let mut c = state.db.conn()?;
            persistence::audit::append(&mut c, &event, state.now())?;
            Err(ApiError::NotFound)
        }
        other => other,
    }
}
