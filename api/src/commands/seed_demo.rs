//! `ehc-hub seed-demo`: a demonstration local authority, so a newcomer can sign
//! in as every role and look around. It grows as features land. Every demo
//! account's password is `DEMO_PASSWORD` (listed in the README).

use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
use domain::lifecycle::{CaseEvent, CaseStage};
use domain::organisations::{
    OrganisationName, ServiceKind, SettingPhase, SettingStaffCandidate, StaffTitle,
    TeamMemberCandidate, Urn,
};
use domain::people::{DisplayName, Email, Role, UserId, UserStatus};
use domain::people::{SettingId, TeamId};
use persistence::education_settings::{self, NewSetting};
use persistence::teams::{self, AuditContext, ListQuery, NewTeam};
use persistence::users::{self, NewUser};
use persistence::{Database, PersistenceError};

use crate::config::Settings;

pub const DEMO_PASSWORD: &str = "violet harbour lantern";

/// The demo people: (email, name, role). Emails use the reserved example.org domain.
pub const DEMO_USERS: &[(&str, &str, Role)] = &[
    ("admin@example.org", "Ada Adeyemi", Role::Administrator),
    ("admin2@example.org", "Kit Lawson", Role::Administrator),
    (
        "coordinator@example.org",
        "Chris Okafor",
        Role::CaseCoordinator,
    ),
    (
        "coordinator2@example.org",
        "Morgan Hughes",
        Role::CaseCoordinator,
    ),
    ("senco@example.org", "Sam Patel", Role::Setting),
    ("headteacher@example.org", "Jordan Reid", Role::Setting),
    ("ep@example.org", "Priya Shah", Role::Contributor),
    (
        "health.manager@example.org",
        "Dr Alex Morgan",
        Role::Contributor,
    ),
    ("physio@example.org", "Lee Chen", Role::Contributor),
    (
        "social.worker@example.org",
        "Rowan Ellis",
        Role::Contributor,
    ),
    ("parent@example.org", "Pat Taylor", Role::Family),
];

#[derive(clap::Args)]
pub struct Args {
    /// Do nothing if the database already has any account (used by `make run`).
    #[arg(long)]
    if_empty: bool,
    /// Enrol every demo account that has no second factor with this
    /// authenticator-app key (base32), so people sign in without setting one up.
    /// For laptops and the e2e suite only: the README documents the demo key.
    #[arg(long, value_name = "BASE32")]
    authenticator_key: Option<String>,
}

pub fn run(settings: &Settings, args: &Args) -> anyhow::Result<()> {
    let db = super::migrate(settings)?;
    let created = seed(&db, args.if_empty)?;
    if created == 0 {
        println!("The demo data is already there; nothing to add.");
    } else {
        println!(
            "Added {created} demo accounts. Every one signs in with the password \"{DEMO_PASSWORD}\"."
        );
    }
    if let Some(key) = &args.authenticator_key {
        let keys = crate::auth::secrets::Keys::load(&settings.auth.secret_key, &settings.data_dir)?;
        let enrolled = enrol_authenticator(&db, &keys, key)?;
        println!("Enrolled {enrolled} demo accounts with the given authenticator key.");
    }
    Ok(())
}

/// Adds whatever of the demo is missing; returns how many accounts it created.
pub fn seed(db: &Database, if_empty: bool) -> anyhow::Result<usize> {
    let mut conn = db.conn()?;
    if if_empty && users::count(&mut conn)? > 0 {
        return Ok(0);
    }
    drop(conn);
    // One hash serves every demo account: argon2 is slow on purpose.
    let hash = crate::passwords::hash(DEMO_PASSWORD).map_err(|e| anyhow::anyhow!(e))?;
    let now = chrono::Utc::now();
    let created = db.transaction(|c| {
        let mut created = 0;
        for (email, name, role) in DEMO_USERS {
            let email =
                Email::parse(email).map_err(|e| PersistenceError::Database(e.to_string()))?;
            match users::find_by_email(c, &email) {
                Ok(_) => continue,
                Err(PersistenceError::NotFound) => {}
                Err(e) => return Err(e),
            }
            let new = NewUser {
                id: UserId::new(uuid::Uuid::new_v4().to_string()),
                email,
                display_name: DisplayName::parse(name)
                    .map_err(|e| PersistenceError::Database(e.to_string()))?,
                role: *role,
                status: UserStatus::Active,
                password_hash: Some(hash.clone()),
            };
            let event =
                NewAuditEvent::new(AuditActor::System, "user.created", AuditOutcome::Success)
                    .object("user", new.id.as_str())
                    .detail("demo account");
            users::create(c, &new, &event, now)?;
            created += 1;
        }
        Ok(created)
    })?;
    seed_organisations(db, now)?;
    seed_cases(db, now)?;
    Ok(created)
}

