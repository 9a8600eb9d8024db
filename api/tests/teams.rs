//! Teams and education settings over HTTP, told as the stories of the people
//! who use them, on SQLite and (when configured) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::collections::HashSet;

use actix_web::http::Method;
use actix_web::test;
use domain::access::facts::TeamMembership;
use domain::people::{Role, TeamId, User};
use persistence::audit;
use persistence::testing::{TestDb, build, each_backend};
use serde_json::{Value, json};
use support::{Browser, Reply};

/// The app on `t`'s database, and the shared state tests sign people in with.
macro_rules! app {
    ($t:expr) => {{
        let spa = tempfile::tempdir().unwrap();
        let shared = support::shared($t.db.clone(), support::settings(&$t.url, spa.path()));
        let app = test::init_service(api::app::app(shared.clone())).await;
        (app, shared)
    }};
}

fn user(t: &TestDb, role: Role, email: &str) -> User {
    build::user(&t.db, role, email)
}

fn is_problem(reply: &Reply, status: u16) {
    assert_eq!(reply.status, status, "{:?}", reply.body);
    assert_eq!(
        reply.headers.get("content-type").unwrap().to_str().unwrap(),
        "application/problem+json"
    );
    assert_eq!(reply.body["status"], status);
}

fn audit_actions(t: &TestDb, object_type: &str, id: &str) -> Vec<String> {
    let mut c = t.db.conn().unwrap();
    audit::for_object(&mut c, object_type, id)
        .unwrap()
        .into_iter()
        .map(|r| r.action)
        .collect()
}

fn paediatrics() -> Value {
    json!({"name": "Community Paediatrics", "service": "health", "email": "paediatrics@nhs.example.org"})
}

#[actix_rt::test]
async fn an_administrator_creates_a_team_and_flags_a_manager() {
    for t in each_backend() {
        let (app, shared) = app!(t);
        let admin = user(&t, Role::Administrator, "admin@example.org");
        let manager = user(&t, Role::Contributor, "health.manager@example.org");
        let physio = user(&t, Role::Contributor, "physio@example.org");
        let mut browser = support::signed_in_as(&shared, &admin);

        let created = browser.post(&app, "/api/v1/teams", paediatrics()).await;
        assert_eq!(created.status, 201, "{:?}", created.body);
        let id = created.body["id"].as_str().unwrap().to_owned();
        assert_eq!(
            created.headers.get("location").unwrap().to_str().unwrap(),
            format!("/api/v1/teams/{id}")
        );
        assert_eq!(created.headers.get("etag").unwrap(), "\"1\"");
        assert_eq!(created.body["name"], "Community Paediatrics");
        assert_eq!(created.body["service"], "health");
        assert_eq!(created.body["email"], "paediatrics@nhs.example.org");

        let members = format!("/api/v1/teams/{id}/members");
        let add = |who: &User| format!("{members}/{}", who.id);
        let put = browser
            .call(
                &app,
                Method::PUT,
                &add(&manager),
                Some(json!({"manager": true})),
            )
            .await;
        assert_eq!(put.status, 201, "{:?}", put.body);
        assert_eq!(put.body["manager"], true);
        assert_eq!(put.body["email"], "health.manager@example.org");
        let again = browser
            .call(
                &app,
                Method::PUT,
                &add(&manager),
                Some(json!({"manager": true})),
            )
            .await;
        assert_eq!(
            again.status, 200,
            "putting the same membership again changes nothing"
        );
        let physio_added = browser
            .call(
                &app,
                Method::PUT,
                &add(&physio),
                Some(json!({"manager": false})),
            )
            .await;
        assert_eq!(physio_added.status, 201);
        let listed = browser.get(&app, "/api/v1/teams").await;
        assert_eq!(
            listed.body["items"][0]["member_count"], 2,
            "the list counts each team's members"
        );

        let listed = browser.get(&app, &members).await;
        assert_eq!(listed.status, 200);
        // Every test account is called "Test Person", so compare regardless of order.
        let mut rows: Vec<(&str, bool)> = listed.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                (
                    m["email"].as_str().unwrap(),
                    m["manager"].as_bool().unwrap(),
                )
            })
            .collect();
        rows.sort_unstable();
        assert_eq!(
            rows,
            [
                ("health.manager@example.org", true),
                ("physio@example.org", false)
            ]
        );

        let removed = browser
            .call(&app, Method::DELETE, &add(&physio), None)
            .await;
        assert_eq!(removed.status, 204);
        let gone = browser
            .call(&app, Method::DELETE, &add(&physio), None)
            .await;
        is_problem(&gone, 404);

        // What the case endpoints will ask: the manager's teams, with the flag.
        let mut c = t.db.conn().unwrap();
        let (teams, settings) = persistence::teams::memberships_of(&mut c, &manager.id).unwrap();
        assert_eq!(
            teams,
            [TeamMembership {
                team: TeamId::new(id.clone()),
                manager: true
            }]
        );
        assert!(settings.is_empty());
        assert_eq!(
            audit_actions(&t, "team", &id),
            [
                "team.created",
                "team.member_added",
                "team.manager_flagged",
                "team.member_added",
                "team.member_removed"
            ]
        );
        let entries = audit::for_object(&mut c, "team", &id).unwrap();
        assert!(
            entries
                .iter()
                .all(|e| e.actor_id.as_deref() == Some(admin.id.as_str()))
        );
        assert!(
            entries.iter().all(|e| e.request_id.is_some()),
            "each names its request"
        );
    }
}

