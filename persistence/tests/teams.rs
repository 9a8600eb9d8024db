//! Teams and education settings in storage, told as an administrator's stories,
//! on SQLite and (when configured) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;

use chrono::{DateTime, Duration, TimeZone, Utc};
use domain::access::facts::TeamMembership;
use domain::audit::AuditActor;
use domain::organisations::{
    OrganisationName, ServiceKind, SettingPhase, SettingStaffCandidate, StaffTitle,
    TeamMemberCandidate, Urn,
};
use domain::people::{Email, Role, SettingId, TeamId, User};
use persistence::education_settings::{self, NewSetting, Setting, SettingChanges};
use persistence::teams::{
    self, AuditContext, ListQuery, MemberChange, NewTeam, Team, TeamChanges, VersionedUpdate,
};
use persistence::testing::{TestDb, build, on_each_backend};
use persistence::{PersistenceError, audit};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

fn by(admin: &User) -> AuditContext {
    AuditContext {
        actor: AuditActor::User(admin.id.to_string()),
        request_id: Some("req-1".into()),
    }
}

fn new_team(name: &str, service: ServiceKind) -> NewTeam {
    NewTeam {
        id: TeamId::new(uuid::Uuid::new_v4().to_string()),
        name: OrganisationName::parse(name).unwrap(),
        service,
        email: Email::parse("team@nhs.example.org").unwrap(),
    }
}

fn new_setting(name: &str, urn: &str) -> NewSetting {
    NewSetting {
        id: SettingId::new(uuid::Uuid::new_v4().to_string()),
        name: OrganisationName::parse(name).unwrap(),
        urn: Urn::parse(urn).unwrap(),
        phase: SettingPhase::Primary,
    }
}

fn team(t: &TestDb, admin: &User, name: &str) -> Team {
    t.db.transaction(|c| teams::create(c, &new_team(name, ServiceKind::Health), &by(admin), now()))
        .unwrap()
}

fn setting(t: &TestDb, admin: &User, name: &str, urn: &str) -> Setting {
    t.db.transaction(|c| education_settings::create(c, &new_setting(name, urn), &by(admin), now()))
        .unwrap()
}

fn actions(t: &TestDb, object_type: &str, id: &str) -> Vec<String> {
    let mut c = t.db.conn().unwrap();
    audit::for_object(&mut c, object_type, id)
        .unwrap()
        .into_iter()
        .map(|r| r.action)
        .collect()
}

fn query(limit: i64) -> ListQuery {
    ListQuery {
        search: None,
        after: None,
        limit,
    }
}

#[test]
fn an_administrator_creates_a_team_and_no_second_team_may_share_its_name_in_any_case() {
    on_each_backend(|t| {
        let admin = build::user(&t.db, Role::Administrator, "admin@example.org");
        let created = team(t, &admin, "Community  Paediatrics");
        assert_eq!(created.name.as_str(), "Community Paediatrics");
        assert_eq!(created.service, ServiceKind::Health);
        assert_eq!(created.version, 1);
        assert_eq!(created.created_at, now());
        let mut c = t.db.conn().unwrap();
        assert_eq!(teams::find(&mut c, &created.id).unwrap(), created);
        let entries = audit::for_object(&mut c, "team", created.id.as_str()).unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].action, "team.created");
        assert_eq!(entries[0].actor_id.as_deref(), Some(admin.id.as_str()));
        assert_eq!(entries[0].request_id.as_deref(), Some("req-1"));
        drop(c);

        let twin = new_team("COMMUNITY paediatrics", ServiceKind::Other);
        let refused =
            t.db.transaction(|c| teams::create(c, &twin, &by(&admin), now()));
        assert!(
            matches!(&refused, Err(PersistenceError::Conflict(c)) if c == teams::NAME_TAKEN),
            "{refused:?}"
        );
        let mut c = t.db.conn().unwrap();
        assert!(matches!(
            teams::find(&mut c, &twin.id),
            Err(PersistenceError::NotFound)
        ));
        assert!(
            actions(t, "team", twin.id.as_str()).is_empty(),
            "no audit for what failed"
        );
    });
}