/// Gives every demo account without a second factor a confirmed authenticator
/// app with `key`; returns how many it enrolled.
fn enrol_authenticator(
    db: &Database,
    keys: &crate::auth::secrets::Keys,
    key: &str,
) -> anyhow::Result<usize> {
    let key = key.replace(' ', "").to_ascii_uppercase();
    if crate::auth::totp::code_at(&key, chrono::Utc::now()).is_none() {
        anyhow::bail!("--authenticator-key is not a base32 authenticator key");
    }
    let sealed = crate::auth::crypto::encrypt(&keys.encryption, key.as_bytes())
        .map_err(|e| anyhow::anyhow!(e))?;
    let now = chrono::Utc::now();
    Ok(db.transaction(|c| {
        let mut enrolled = 0;
        for (email, _, _) in DEMO_USERS {
            let email =
                Email::parse(email).map_err(|e| PersistenceError::Database(e.to_string()))?;
            let user = users::find_by_email(c, &email)?;
            if persistence::sign_in::second_factor(c, &user.id)?.is_some() {
                continue;
            }
            let factor = persistence::sign_in::SecondFactor::Totp {
                secret_ciphertext: sealed.clone(),
                last_step: None,
            };
            persistence::sign_in::begin_second_factor(c, &user.id, &factor, now)?;
            persistence::sign_in::confirm_second_factor(c, &user.id, now)?;
            let event = NewAuditEvent::new(
                AuditActor::System,
                "user.second_factor.enrolled",
                AuditOutcome::Success,
            )
            .object("user", user.id.as_str())
            .detail("demo authenticator key");
            persistence::audit::append(c, &event, now)?;
            enrolled += 1;
        }
        Ok(enrolled)
    })?)
}

const DEMO_PARENT_VIEWS: &str = "Mia is funny and kind and loves animals. She gets very \
anxious in busy, noisy places and comes home exhausted. Since September she has refused \
to go into the lunch hall. What has helped: a quiet start to the day and warning before \
changes. We hope she can stay at Riverside with her friends and the right help.";
const DEMO_CHILD_VIEWS: &str = "I like drawing horses and my dog Biscuit. I am good at \
spelling. I find it hard when everyone talks at once. It helps when Miss Patel tells me \
what is happening next. When I grow up I want to be a vet.";

/// Demo cases at the stages built so far, dated back from today so their
/// deadlines are live: (weeks since the request was received, events after it
/// with their week numbers).
fn demo_case_histories() -> Vec<(i64, Vec<(i64, CaseEvent)>)> {
    use domain::lifecycle::{AssessDecision, IssueDecision};
    vec![
        // A new request, registered but not yet allocated.
        (1, vec![(0, CaseEvent::RequestRegistered)]),
        // Waiting for the decision whether to assess: due in under two weeks.
        (
            5,
            vec![
                (0, CaseEvent::RequestRegistered),
                (0, CaseEvent::CoordinatorAllocated),
            ],
        ),
        // Assessment under way.
        (
            9,
            vec![
                (0, CaseEvent::RequestRegistered),
                (0, CaseEvent::CoordinatorAllocated),
                (
                    5,
                    CaseEvent::DecisionToAssess {
                        decision: AssessDecision::Assess,
                    },
                ),
            ],
        ),
        // Decided to issue; the draft plan has been served on the family.
        (
            15,
            vec![
                (0, CaseEvent::RequestRegistered),
                (0, CaseEvent::CoordinatorAllocated),
                (
                    6,
                    CaseEvent::DecisionToAssess {
                        decision: AssessDecision::Assess,
                    },
                ),
                (
                    13,
                    CaseEvent::DecisionToIssue {
                        decision: IssueDecision::Issue,
                    },
                ),
                (14, CaseEvent::DraftPlanServed),
            ],
        ),
        // A plan issued last year: the annual review falls due in the coming months.
        (
            60,
            vec![
                (0, CaseEvent::RequestRegistered),
                (0, CaseEvent::CoordinatorAllocated),
                (
                    6,
                    CaseEvent::DecisionToAssess {
                        decision: AssessDecision::Assess,
                    },
                ),
                (
                    13,
                    CaseEvent::DecisionToIssue {
                        decision: IssueDecision::Issue,
                    },
                ),
                (14, CaseEvent::DraftPlanServed),
                (19, CaseEvent::FinalPlanIssued),
            ],
        ),
    ]
}