#[actix_rt::test]
async fn a_coordinator_can_list_teams_but_not_create_or_change_them() {
    for t in each_backend() {
        let (app, shared) = app!(t);
        let admin = user(&t, Role::Administrator, "admin@example.org");
        let coordinator = user(&t, Role::CaseCoordinator, "coordinator@example.org");
        let ep = user(&t, Role::Contributor, "ep@example.org");
        let created = support::signed_in_as(&shared, &admin)
            .post(&app, "/api/v1/teams", paediatrics())
            .await;
        let id = created.body["id"].as_str().unwrap().to_owned();

        let mut browser = support::signed_in_as(&shared, &coordinator);
        let list = browser.get(&app, "/api/v1/teams").await;
        assert_eq!(list.status, 200, "{:?}", list.body);
        assert_eq!(list.body["items"][0]["id"], id.as_str());
        assert_eq!(list.body["next_cursor"], Value::Null);
        assert_eq!(
            browser
                .get(&app, &format!("/api/v1/teams/{id}"))
                .await
                .status,
            200
        );
        assert_eq!(
            browser.get(&app, "/api/v1/education-settings").await.status,
            200
        );

        let create = browser
            .post(
                &app,
                "/api/v1/teams",
                json!({"name": "Another", "service": "other", "email": "a@example.org"}),
            )
            .await;
        is_problem(&create, 403);
        let member = browser
            .call(
                &app,
                Method::PUT,
                &format!("/api/v1/teams/{id}/members/{}", ep.id),
                Some(json!({"manager": true})),
            )
            .await;
        is_problem(&member, 403);
        let rename = browser
            .call_with_headers(
                &app,
                Method::PATCH,
                &format!("/api/v1/teams/{id}"),
                &[("If-Match", "\"1\"")],
                Some(json!({"name": "Renamed"})),
            )
            .await;
        is_problem(&rename, 403);

        let list = browser.get(&app, "/api/v1/teams").await;
        assert_eq!(
            list.body["items"].as_array().unwrap().len(),
            1,
            "nothing was created"
        );
        assert_eq!(list.body["items"][0]["name"], "Community Paediatrics");
        let mut c = t.db.conn().unwrap();
        let denied: Vec<String> = audit::recent(&mut c, 50)
            .unwrap()
            .into_iter()
            .filter(|e| {
                e.outcome == "denied" && e.actor_id.as_deref() == Some(coordinator.id.as_str())
            })
            .map(|e| e.action)
            .collect();
        assert_eq!(
            denied,
            ["team.update", "team.change_members", "team.create"],
            "each refusal is audited"
        );
    }
}