#[test]
fn a_urn_belongs_to_one_setting_but_names_may_repeat() {
    on_each_backend(|t| {
        let admin = build::user(&t.db, Role::Administrator, "admin@example.org");
        let first = setting(t, &admin, "St Mary's C of E Primary", "100001");
        let second = setting(t, &admin, "St Mary's C of E Primary", "100002");
        assert_ne!(first.id, second.id);
        assert_eq!(
            actions(t, "education_setting", first.id.as_str()),
            ["education_setting.created"]
        );

        let same_urn = new_setting("Another School", "100001");
        let refused =
            t.db.transaction(|c| education_settings::create(c, &same_urn, &by(&admin), now()));
        assert!(
            matches!(&refused, Err(PersistenceError::Conflict(c)) if c == education_settings::URN_TAKEN),
            "{refused:?}"
        );
        let moved = t.db.transaction(|c| {
            let changes = SettingChanges {
                urn: Some(Urn::parse("100001").unwrap()),
                ..SettingChanges::default()
            };
            education_settings::update(c, &second.id, second.version, &changes, &by(&admin), now())
        });
        assert!(
            matches!(&moved, Err(PersistenceError::Conflict(c)) if c == education_settings::URN_TAKEN),
            "{moved:?}"
        );
        let mut c = t.db.conn().unwrap();
        assert_eq!(
            education_settings::find(&mut c, &second.id).unwrap(),
            second,
            "unchanged"
        );
    });
}

#[test]
fn an_update_based_on_an_old_version_is_refused_and_changes_nothing() {
    on_each_backend(|t| {
        let admin = build::user(&t.db, Role::Administrator, "admin@example.org");
        let original = team(t, &admin, "Educational Psychology Service");
        team(t, &admin, "Speech and Language Therapy");
        let later = now() + Duration::hours(1);
        let rename = TeamChanges {
            name: Some(OrganisationName::parse("EP Service").unwrap()),
            email: Some(Email::parse("ep.service@example.org").unwrap()),
            ..TeamChanges::default()
        };
        let updated =
            t.db.transaction(|c| teams::update(c, &original.id, 1, &rename, &by(&admin), later))
                .unwrap();
        let VersionedUpdate::Applied(updated) = updated else {
            panic!("the first editor's change applies")
        };
        assert_eq!(updated.name.as_str(), "EP Service");
        assert_eq!(updated.email.as_str(), "ep.service@example.org");
        assert_eq!(updated.version, 2);
        assert_eq!(updated.updated_at, later);

        // A second editor still holding version 1 changes nothing.
        let theirs = TeamChanges {
            service: Some(ServiceKind::Education),
            ..TeamChanges::default()
        };
        let stale =
            t.db.transaction(|c| teams::update(c, &original.id, 1, &theirs, &by(&admin), later))
                .unwrap();
        assert_eq!(stale, VersionedUpdate::Stale);
        let mut c = t.db.conn().unwrap();
        assert_eq!(teams::find(&mut c, &original.id).unwrap(), updated);
        drop(c);

        // Renaming onto another team's name is a conflict; nothing to change writes nothing.
        let clash = TeamChanges {
            name: Some(OrganisationName::parse("speech and language THERAPY").unwrap()),
            ..TeamChanges::default()
        };
        let refused =
            t.db.transaction(|c| teams::update(c, &original.id, 2, &clash, &by(&admin), later));
        assert!(matches!(&refused, Err(PersistenceError::Conflict(c)) if c == teams::NAME_TAKEN));
        let same =
            t.db.transaction(|c| teams::update(c, &original.id, 2, &rename, &by(&admin), later))
                .unwrap();
        assert_eq!(same, VersionedUpdate::Applied(updated));
        assert_eq!(
            actions(t, "team", original.id.as_str()),
            ["team.created", "team.updated"]
        );
        let mut c = t.db.conn().unwrap();
        let entry = audit::for_object(&mut c, "team", original.id.as_str())
            .unwrap()
            .pop()
            .unwrap();
        assert_eq!(entry.detail.as_deref(), Some("changed: name, email"));
    });
}