/// A short plan for a demo child: one need, outcome and provision in each of
/// B/E/F, and the school named once the plan is issued.
fn demo_plan(child: &str, issued: bool) -> domain::ehc_plan::PlanContent {
    use domain::ehc_plan::{Need, Placement, PlanContent, PlanOutcome, PlanProvision};
    PlanContent {
        views: format!(
            "About me:\nI am {child}. I like drawing and animals. I find it hard when everyone talks at once.\n\n\
             My parent's or carer's views:\nWe want {child} to feel calm at school and keep their friends."
        ),
        education_needs: vec![Need {
            id: "b1".into(),
            text: format!(
                "{child} finds it hard to follow spoken instructions in a busy classroom."
            ),
            area: Some(domain::advice::content::AreaOfNeed::CommunicationAndInteraction),
        }],
        outcomes: vec![PlanOutcome {
            id: "e1".into(),
            description: format!(
                "By the end of Year 5, {child} will follow a two-step instruction in class."
            ),
            pfa: vec![domain::advice::content::PfaType::CommunityInclusion],
            steps: vec![],
            need_ids: vec!["b1".into()],
        }],
        education_provision: vec![PlanProvision {
            id: "f1".into(),
            what: "Small-group language sessions using visual timetables".into(),
            who: "A teaching assistant trained by the speech and language therapist".into(),
            how_often: "Three 20-minute sessions a week".into(),
            how_long: "Until the next annual review".into(),
            outcome_ids: vec!["e1".into()],
        }],
        placement: issued.then(|| Placement {
            setting_id: None,
            name: "Riverside Primary School".into(),
        }),
        ..PlanContent::default()
    }
}

