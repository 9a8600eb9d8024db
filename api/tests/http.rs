//! The HTTP contract every client relies on, told as the stories of those
//! clients, on SQLite and (when configured) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use actix_web::http::{StatusCode, header};
use actix_web::{App, HttpResponse, test, web};
use persistence::testing::each_backend;
use serde_json::Value;

async fn body_json<B: actix_web::body::MessageBody>(
    res: actix_web::dev::ServiceResponse<B>,
) -> Value {
    let bytes = test::read_body(res).await;
    serde_json::from_slice(&bytes).expect("JSON body")
}

fn spa_fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("index.html"),
        "<!doctype html><title>SPA</title>",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("assets")).unwrap();
    std::fs::write(dir.path().join("assets/app-1a2b3c.js"), "console.log(1)").unwrap();
    dir
}

#[actix_rt::test]
async fn a_load_balancer_sees_the_service_live_and_ready_on_each_backend() {
    let spa = spa_fixture();
    for t in each_backend() {
        let app = test::init_service(api::app::app(support::shared(
            t.db.clone(),
            support::settings(&t.url, spa.path()),
        )))
        .await;
        let res =
            test::call_service(&app, test::TestRequest::get().uri("/healthz").to_request()).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(body_json(res).await["status"], "ok");

        let res =
            test::call_service(&app, test::TestRequest::get().uri("/readyz").to_request()).await;
        assert_eq!(res.status(), StatusCode::OK);
        let body = body_json(res).await;
        assert_eq!(body["status"], "ready");
        assert_eq!(body["database"], t.backend().as_str());
    }
}

#[actix_rt::test]
async fn the_web_app_reads_the_authority_name_for_its_header() {
    let spa = spa_fixture();
    let t = persistence::testing::TestDb::sqlite();
    let app = test::init_service(api::app::app(support::shared(
        t.db.clone(),
        support::settings(&t.url, spa.path()),
    )))
    .await;
    let res = test::call_service(
        &app,
        test::TestRequest::get().uri("/api/v1/service").to_request(),
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers().get(header::CACHE_CONTROL).unwrap(),
        "no-store"
    );
    let body = body_json(res).await;
    assert_eq!(body["la_name"], "Exampleshire County Council");
    assert_eq!(body["service_name"], "EHC hub");
}

#[actix_rt::test]
async fn an_integrator_gets_problem_json_for_unknown_paths_and_wrong_methods() {
    let spa = spa_fixture();
    let t = persistence::testing::TestDb::sqlite();
    let app = test::init_service(api::app::app(support::shared(
        t.db.clone(),
        support::settings(&t.url, spa.path()),
    )))
    .await;

    let res = test::call_service(
        &app,
        test::TestRequest::get()
            .uri("/api/v1/no-such-thing")
            .to_request(),
    )
    .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        res.headers().get(header::CONTENT_TYPE).unwrap(),
        "application/problem+json"
    );
    let request_id = res
        .headers()
        .get("x-request-id")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    let body = body_json(res).await;
    assert_eq!(body["status"], 404);
    assert_eq!(body["title"], "Not found");
    assert_eq!(
        body["request_id"],
        request_id.as_str(),
        "the body quotes the request id"
    );

    let res = test::call_service(
        &app,
        test::TestRequest::delete()
            .uri("/api/v1/service")
            .to_request(),
    )
    .await;
    assert_eq!(res.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(res.headers().get(header::ALLOW).unwrap(), "GET");
    assert_eq!(body_json(res).await["status"], 405);
}

#[actix_rt::test]
async fn an_integrators_request_id_is_echoed_and_a_malformed_one_replaced() {
    let spa = spa_fixture();
    let t = persistence::testing::TestDb::sqlite();
    let app = test::init_service(api::app::app(support::shared(
        t.db.clone(),
        support::settings(&t.url, spa.path()),
    )))
    .await;
    let req = test::TestRequest::get()
        .uri("/healthz")
        .insert_header(("X-Request-Id", "la-crm-42.7"))
        .to_request();
    let res = test::call_service(&app, req).await;
    assert_eq!(res.headers().get("x-request-id").unwrap(), "la-crm-42.7");

    let req = test::TestRequest::get()
        .uri("/healthz")
        .insert_header(("X-Request-Id", "bad id with spaces; and more"))
        .to_request();
    let res = test::call_service(&app, req).await;
    let id = res.headers().get("x-request-id").unwrap().to_str().unwrap();
    assert!(
        uuid::Uuid::parse_str(id).is_ok(),
        "replaced with a fresh id: {id}"
    );
}