#[test]
fn members_are_added_flagged_as_managers_and_removed_with_each_step_audited() {
    on_each_backend(|t| {
        let admin = build::user(&t.db, Role::Administrator, "admin@example.org");
        let manager = build::user(&t.db, Role::Contributor, "health.manager@example.org");
        let physio = build::user(&t.db, Role::Contributor, "physio@example.org");
        let paeds = team(t, &admin, "Community Paediatrics");
        let as_member = |u: &User| TeamMemberCandidate::check(u).unwrap();
        let put = |u: &User, flag: bool| {
            t.db.transaction(|c| {
                teams::put_member(c, &paeds.id, &as_member(u), flag, &by(&admin), now())
            })
            .unwrap()
        };
        assert_eq!(put(&physio, false), MemberChange::Added);
        assert_eq!(put(&manager, false), MemberChange::Added);
        assert_eq!(put(&manager, true), MemberChange::Changed);
        assert_eq!(
            put(&manager, true),
            MemberChange::Unchanged,
            "putting it again writes nothing"
        );

        let mut c = t.db.conn().unwrap();
        let members = teams::members(&mut c, &paeds.id).unwrap();
        // Both are called "Test Person": the name orders them, then the id.
        let mut ids = [manager.id.clone(), physio.id.clone()];
        ids.sort();
        let listed: Vec<_> = members.iter().map(|m| m.user_id.clone()).collect();
        assert_eq!(listed, ids);
        let flags: Vec<(&str, bool)> = members
            .iter()
            .map(|m| (m.email.as_str(), m.manager))
            .collect();
        assert!(flags.contains(&("health.manager@example.org", true)));
        assert!(flags.contains(&("physio@example.org", false)));
        assert!(members.iter().all(|m| m.added_at == now()));
        assert!(teams::member(&mut c, &paeds.id, &physio.id).is_ok());
        drop(c);

        t.db.transaction(|c| teams::remove_member(c, &paeds.id, &physio.id, &by(&admin), now()))
            .unwrap();
        let again = t
            .db
            .transaction(|c| teams::remove_member(c, &paeds.id, &physio.id, &by(&admin), now()));
        assert!(matches!(again, Err(PersistenceError::NotFound)));
        let mut c = t.db.conn().unwrap();
        assert!(matches!(
            teams::member(&mut c, &paeds.id, &physio.id),
            Err(PersistenceError::NotFound)
        ));
        let unknown = TeamId::new("no-such-team");
        let nowhere = t.db.transaction(|c| {
            teams::put_member(c, &unknown, &as_member(&physio), false, &by(&admin), now())
        });
        assert!(matches!(nowhere, Err(PersistenceError::NotFound)));
        assert_eq!(
            actions(t, "team", paeds.id.as_str()),
            [
                "team.created",
                "team.member_added",
                "team.member_added",
                "team.manager_flagged",
                "team.member_removed",
            ]
        );
    });
}

#[test]
fn memberships_of_gives_the_access_policy_a_persons_teams_managers_flags_and_settings() {
    on_each_backend(|t| {
        let admin = build::user(&t.db, Role::Administrator, "admin@example.org");
        let ep = build::user(&t.db, Role::Contributor, "ep@example.org");
        let senco = build::user(&t.db, Role::Setting, "senco@example.org");
        let eps = team(t, &admin, "Educational Psychology Service");
        let cin = team(t, &admin, "Children in Need");
        let school = setting(t, &admin, "Riverside Primary", "123456");
        let college = setting(t, &admin, "Northgate College", "654321");
        let title = StaffTitle::parse("senco").unwrap();
        t.db.transaction(|c| {
            let member = TeamMemberCandidate::check(&ep).unwrap();
            teams::put_member(c, &eps.id, &member, true, &by(&admin), now())?;
            teams::put_member(c, &cin.id, &member, false, &by(&admin), now())?;
            let staff = SettingStaffCandidate::check(&senco).unwrap();
            education_settings::put_member(c, &school.id, &staff, &title, &by(&admin), now())?;
            education_settings::put_member(c, &college.id, &staff, &title, &by(&admin), now())
        })
        .unwrap();

        let mut c = t.db.conn().unwrap();
        let (ep_teams, ep_settings) = teams::memberships_of(&mut c, &ep.id).unwrap();
        let mut expected = vec![
            TeamMembership {
                team: eps.id.clone(),
                manager: true,
            },
            TeamMembership {
                team: cin.id.clone(),
                manager: false,
            },
        ];
        expected.sort_by(|a, b| a.team.cmp(&b.team));
        assert_eq!(ep_teams, expected);
        assert!(ep_settings.is_empty());

        let (senco_teams, mut senco_settings) = teams::memberships_of(&mut c, &senco.id).unwrap();
        assert!(senco_teams.is_empty());
        senco_settings.sort();
        let mut both = vec![school.id.clone(), college.id.clone()];
        both.sort();
        assert_eq!(senco_settings, both);
        let staff = education_settings::members(&mut c, &school.id).unwrap();
        assert_eq!(staff.len(), 1);
        assert_eq!(staff[0].title.as_str(), "SENCo");
        assert_eq!(
            teams::memberships_of(&mut c, &admin.id).unwrap(),
            (vec![], vec![])
        );
    });
}

#[test]
fn a_setting_member_changes_title_and_leaves() {
    on_each_backend(|t| {
        let admin = build::user(&t.db, Role::Administrator, "admin@example.org");
        let head = build::user(&t.db, Role::Setting, "headteacher@example.org");
        let school = setting(t, &admin, "Riverside Primary", "123456");
        let staff = SettingStaffCandidate::check(&head).unwrap();
        let put = |title: &str| {
            let title = StaffTitle::parse(title).unwrap();
            t.db.transaction(|c| {
                education_settings::put_member(c, &school.id, &staff, &title, &by(&admin), now())
            })
            .unwrap()
        };
        assert_eq!(put("SENCo"), MemberChange::Added);
        assert_eq!(put("Headteacher"), MemberChange::Changed);
        assert_eq!(put("headteacher"), MemberChange::Unchanged);
        let mut c = t.db.conn().unwrap();
        assert_eq!(
            education_settings::member(&mut c, &school.id, &head.id)
                .unwrap()
                .title
                .as_str(),
            "Headteacher"
        );
        drop(c);
        t.db.transaction(|c| {
            education_settings::remove_member(c, &school.id, &head.id, &by(&admin), now())
        })
        .unwrap();
        let mut c = t.db.conn().unwrap();
        assert!(
            teams::memberships_of(&mut c, &head.id)
                .unwrap()
                .1
                .is_empty()
        );
        assert_eq!(
            actions(t, "education_setting", school.id.as_str()),
            [
                "education_setting.created",
                "education_setting.member_added",
                "education_setting.member_title_changed",
                "education_setting.member_removed",
            ]
        );
    });
}