fn seed_cases(db: &Database, now: chrono::DateTime<chrono::Utc>) -> anyhow::Result<()> {
    let mut c = db.conn()?;
    let coordinator = users::find_by_email(
        &mut c,
        &Email::parse("coordinator@example.org").map_err(|e| anyhow::anyhow!(e))?,
    )?;
    let year = chrono::Datelike::year(&now);
    if persistence::cases::find_by_ref(&mut c, &format!("EHC-{year}-000001")).is_ok() {
        return Ok(());
    }
    drop(c);
    let statutory = crate::state::Statutory {
        rules: domain::rules::RuleBook::send_2014(),
        holidays: domain::calendar::BankHolidays::england_and_wales(),
    };
    let today = crate::state::london_today(now);
    let mut c = db.conn()?;
    let account = |c: &mut persistence::DbConnection, email: &str| {
        users::find_by_email(c, &Email::parse(email).map_err(|e| anyhow::anyhow!(e))?)
            .map_err(anyhow::Error::from)
    };
    let senco = account(&mut c, "senco@example.org")?;
    let parent = account(&mut c, "parent@example.org")?;
    let ep = account(&mut c, "ep@example.org")?;
    let manager = account(&mut c, "health.manager@example.org")?;
    let (_, sencos_settings) = persistence::teams::memberships_of(&mut c, &senco.id)?;
    let (managed, _) = persistence::teams::memberships_of(&mut c, &manager.id)?;
    // The SENCo works in two schools; the demo cases and draft are Riverside's.
    let riverside = Urn::parse(DEMO_SETTINGS[0].1).map_err(|e| anyhow::anyhow!(e))?;
    let mut school = sencos_settings.first().cloned();
    for setting in &sencos_settings {
        if education_settings::find(&mut c, setting)?.urn == riverside {
            school = Some(setting.clone());
        }
    }
    drop(c);
    let paediatrics = managed.iter().find(|m| m.manager).map(|m| m.team.clone());
    const CHILDREN: [(&str, &str); 5] = [
        ("Ava", "Thompson"),
        ("Noah", "Williams"),
        ("Mia", "Clarke"),
        ("Leo", "Johnson"),
        ("Isla", "Brown"),
    ];
    for (n, (weeks_ago, events)) in demo_case_histories().into_iter().enumerate() {
        let received = today - chrono::Duration::weeks(weeks_ago);
        db.transaction(|c| {
            let case = persistence::cases::create(
                c,
                &persistence::cases::NewCase {
                    id: uuid::Uuid::now_v7().to_string(),
                    case_ref: format!("EHC-{year}-{:06}", n + 1),
                    stage: CaseStage::RequestDraft,
                    coordinator: None,
                    child_born_on: Some(today - chrono::Duration::weeks(52 * 7 + 3 * n as i64)),
                    request_received_on: None,
                },
                now,
            )?;
            let (given, family) = CHILDREN[n % CHILDREN.len()];
            persistence::case_parties::set_child(
                c,
                &case.id,
                &persistence::case_parties::Child {
                    given_names: given.into(),
                    family_name: family.into(),
                    setting: school.clone(),
                    ..Default::default()
                },
                now,
            )?;
            let by = Some(&coordinator.id);
            let record = |c: &mut persistence::DbConnection, event, on| {
                crate::cases::record_event(c, &statutory, &case.id, event, on, by, now).map(|_| ())
            };
            let mut allocated = false;
            std::iter::once((0, CaseEvent::RequestSubmitted))
                .chain(events)
                .try_for_each(|(week, event)| {
                    if matches!(event, CaseEvent::CoordinatorAllocated) {
                        persistence::cases::set_coordinator(c, &case.id, Some(&coordinator.id))?;
                        allocated = true;
                    }
                    record(c, event, received + chrono::Duration::weeks(week))
                        .map_err(|e| PersistenceError::Database(format!("demo case: {e}")))
                })?;
            persistence::timeline::append(
                c,
                &persistence::timeline::NewEntry {
                    case_id: &case.id,
                    actor: by,
                    kind: "case.registered",
                    summary: format!("Registered as case {} (demo history)", case.case_ref),
                    object: None,
                },
                now,
            )?;
            // Allocated cases are shared with the family and the child's school.
            if allocated {
                let mut parties = vec![persistence::case_parties::Party::Family(parent.id.clone())];
                parties.extend(school.clone().map(persistence::case_parties::Party::Setting));
                for party in &parties {
                    persistence::case_parties::grant(c, &case.id, party, &coordinator.id, now)?;
                }
                // Listed in the family's and the school's trays, as a grant through the API is.
                crate::cases::refresh_case(c, &statutory, &case.id, today)?;
            }
            // The cases past the decision to issue have their plan: shared with
            // the family for comments, or issued.
            let stage = persistence::cases::find(c, &case.id)?.stage;
            if matches!(stage, CaseStage::Consultation | CaseStage::PlanIssued) {
                let issued = stage == CaseStage::PlanIssued;
                let plan_id = uuid::Uuid::now_v7().to_string();
                persistence::plans::start(
                    c,
                    &persistence::plans::NewPlan {
                        id: &plan_id,
                        case_id: &case.id,
                        version_no: 1,
                        content: &demo_plan(given, issued),
                        author: &coordinator.id,
                    },
                    now,
                )?;
                persistence::plans::share(c, &plan_id, received + chrono::Duration::weeks(14), now)?;
                if issued {
                    let on = received + chrono::Duration::weeks(19);
                    persistence::plans::issue(
                        c,
                        &plan_id,
                        &persistence::plans::Issue {
                            issued_on: on,
                            next_review_on: domain::ehc_plan::next_review_due(on),
                            by: &coordinator.id,
                        },
                        now,
                    )?;
                }
            }
            // The case at assessment has asked for advice: from the educational
            // psychologist by name and from the paediatrics team.
            if persistence::cases::find(c, &case.id)?.stage == CaseStage::Assessment {
                let asked_on = received + chrono::Duration::weeks(5);
                let mut recipients = vec![domain::advice::Recipient::Person(ep.id.clone())];
                recipients.extend(paediatrics.clone().map(domain::advice::Recipient::Team));
                for recipient in recipients {
                    persistence::advice::create(
                        c,
                        &persistence::advice::NewAdviceRequest {
                            id: domain::advice::AdviceRequestId::new(uuid::Uuid::now_v7().to_string()),
                            case_id: case.id.clone(),
                            kind: domain::advice::RequestKind::Advice,
                            recipient,
                            note: "Please assess communication and sensory needs; the school reports difficulties in class.".into(),
                            sent_on: asked_on,
                            requested_by: coordinator.id.clone(),
                        },
                        now,
                    )?;
                }
                crate::cases::refresh_case(c, &statutory, &case.id, today)?;
                // The family's views are in: the parent's own, and the child's
                // written down with her by the SENCo on the family's behalf.
                for (kind, body, by, on_behalf) in [
                    ("parent", DEMO_PARENT_VIEWS, &parent.id, false),
                    ("child", DEMO_CHILD_VIEWS, &senco.id, true),
                ] {
                    persistence::case_parties::write_views(
                        c, &case.id, kind, 0, body, by, on_behalf, now,
                    )?;
                }
            }
            Ok(())
        })?;
    }
    seed_requests(db, &senco, school, now)?;
    Ok(())
}