#[actix_rt::test]
async fn family_members_contributors_and_setting_staff_see_no_teams_and_only_families_list_settings()
 {
    for t in each_backend() {
        let (app, shared) = app!(t);
        for (role, email) in [
            (Role::Family, "parent@example.org"),
            (Role::Contributor, "ep@example.org"),
            (Role::Setting, "senco@example.org"),
        ] {
            let mut browser = support::signed_in_as(&shared, &user(&t, role, email));
            // Families list settings (to name the school they would like in a
            // draft plan); nobody of these roles reads teams.
            let list = browser.get(&app, "/api/v1/education-settings").await;
            if role == Role::Family {
                assert_eq!(list.status, 200, "{:?}", list.body);
            } else {
                is_problem(&list, 403);
            }
            for path in ["/api/v1/teams", "/api/v1/teams/any-id"] {
                let reply = browser.get(&app, path).await;
                is_problem(&reply, 403);
                assert!(
                    reply.body["detail"]
                        .as_str()
                        .unwrap()
                        .contains("administrators")
                );
            }
        }
        let anonymous = Browser::new().get(&app, "/api/v1/teams").await;
        is_problem(&anonymous, 401);
    }
}

#[actix_rt::test]
async fn a_stale_if_match_gets_412_and_nothing_changes() {
    for t in each_backend() {
        let (app, shared) = app!(t);
        let admin = user(&t, Role::Administrator, "admin@example.org");
        let mut first = support::signed_in_as(&shared, &admin);
        let mut second = support::signed_in_as(&shared, &admin);
        let created = first.post(&app, "/api/v1/teams", paediatrics()).await;
        let uri = format!("/api/v1/teams/{}", created.body["id"].as_str().unwrap());

        let read = second.get(&app, &uri).await;
        let etag = read
            .headers
            .get("etag")
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        assert_eq!(etag, "\"1\"");

        let renamed = first
            .call_with_headers(
                &app,
                Method::PATCH,
                &uri,
                &[("If-Match", &etag)],
                Some(json!({"name": "Children's Community Health"})),
            )
            .await;
        assert_eq!(renamed.status, 200, "{:?}", renamed.body);
        assert_eq!(renamed.headers.get("etag").unwrap(), "\"2\"");
        assert_eq!(renamed.body["version"], 2);

        let stale = second
            .call_with_headers(
                &app,
                Method::PATCH,
                &uri,
                &[("If-Match", &etag)],
                Some(json!({"service": "social_care", "email": "other@example.org"})),
            )
            .await;
        is_problem(&stale, 412);
        let missing = second
            .call_with_headers(
                &app,
                Method::PATCH,
                &uri,
                &[],
                Some(json!({"service": "social_care"})),
            )
            .await;
        is_problem(&missing, 428);

        let now = second.get(&app, &uri).await;
        assert_eq!(now.body["name"], "Children's Community Health");
        assert_eq!(
            now.body["service"], "health",
            "the stale change was not applied"
        );
        assert_eq!(now.body["email"], "paediatrics@nhs.example.org");
        assert_eq!(now.headers.get("etag").unwrap(), "\"2\"");
        let id = now.body["id"].as_str().unwrap();
        assert_eq!(
            audit_actions(&t, "team", id),
            ["team.created", "team.updated"]
        );

        // Read again, then the change goes through; unknown fields are refused outright.
        let retried = second
            .call_with_headers(
                &app,
                Method::PATCH,
                &uri,
                &[("If-Match", "\"2\"")],
                Some(json!({"service": "social_care"})),
            )
            .await;
        assert_eq!(retried.status, 200, "{:?}", retried.body);
        let smuggled = second
            .call_with_headers(
                &app,
                Method::PATCH,
                &uri,
                &[("If-Match", "\"3\"")],
                Some(json!({"version": 1})),
            )
            .await;
        is_problem(&smuggled, 400);
        assert_eq!(second.get(&app, &uri).await.body["version"], 3);
    }
}

