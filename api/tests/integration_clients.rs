//! Another LA system integrating over the API: an administrator creates a client
//! with scopes, the client trades its id and secret for a bearer token, reads
//! what its scopes allow, and is shut out the moment it is revoked. On SQLite
//! and (when configured) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use actix_web::test;
use api::state::Clock;
use chrono::{NaiveDate, TimeZone, Utc};
use domain::lifecycle::{CaseEvent, CaseStage};
use domain::people::Role;
use persistence::cases::NewCase;
use persistence::testing::{build, each_backend};
use serde_json::{Value, json};

async fn call<S, B>(
    app: &S,
    method: &str,
    uri: &str,
    bearer: Option<&str>,
    body: Option<Value>,
) -> (u16, Value)
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let mut req = test::TestRequest::default()
        .method(method.parse().unwrap())
        .uri(uri)
        .peer_addr("127.0.0.1:40000".parse().unwrap());
    if let Some(token) = bearer {
        req = req.insert_header(("Authorization", format!("Bearer {token}")));
    }
    if let Some(body) = body {
        req = req.set_json(body);
    }
    let res = test::call_service(app, req.to_request()).await;
    (res.status().as_u16(), support::json(res).await)
}

#[actix_rt::test]
async fn a_case_management_system_reads_deadlines_until_it_is_revoked() {
    for t in each_backend() {
        let clock = Clock::manual(Utc.with_ymd_and_hms(2025, 9, 15, 9, 0, 0).unwrap());
        let spa = tempfile::tempdir().unwrap();
        let shared = support::shared_with_clock(
            t.db.clone(),
            support::settings(&t.url, spa.path()),
            clock.clone(),
        );
        let app = test::init_service(api::app::app(shared.clone())).await;
        let admin = build::user(&t.db, Role::Administrator, "admin@example.org");
        let mut browser = support::signed_in_as(&shared, &admin);

        let created = browser
            .post(
                &app,
                "/api/v1/api-clients",
                json!({"name": "Case management system", "scopes": ["cases:read"]}),
            )
            .await;
        assert_eq!(created.status, 201, "{:?}", created.body);
        let client_id = created.body["client"]["id"].as_str().unwrap().to_owned();
        let secret = created.body["client_secret"].as_str().unwrap().to_owned();
        let listed = browser.get(&app, "/api/v1/api-clients").await;
        assert!(
            !listed.body.to_string().contains(&secret),
            "the secret is shown once only"
        );

        // A case to read.
        let case_id = {
            let mut c = t.db.conn().unwrap();
            let case = persistence::cases::create(
                &mut c,
                &NewCase {
                    id: "case-1".into(),
                    case_ref: "EHC-2025-000001".into(),
                    stage: CaseStage::RequestDraft,
                    coordinator: None,
                    child_born_on: None,
                    request_received_on: None,
                },
                clock.now(),
            )
            .unwrap();
            api::cases::record_event(
                &mut c,
                &shared.state.statutory,
                &case.id,
                CaseEvent::RequestSubmitted,
                NaiveDate::from_ymd_opt(2025, 9, 1).unwrap(),
                None,
                clock.now(),
            )
            .unwrap();
            case.id
        };

        let (status, wrong) = call(&app, "POST", "/api/v1/auth/token", None, Some(json!({"grant_type": "client_credentials", "client_id": client_id, "client_secret": "guess"}))).await;
        assert_eq!(status, 401);
        let (status, unknown) = call(&app, "POST", "/api/v1/auth/token", None, Some(json!({"grant_type": "client_credentials", "client_id": "cli_nobody", "client_secret": "guess"}))).await;
        assert_eq!(status, 401);
        assert_eq!(
            wrong["detail"], unknown["detail"],
            "unknown and wrong look alike"
        );
        let (status, _) = call(
            &app,
            "POST",
            "/api/v1/auth/token",
            None,
            Some(
                json!({"grant_type": "password", "client_id": client_id, "client_secret": secret}),
            ),
        )
        .await;
        assert_eq!(status, 422);

        let (status, token) = call(&app, "POST", "/api/v1/auth/token", None, Some(json!({"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}))).await;
        assert_eq!(status, 200, "{token:?}");
        assert_eq!(token["token_type"], "Bearer");
        assert_eq!(token["expires_in"], 300);
        assert_eq!(token["scope"], "cases:read");
        let bearer = token["access_token"].as_str().unwrap().to_owned();

        let uri = format!("/api/v1/cases/{case_id}/deadlines");
        let (status, deadlines) = call(&app, "GET", &uri, Some(&bearer), None).await;
        assert_eq!(status, 200, "{deadlines:?}");
        assert_eq!(
            deadlines["items"]
                .as_array()
                .unwrap()
                .iter()
                .find(|d| d["id"] == "D1")
                .unwrap()["due"],
            "2025-10-13"
        );
        let file = format!("/api/v1/cases/{case_id}");
        let (status, summary) = call(&app, "GET", &file, Some(&bearer), None).await;
        assert_eq!(status, 200, "the case file, read in one call: {summary:?}");
        assert_eq!(summary["id"], case_id.as_str());
        let (status, _) = call(&app, "GET", "/api/v1/me", Some(&bearer), None).await;
        assert_eq!(status, 401, "a client token is not a person's session");

        let mut c = t.db.conn().unwrap();
        let trail = persistence::audit::recent(&mut c, 50).unwrap();
        assert!(
            trail
                .iter()
                .any(|e| e.actor_id.as_deref() == Some(client_id.as_str())
                    && e.action == format!("client.call GET {uri}")),
            "every call is audited"
        );
        assert!(
            trail
                .iter()
                .any(|e| e.actor_id.as_deref() == Some(client_id.as_str())
                    && e.action == "case.deadlines.read")
        );
        assert!(
            trail
                .iter()
                .any(|e| e.actor_id.as_deref() == Some(client_id.as_str())
                    && e.action == format!("client.call GET {file}")),
            "the case file's call too"
        );
        assert!(
            trail
                .iter()
                .any(|e| e.actor_id.as_deref() == Some(client_id.as_str())
                    && e.action == "case.read"
                    && e.outcome == "success")
        );
        drop(c);

        let revoked = browser
            .post(
                &app,
                &format!("/api/v1/api-clients/{client_id}/revoke"),
                json!(null),
            )
            .await;
        assert_eq!(revoked.status, 200);
        assert!(revoked.body["revoked_at"].is_string());
        let (status, _) = call(&app, "GET", &uri, Some(&bearer), None).await;
        assert_eq!(status, 401, "its unexpired token is refused at once");
        let (status, _) = call(&app, "GET", &file, Some(&bearer), None).await;
        assert_eq!(status, 401, "the case file too");
        let (status, _) = call(&app, "POST", "/api/v1/auth/token", None, Some(json!({"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}))).await;
        assert_eq!(status, 401, "and it gets no new one");
    }
}

#[actix_rt::test]
async fn a_client_without_the_scope_is_refused_and_tokens_expire_after_five_minutes() {
    let t = persistence::testing::TestDb::sqlite();
    let clock = Clock::manual(Utc.with_ymd_and_hms(2025, 9, 15, 9, 0, 0).unwrap());
    let spa = tempfile::tempdir().unwrap();
    let shared = support::shared_with_clock(
        t.db.clone(),
        support::settings(&t.url, spa.path()),
        clock.clone(),
    );
    let app = test::init_service(api::app::app(shared.clone())).await;
    let admin = build::user(&t.db, Role::Administrator, "admin@example.org");
    let mut browser = support::signed_in_as(&shared, &admin);
    let bad = browser
        .post(
            &app,
            "/api/v1/api-clients",
            json!({"name": "HR", "scopes": ["cases:write"]}),
        )
        .await;
    assert_eq!(bad.status, 422);
    let fields: Vec<&str> = bad.body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, vec!["name", "scopes"], "every problem named");
    let created = browser
        .post(
            &app,
            "/api/v1/api-clients",
            json!({"name": "HR system", "scopes": ["users:read"]}),
        )
        .await;
    let (id, secret) = (
        created.body["client"]["id"].as_str().unwrap().to_owned(),
        created.body["client_secret"].as_str().unwrap().to_owned(),
    );
    let (_, token) = call(
        &app,
        "POST",
        "/api/v1/auth/token",
        None,
        Some(json!({"grant_type": "client_credentials", "client_id": id, "client_secret": secret})),
    )
    .await;
    let bearer = token["access_token"].as_str().unwrap().to_owned();
    let (status, _) = call(
        &app,
        "GET",
        "/api/v1/cases/any/deadlines",
        Some(&bearer),
        None,
    )
    .await;
    assert_eq!(status, 404, "no such case either way");
    {
        let mut c = t.db.conn().unwrap();
        persistence::cases::create(
            &mut c,
            &NewCase {
                id: "case-2".into(),
                case_ref: "EHC-2025-000002".into(),
                stage: CaseStage::RequestDraft,
                coordinator: None,
                child_born_on: None,
                request_received_on: None,
            },
            clock.now(),
        )
        .unwrap();
    }
    let (status, _) = call(
        &app,
        "GET",
        "/api/v1/cases/case-2/deadlines",
        Some(&bearer),
        None,
    )
    .await;
    assert_eq!(status, 403, "users:read does not reach cases");
    clock.advance(chrono::Duration::minutes(5));
    let (status, _) = call(
        &app,
        "GET",
        "/api/v1/cases/case-2/deadlines",
        Some(&bearer),
        None,
    )
    .await;
    assert_eq!(status, 401, "expired after five minutes");

    let co = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
    let refused = support::signed_in_as(&shared, &co)
        .post(
            &app,
            "/api/v1/api-clients",
            json!({"name": "Mine", "scopes": ["cases:read"]}),
        )
        .await;
    assert_eq!(refused.status, 403);
}