/// A SENCo's draft request, and a parent's request waiting to be registered.
fn seed_requests(
    db: &Database,
    senco: &domain::people::User,
    school: Option<SettingId>,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<()> {
    use domain::assessment_request::{
        ChildDetails, ParentContact, ReceivedVia, RequestContent, RequestRoute, RequestStatus,
    };
    use persistence::requests::{self, NewRequest};
    let today = crate::state::london_today(now);
    let draft = NewRequest {
        id: uuid::Uuid::now_v7().to_string(),
        route: RequestRoute::Setting,
        status: RequestStatus::Draft,
        author: Some(senco.id.clone()),
        setting: school,
        content: RequestContent {
            child: ChildDetails {
                given_names: "Oliver".into(),
                family_name: "Green".into(),
                born_on: today.checked_sub_months(chrono::Months::new(12 * 6 + 4)),
                ..ChildDetails::default()
            },
            concerns:
                "Oliver's speech is hard to understand and he is becoming withdrawn in class."
                    .into(),
            ..RequestContent::default()
        },
        received_on: None,
        received_via: None,
    };
    let waiting = NewRequest {
        id: uuid::Uuid::now_v7().to_string(),
        route: RequestRoute::Parent,
        status: RequestStatus::Submitted,
        author: None,
        setting: None,
        content: RequestContent {
            child: ChildDetails {
                given_names: "Ruby".into(),
                family_name: "Evans".into(),
                born_on: today.checked_sub_months(chrono::Months::new(12 * 9 + 1)),
                ..ChildDetails::default()
            },
            parent: ParentContact {
                name: "Sian Evans".into(),
                relationship: "Mother".into(),
                email: "sian.evans@example.org".into(),
                ..ParentContact::default()
            },
            concerns: "Ruby struggles with reading and writing and is very anxious about school."
                .into(),
            parent_views: "We would like her needs assessed so that she gets the right support."
                .into(),
            ..RequestContent::default()
        },
        received_on: today.checked_sub_days(chrono::Days::new(3)),
        received_via: Some(ReceivedVia::Online),
    };
    db.transaction(|c| {
        requests::create(c, &draft, now)?;
        requests::create(c, &waiting, now)?;
        Ok(())
    })?;
    Ok(())
}

/// A demo team: name, service, inbox, and (member email, manager).
type DemoTeam = (
    &'static str,
    ServiceKind,
    &'static str,
    &'static [(&'static str, bool)],
);
/// A demo setting: name, URN, phase, and (staff email, title).
type DemoSetting = (
    &'static str,
    &'static str,
    SettingPhase,
    &'static [(&'static str, &'static str)],
);