#[actix_rt::test]
async fn only_contributors_join_teams_and_only_setting_staff_join_settings() {
    for t in each_backend() {
        let (app, shared) = app!(t);
        let admin = user(&t, Role::Administrator, "admin@example.org");
        let parent = user(&t, Role::Family, "parent@example.org");
        let ep = user(&t, Role::Contributor, "ep@example.org");
        let senco = user(&t, Role::Setting, "senco@example.org");
        let mut browser = support::signed_in_as(&shared, &admin);
        let team = browser.post(&app, "/api/v1/teams", paediatrics()).await;
        let team_members = format!(
            "/api/v1/teams/{}/members",
            team.body["id"].as_str().unwrap()
        );
        let school = browser
            .post(
                &app,
                "/api/v1/education-settings",
                json!({"name": "Riverside Primary", "urn": "123456", "phase": "primary"}),
            )
            .await;
        assert_eq!(school.status, 201, "{:?}", school.body);
        let staff = format!(
            "/api/v1/education-settings/{}/members",
            school.body["id"].as_str().unwrap()
        );

        for (uri, body) in [
            (
                format!("{team_members}/{}", parent.id),
                json!({"manager": false}),
            ),
            (
                format!("{team_members}/{}", senco.id),
                json!({"manager": false}),
            ),
            (
                format!("{team_members}/no-such-user"),
                json!({"manager": false}),
            ),
            (format!("{staff}/{}", parent.id), json!({"title": "SENCo"})),
            (format!("{staff}/{}", ep.id), json!({"title": "SENCo"})),
        ] {
            let refused = browser.call(&app, Method::PUT, &uri, Some(body)).await;
            is_problem(&refused, 422);
            assert_eq!(refused.body["errors"][0]["field"], "user_id", "{uri}");
        }
        let bad_title = browser
            .call(
                &app,
                Method::PUT,
                &format!("{staff}/{}", senco.id),
                Some(json!({"title": "  "})),
            )
            .await;
        is_problem(&bad_title, 422);
        assert_eq!(bad_title.body["errors"][0]["field"], "title");
        assert_eq!(
            browser.get(&app, &team_members).await.body["items"],
            json!([])
        );
        assert_eq!(browser.get(&app, &staff).await.body["items"], json!([]));

        let joined = browser
            .call(
                &app,
                Method::PUT,
                &format!("{staff}/{}", senco.id),
                Some(json!({"title": "senco"})),
            )
            .await;
        assert_eq!(joined.status, 201, "{:?}", joined.body);
        assert_eq!(joined.body["title"], "SENCo");
        let mut c = t.db.conn().unwrap();
        let (_, settings) = persistence::teams::memberships_of(&mut c, &senco.id).unwrap();
        assert_eq!(settings.len(), 1);
        assert_eq!(settings[0].as_str(), school.body["id"].as_str().unwrap());
        let (teams, _) = persistence::teams::memberships_of(&mut c, &parent.id).unwrap();
        assert!(teams.is_empty());
    }
}