#[actix_rt::test]
async fn every_response_carries_the_security_headers_and_no_server_banner() {
    let spa = spa_fixture();
    let t = persistence::testing::TestDb::sqlite();
    let app = test::init_service(api::app::app(support::shared(
        t.db.clone(),
        support::settings(&t.url, spa.path()),
    )))
    .await;
    for uri in [
        "/healthz",
        "/api/v1/service",
        "/api/v1/missing",
        "/",
        "/cases/123",
        "/api/docs/",
    ] {
        let res = test::call_service(&app, test::TestRequest::get().uri(uri).to_request()).await;
        let h = res.headers();
        assert_eq!(h.get("x-content-type-options").unwrap(), "nosniff", "{uri}");
        assert_eq!(h.get("x-frame-options").unwrap(), "DENY", "{uri}");
        assert_eq!(h.get("referrer-policy").unwrap(), "no-referrer", "{uri}");
        let csp = h.get("content-security-policy").unwrap().to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{uri}: {csp}");
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("script-src 'self' 'unsafe-inline'"),
            "{uri}: {csp}"
        );
        assert!(h.get("server").is_none(), "{uri}");
        assert!(h.get("x-request-id").is_some(), "{uri}");
        assert!(
            h.get("strict-transport-security").is_none(),
            "no HSTS without TLS: {uri}"
        );
    }
}

#[actix_rt::test]
async fn a_family_reloading_a_page_of_the_web_app_gets_the_app_back() {
    let spa = spa_fixture();
    let t = persistence::testing::TestDb::sqlite();
    let app = test::init_service(api::app::app(support::shared(
        t.db.clone(),
        support::settings(&t.url, spa.path()),
    )))
    .await;

    let res = test::call_service(
        &app,
        test::TestRequest::get()
            .uri("/cases/EHC-2026-000042")
            .to_request(),
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers().get(header::CACHE_CONTROL).unwrap(),
        "no-cache"
    );
    assert!(
        String::from_utf8(test::read_body(res).await.to_vec())
            .unwrap()
            .contains("<title>SPA</title>")
    );

    let res = test::call_service(
        &app,
        test::TestRequest::get()
            .uri("/assets/app-1a2b3c.js")
            .to_request(),
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers().get(header::CACHE_CONTROL).unwrap(),
        "public, max-age=31536000, immutable"
    );

    let res = test::call_service(
        &app,
        test::TestRequest::get()
            .uri("/assets/../../etc/passwd")
            .to_request(),
    )
    .await;
    let body = test::read_body(res).await;
    assert!(
        !String::from_utf8_lossy(&body).contains("root:"),
        "never a file outside the SPA folder"
    );

    let res = test::call_service(&app, test::TestRequest::post().uri("/cases").to_request()).await;
    assert_eq!(res.status(), StatusCode::METHOD_NOT_ALLOWED);
}

#[actix_rt::test]
async fn when_the_database_is_down_the_service_answers_503_problem_json_promptly() {
    let spa = spa_fixture();
    let url = "postgres://postgres@127.0.0.1:9/unreachable";
    let settings = support::settings(url, spa.path());
    let db = persistence::Database::open(url, &settings.pool_options()).unwrap();
    let app = test::init_service(api::app::app(support::shared(db, settings))).await;
    let started = std::time::Instant::now();
    let res = test::call_service(&app, test::TestRequest::get().uri("/readyz").to_request()).await;
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    assert_eq!(res.headers().get(header::RETRY_AFTER).unwrap(), "30");
    assert_eq!(
        res.headers().get(header::CONTENT_TYPE).unwrap(),
        "application/problem+json"
    );
    let body = body_json(res).await;
    assert_eq!(body["status"], 503);
    let text = body.to_string();
    assert!(
        !text.contains("127.0.0.1") && !text.contains("postgres"),
        "no internal detail: {text}"
    );
    // Liveness does not depend on the database.
    let res = test::call_service(&app, test::TestRequest::get().uri("/healthz").to_request()).await;
    assert_eq!(res.status(), StatusCode::OK);
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Sample {
    name: String,
}

async fn accept_sample(_: web::Json<Sample>) -> HttpResponse {
    HttpResponse::NoContent().finish()
}

#[actix_rt::test]
async fn bad_json_bodies_get_problem_json_with_the_right_status() {
    // The same extractor configuration the app installs, on a probe route.
    let app = test::init_service(
        App::new()
            .app_data(api::problem::extractors::json(1024))
            .route("/probe", web::post().to(accept_sample)),
    )
    .await;
    let cases: [(&str, &str, StatusCode); 4] = [
        ("application/json", "{not json", StatusCode::BAD_REQUEST),
        (
            "application/json",
            r#"{"name":"x","role":"administrator"}"#,
            StatusCode::BAD_REQUEST,
        ),
        (
            "text/plain",
            r#"{"name":"x"}"#,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ),
        (
            "application/json",
            &format!(r#"{{"name":"{}"}}"#, "x".repeat(2000)),
            StatusCode::PAYLOAD_TOO_LARGE,
        ),
    ];
    for (content_type, body, expected) in cases {
        let req = test::TestRequest::post()
            .uri("/probe")
            .insert_header((header::CONTENT_TYPE, content_type))
            .set_payload(body.to_owned())
            .to_request();
        let res = test::call_service(&app, req).await;
        assert_eq!(res.status(), expected, "{content_type} {body:.40}");
        assert_eq!(
            res.headers().get(header::CONTENT_TYPE).unwrap(),
            "application/problem+json"
        );
        assert_eq!(body_json(res).await["status"], expected.as_u16());
    }
}