const DEMO_TEAMS: &[DemoTeam] = &[
    (
        "Educational Psychology Service",
        ServiceKind::Education,
        "eps@example.org",
        &[("ep@example.org", false)],
    ),
    (
        "Community Paediatrics",
        ServiceKind::Health,
        "paediatrics@example.org",
        &[
            ("health.manager@example.org", true),
            ("physio@example.org", false),
        ],
    ),
    (
        "Children's Social Care \u{2013} Disabled Children's Team",
        ServiceKind::SocialCare,
        "disabled.children@example.org",
        &[("social.worker@example.org", false)],
    ),
];

/// The URNs are made up, far from any real school's. The demo SENCo works in
/// both, so they choose the school when they start a request.
const DEMO_SETTINGS: &[DemoSetting] = &[
    (
        "Riverside Primary School",
        "990001",
        SettingPhase::Primary,
        &[
            ("senco@example.org", "SENCo"),
            ("headteacher@example.org", "Headteacher"),
        ],
    ),
    (
        "Northgate Academy",
        "990002",
        SettingPhase::Secondary,
        &[("senco@example.org", "SENCo")],
    ),
];

/// Adds whichever demo teams and settings are missing, with the demo people as members.
fn seed_organisations(db: &Database, now: chrono::DateTime<chrono::Utc>) -> anyhow::Result<()> {
    let invalid = |e: domain::people::InvalidValue| PersistenceError::Database(e.to_string());
    let by = AuditContext {
        actor: AuditActor::System,
        request_id: None,
    };
    db.transaction(|c| {
        let account = |c: &mut persistence::DbConnection, email: &str| {
            users::find_by_email(c, &Email::parse(email).map_err(invalid)?)
        };
        for (name, service, inbox, members) in DEMO_TEAMS {
            let name = OrganisationName::parse(name).map_err(invalid)?;
            let search = ListQuery {
                search: Some(name.as_str().to_owned()),
                after: None,
                limit: 100,
            };
            if teams::list(c, &search)?
                .items
                .iter()
                .any(|t| t.name == name)
            {
                continue;
            }
            let new = NewTeam {
                id: TeamId::new(uuid::Uuid::new_v4().to_string()),
                name,
                service: *service,
                email: Email::parse(inbox).map_err(invalid)?,
            };
            let team = teams::create(c, &new, &by, now)?;
            for (email, manager) in *members {
                let member = TeamMemberCandidate::check(&account(c, email)?).map_err(invalid)?;
                teams::put_member(c, &team.id, &member, *manager, &by, now)?;
            }
        }
        for (name, urn, phase, staff) in DEMO_SETTINGS {
            let urn = Urn::parse(urn).map_err(invalid)?;
            let search = ListQuery {
                search: Some(urn.as_str().to_owned()),
                after: None,
                limit: 100,
            };
            if education_settings::list(c, &search)?
                .items
                .iter()
                .any(|s| s.urn == urn)
            {
                continue;
            }
            let new = NewSetting {
                id: SettingId::new(uuid::Uuid::new_v4().to_string()),
                name: OrganisationName::parse(name).map_err(invalid)?,
                urn,
                phase: *phase,
            };
            let setting = education_settings::create(c, &new, &by, now)?;
            for (email, title) in *staff {
                let member = SettingStaffCandidate::check(&account(c, email)?).map_err(invalid)?;
                let title = StaffTitle::parse(title).map_err(invalid)?;
                education_settings::put_member(c, &setting.id, &member, &title, &by, now)?;
            }
        }
        Ok(())
    })?;
    Ok(())
}