#[actix_rt::test]
async fn names_and_urns_are_checked_and_a_taken_one_is_a_conflict_naming_the_field() {
    for t in each_backend() {
        let (app, shared) = app!(t);
        let admin = user(&t, Role::Administrator, "admin@example.org");
        let mut browser = support::signed_in_as(&shared, &admin);
        assert_eq!(
            browser
                .post(&app, "/api/v1/teams", paediatrics())
                .await
                .status,
            201
        );
        let twin = browser
            .post(&app, "/api/v1/teams", json!({"name": "community PAEDIATRICS", "service": "health", "email": "x@example.org"}))
            .await;
        is_problem(&twin, 409);
        assert_eq!(twin.body["errors"][0]["field"], "name");

        let invalid = browser
            .post(
                &app,
                "/api/v1/teams",
                json!({"name": " ", "service": "police", "email": "nope"}),
            )
            .await;
        is_problem(&invalid, 422);
        let fields: Vec<&str> = invalid.body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert_eq!(
            fields,
            ["name", "service", "email"],
            "every invalid field named at once"
        );
        let extra = browser
            .post(
                &app,
                "/api/v1/teams",
                json!({"name": "X", "service": "health", "email": "x@example.org", "id": "mine"}),
            )
            .await;
        is_problem(&extra, 400);

        let school = json!({"name": "Riverside Primary", "urn": "123456", "phase": "primary"});
        let created = browser
            .post(&app, "/api/v1/education-settings", school.clone())
            .await;
        assert_eq!(created.status, 201);
        assert_eq!(created.headers.get("etag").unwrap(), "\"1\"");
        let same_urn = browser
            .post(&app, "/api/v1/education-settings", school)
            .await;
        is_problem(&same_urn, 409);
        assert_eq!(same_urn.body["errors"][0]["field"], "urn");
        let short_urn = browser
            .post(
                &app,
                "/api/v1/education-settings",
                json!({"name": "Hill Top", "urn": "12345", "phase": "post_16"}),
            )
            .await;
        is_problem(&short_urn, 422);
        assert_eq!(short_urn.body["errors"][0]["field"], "urn");

        let uri = format!(
            "/api/v1/education-settings/{}",
            created.body["id"].as_str().unwrap()
        );
        let changed = browser
            .call_with_headers(
                &app,
                Method::PATCH,
                &uri,
                &[("If-Match", "\"1\"")],
                Some(json!({"phase": "all_through"})),
            )
            .await;
        assert_eq!(changed.status, 200, "{:?}", changed.body);
        assert_eq!(changed.body["phase"], "all_through");
        let stale = browser
            .call_with_headers(
                &app,
                Method::PATCH,
                &uri,
                &[("If-Match", "\"1\"")],
                Some(json!({"phase": "special"})),
            )
            .await;
        is_problem(&stale, 412);
        assert_eq!(browser.get(&app, &uri).await.body["phase"], "all_through");
    }
}

#[actix_rt::test]
async fn the_team_list_pages_with_an_opaque_cursor_and_searches_by_name() {
    for t in each_backend() {
        let (app, shared) = app!(t);
        let admin = user(&t, Role::Administrator, "admin@example.org");
        let mut browser = support::signed_in_as(&shared, &admin);
        for i in 0..7 {
            let body =
                json!({"name": format!("Team {i}"), "service": "other", "email": "t@example.org"});
            assert_eq!(browser.post(&app, "/api/v1/teams", body).await.status, 201);
        }
        browser
            .post(
                &app,
                "/api/v1/teams",
                json!({"name": "Portage", "service": "education", "email": "p@example.org"}),
            )
            .await;

        let mut seen = Vec::new();
        let mut uri = "/api/v1/teams?limit=3&q=team".to_owned();
        let mut pages = 0;
        loop {
            let page = browser.get(&app, &uri).await;
            assert_eq!(page.status, 200, "{:?}", page.body);
            pages += 1;
            let items = page.body["items"].as_array().unwrap();
            assert!(items.len() <= 3);
            seen.extend(items.iter().map(|i| i["name"].as_str().unwrap().to_owned()));
            match page.body["next_cursor"].as_str() {
                Some(cursor) => uri = format!("/api/v1/teams?limit=3&q=team&cursor={cursor}"),
                None => break,
            }
        }
        assert_eq!(pages, 3);
        let expected: Vec<String> = (0..7).map(|i| format!("Team {i}")).collect();
        assert_eq!(seen, expected, "in name order, each once");
        assert_eq!(seen.iter().collect::<HashSet<_>>().len(), 7);

        let all = browser.get(&app, "/api/v1/teams").await;
        assert_eq!(
            all.body["items"].as_array().unwrap().len(),
            8,
            "25 by default"
        );
        for bad in [
            "/api/v1/teams?limit=0",
            "/api/v1/teams?limit=101",
            "/api/v1/teams?cursor=not-ours",
        ] {
            let reply = browser.get(&app, bad).await;
            is_problem(&reply, 422);
            let field = reply.body["errors"][0]["field"].as_str().unwrap();
            assert!(bad.contains(field), "{bad} names {field}");
        }
        let unknown = browser.get(&app, "/api/v1/teams?sort=name").await;
        is_problem(&unknown, 400);
    }
}