/// Walks every page of `list`, adding a team between pages as another
/// administrator might; returns the names seen in order.
fn walk_pages(t: &TestDb, admin: &User, search: Option<&str>, limit: i64) -> Vec<(String, TeamId)> {
    let mut seen = Vec::new();
    let mut q = ListQuery {
        search: search.map(str::to_owned),
        ..query(limit)
    };
    for round in 0.. {
        let page = {
            let mut c = t.db.conn().unwrap();
            teams::list(&mut c, &q).unwrap()
        };
        assert!(page.items.len() <= usize::try_from(limit).unwrap());
        seen.extend(
            page.items
                .iter()
                .map(|t| (t.name.as_str().to_owned(), t.id.clone())),
        );
        // Someone adds a team that sorts before everything already read: it must not shift the pages.
        team(t, admin, &format!("Aaa team {round} added during paging"));
        match page.next {
            Some(next) => q.after = Some(next),
            None => break,
        }
    }
    seen
}

#[test]
fn team_pages_follow_on_in_name_order_with_no_repeats_or_gaps() {
    on_each_backend(|t| {
        let admin = build::user(&t.db, Role::Administrator, "admin@example.org");
        let mut names: Vec<String> = (0..23)
            .map(|i| match i % 3 {
                0 => format!("Health team {i:02}"),
                1 => format!("social care TEAM {i:02}"),
                _ => format!("Education_%team {i:02}"),
            })
            .collect();
        for name in &names {
            team(t, &admin, name);
        }
        let seen = walk_pages(t, &admin, Some("team "), 5);
        let seen_names: Vec<&str> = seen.iter().map(|(n, _)| n.as_str()).collect();
        names.sort_by_key(|n| n.to_lowercase());
        assert_eq!(
            seen_names, names,
            "every team once, in name order ignoring case"
        );
        let ids: HashSet<&TeamId> = seen.iter().map(|(_, id)| id).collect();
        assert_eq!(ids.len(), 23);

        // Search ignores case and treats % and _ as ordinary characters.
        let mut c = t.db.conn().unwrap();
        let social = ListQuery {
            search: Some("SOCIAL care".into()),
            ..query(100)
        };
        assert_eq!(teams::list(&mut c, &social).unwrap().items.len(), 8);
        let literal = ListQuery {
            search: Some("_%".into()),
            ..query(100)
        };
        assert_eq!(teams::list(&mut c, &literal).unwrap().items.len(), 7);
        let exact_fit = teams::list(
            &mut c,
            &ListQuery {
                search: Some("health".into()),
                ..query(8)
            },
        )
        .unwrap();
        assert_eq!(exact_fit.items.len(), 8);
        assert_eq!(
            exact_fit.next, None,
            "a page that ends exactly at the last row says so"
        );
    });
}

#[test]
fn setting_pages_follow_on_when_names_repeat_and_search_finds_a_urn() {
    on_each_backend(|t| {
        let admin = build::user(&t.db, Role::Administrator, "admin@example.org");
        let mut ids = Vec::new();
        for i in 0..7 {
            // Seven schools with one name: only the id orders them.
            ids.push(setting(t, &admin, "St Mary's Primary", &format!("20000{i}")).id);
        }
        ids.push(setting(t, &admin, "Abbey Road Infants", "300000").id);
        let mut seen = Vec::new();
        let mut q = query(3);
        loop {
            let mut c = t.db.conn().unwrap();
            let page = education_settings::list(&mut c, &q).unwrap();
            seen.extend(page.items.into_iter().map(|s| s.id));
            match page.next {
                Some(next) => q.after = Some(next),
                None => break,
            }
        }
        assert_eq!(seen.len(), 8);
        assert_eq!(seen[0], ids[7], "Abbey Road first");
        let mut marys = ids[..7].to_vec();
        marys.sort();
        assert_eq!(
            seen[1..],
            marys[..],
            "same-named schools in id order, none twice"
        );

        let mut c = t.db.conn().unwrap();
        let by_urn = ListQuery {
            search: Some("200003".into()),
            ..query(25)
        };
        let found = education_settings::list(&mut c, &by_urn).unwrap().items;
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].urn.as_str(), "200003");
    });
}
