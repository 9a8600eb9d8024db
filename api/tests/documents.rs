//! Documents, photos and videos through the API, told as the family's, the
//! setting's, the co-ordinator's and an administrator's stories, on SQLite and
//! (when configured) PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use actix_web::http::Method;
use actix_web::test;
use api::state::Clock;
use chrono::{TimeZone, Utc};
use domain::organisations::SettingPhase;
use domain::people::{Role, SettingId, User};
use persistence::testing::{TestDb, build, each_backend};
use serde_json::{Value, json};
use support::Browser;

const PHOTO: &[u8] = &[
    0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0, 1, 2, 3,
];
const REPORT: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
const PAGE: &[u8] = b"<html><script>alert(document.cookie)</script></html>";

struct World {
    shared: api::app::Shared,
    t: TestDb,
    senco: User,
    coordinator: User,
    parent: User,
    admin: User,
    stranger: User,
    setting: SettingId,
    _spa: tempfile::TempDir,
}

fn world_with(t: TestDb, extra: &[(&str, &str)]) -> World {
    let clock = Clock::manual(Utc.with_ymd_and_hms(2026, 11, 30, 10, 0, 0).unwrap());
    let spa = tempfile::tempdir().unwrap();
    let shared = support::shared_with_clock(
        t.db.clone(),
        support::settings_with(&t.url, spa.path(), extra),
        clock,
    );
    let senco = build::user(&t.db, Role::Setting, "senco@school.example.org");
    let coordinator = build::user(&t.db, Role::CaseCoordinator, "co@la.example.org");
    let parent = build::user(&t.db, Role::Family, "parent@example.org");
    let admin = build::user(&t.db, Role::Administrator, "admin@la.example.org");
    let stranger = build::user(&t.db, Role::Family, "stranger@example.org");
    let setting = support::setting_with_staff(
        &t.db,
        "Riverside Primary",
        "123456",
        SettingPhase::Primary,
        &[&senco],
    );
    World {
        shared,
        t,
        senco,
        coordinator,
        parent,
        admin,
        stranger,
        setting,
        _spa: spa,
    }
}

fn world(t: TestDb) -> World {
    world_with(t, &[])
}

impl World {
    fn browser(&self, user: &User) -> Browser {
        support::signed_in_as(&self.shared, user)
    }

    fn timeline(&self, case_id: &str) -> Vec<String> {
        let mut c = self.t.db.conn().unwrap();
        persistence::timeline::of_case(&mut c, case_id, 100)
            .unwrap()
            .into_iter()
            .map(|e| e.summary)
            .collect()
    }
}

fn complete_content() -> Value {
    json!({
        "child": {"given_names": "Alex", "family_name": "Smith", "born_on": "2018-03-04"},
        "parent": {"name": "Jo Smith", "email": "jo.smith@example.org"},
        "concerns": "Alex finds it very hard to communicate with other children.",
        "support_so_far": "Small-group speech and language work, twice a week, since January.",
        "parent_agrees": true
    })
}

/// A case registered from a paper request, with the parent and the setting
/// given access; its id.
async fn case<S, B>(app: &S, w: &World) -> String
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let mut co = w.browser(&w.coordinator);
    let recorded = co
        .post(
            app,
            "/api/v1/assessment-requests",
            json!({"content": complete_content(), "received_on": "2026-11-30", "received_via": "post"}),
        )
        .await;
    assert_eq!(recorded.status, 201, "{}", recorded.body);
    let id = recorded.body["id"].as_str().unwrap();
    let registered = co
        .post(
            app,
            &format!("/api/v1/assessment-requests/{id}/register"),
            json!({}),
        )
        .await;
    assert_eq!(registered.status, 201, "{}", registered.body);
    let case_id = registered.body["case_id"].as_str().unwrap().to_owned();
    for grant in [
        json!({"kind": "family", "id": w.parent.id.as_str()}),
        json!({"kind": "setting", "id": w.setting.as_str()}),
    ] {
        let granted = co
            .post(app, &format!("/api/v1/cases/{case_id}/access"), grant)
            .await;
        assert!(granted.status < 300, "{}", granted.body);
    }
    case_id
}

async fn upload<S, B>(app: &S, b: &mut Browser, uri: &str, bytes: &[u8]) -> support::BytesReply
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    b.send_bytes(app, Method::POST, uri, Some(bytes.to_vec()))
        .await
}

fn header(reply: &support::BytesReply, name: &str) -> String {
    reply
        .headers
        .get(name)
        .unwrap_or_else(|| panic!("{name}"))
        .to_str()
        .unwrap()
        .to_owned()
}

#[actix_rt::test]
async fn a_parent_adds_a_photo_to_their_views_and_the_setting_adds_one_on_their_behalf() {
    for t in each_backend() {
        let w = world(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let case_id = case(&app, &w).await;
        let docs = format!("/api/v1/cases/{case_id}/documents");

        let mut parent = w.browser(&w.parent);
        let added = upload(
            &app,
            &mut parent,
            &format!("{docs}?section=parent_views&name=C%3A%5Cphotos%5Cbeach.jpg"),
            PHOTO,
        )
        .await;
        assert_eq!(
            added.status,
            201,
            "{}",
            String::from_utf8_lossy(&added.bytes)
        );
        let photo = added.json();
        assert_eq!(
            photo["file_name"], "beach.jpg",
            "no folders from the client"
        );
        assert_eq!(photo["media_type"], "image/jpeg");
        assert_eq!(photo["kind"], "image");
        assert_eq!(photo["byte_size"], PHOTO.len());
        assert_eq!(photo["on_behalf"], false);
        assert_eq!(
            photo["sha256"],
            api::documents::sha256_hex(PHOTO),
            "the SHA-256 of what was sent"
        );
        assert_eq!(
            header(&added, "location"),
            format!("/api/v1/documents/{}", photo["id"].as_str().unwrap())
        );

        let mut senco = w.browser(&w.senco);
        let on_behalf = upload(
            &app,
            &mut senco,
            &format!("{docs}?section=child_views"),
            PHOTO,
        )
        .await;
        assert_eq!(on_behalf.status, 201);
        assert_eq!(on_behalf.json()["on_behalf"], true);
        assert_eq!(
            on_behalf.json()["file_name"],
            "image.jpg",
            "a name is made when none is given"
        );

        let listed = parent
            .get(&app, &format!("{docs}?section=parent_views"))
            .await;
        assert_eq!(listed.status, 200);
        assert_eq!(listed.body["items"].as_array().unwrap().len(), 1);
        let all = w.browser(&w.coordinator).get(&app, &docs).await;
        assert_eq!(all.body["items"].as_array().unwrap().len(), 2);

        let timeline = w.timeline(&case_id);
        assert!(timeline.contains(&"Added a photo to the parents' views".to_owned()));
        assert!(
            timeline
                .contains(&"Added a photo to the child's views on the family's behalf".to_owned())
        );
    }
}

#[actix_rt::test]
async fn a_download_is_an_attachment_that_never_runs_in_the_service() {
    for t in each_backend() {
        let w = world(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let case_id = case(&app, &w).await;
        let mut co = w.browser(&w.coordinator);
        let added = upload(
            &app,
            &mut co,
            &format!("/api/v1/cases/{case_id}/documents?section=evidence&name=r%C3%A9sum%C3%A9%20%22x%22.pdf"),
            REPORT,
        )
        .await;
        assert_eq!(added.status, 201);
        let content = added.json()["content_url"].as_str().unwrap().to_owned();

        let got = w
            .browser(&w.parent)
            .send_bytes(&app, Method::GET, &content, None)
            .await;
        assert_eq!(got.status, 200);
        assert_eq!(got.bytes, REPORT);
        assert_eq!(header(&got, "content-type"), "application/pdf");
        assert_eq!(header(&got, "x-content-type-options"), "nosniff");
        assert_eq!(header(&got, "content-security-policy"), "sandbox");
        let disposition = header(&got, "content-disposition");
        assert!(
            disposition.starts_with("attachment; filename=\"r_sum_ _x_.pdf\""),
            "{disposition}"
        );
        assert!(
            disposition.contains("filename*=UTF-8''r%C3%A9sum%C3%A9%20%22x%22.pdf"),
            "{disposition}"
        );
    }
}

#[actix_rt::test]
async fn a_file_is_known_by_its_bytes_and_each_kind_has_its_size_limit() {
    for t in each_backend() {
        let w = world_with(t, &[("EHC__DOCUMENTS__LIMITS__IMAGE_BYTES", "2048")]);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let case_id = case(&app, &w).await;
        let uri = format!("/api/v1/cases/{case_id}/documents?section=evidence&name=photo.jpg");
        let mut parent = w.browser(&w.parent);

        let page = upload(&app, &mut parent, &uri, PAGE).await;
        assert_eq!(page.status, 415, "a page called photo.jpg is still a page");
        assert_eq!(page.json()["errors"][0]["field"], "file");
        assert_eq!(page.json()["errors"][0]["code"], "file_type_not_allowed");

        let mut big = PHOTO.to_vec();
        big.resize(4096, 0);
        let too_big = upload(&app, &mut parent, &uri, &big).await;
        assert_eq!(too_big.status, 413);
        assert_eq!(
            too_big.json()["errors"][0]["message"],
            "A photo must be smaller than 1 MB"
        );
        let mut report = REPORT.to_vec();
        report.resize(4096, b' ');
        assert_eq!(
            upload(&app, &mut parent, &uri, &report).await.status,
            201,
            "documents may be larger"
        );

        let empty = upload(&app, &mut parent, &uri, b"").await;
        assert_eq!(empty.status, 422);
        assert_eq!(empty.json()["errors"][0]["code"], "empty");

        let bad_section = upload(
            &app,
            &mut parent,
            &format!("/api/v1/cases/{case_id}/documents?section=advice"),
            PHOTO,
        )
        .await;
        assert_eq!(bad_section.status, 400);

        let listed = parent
            .get(&app, &format!("/api/v1/cases/{case_id}/documents"))
            .await;
        assert_eq!(
            listed.body["items"].as_array().unwrap().len(),
            1,
            "nothing refused was kept"
        );
    }
}

#[actix_rt::test]
async fn someone_not_involved_gets_404_for_every_document_path() {
    for t in each_backend() {
        let w = world(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let case_id = case(&app, &w).await;
        let added = upload(
            &app,
            &mut w.browser(&w.parent),
            &format!("/api/v1/cases/{case_id}/documents?section=parent_views"),
            PHOTO,
        )
        .await;
        let id = added.json()["id"].as_str().unwrap().to_owned();
        let mut stranger = w.browser(&w.stranger);
        for uri in [
            format!("/api/v1/cases/{case_id}/documents"),
            format!("/api/v1/documents/{id}"),
            format!("/api/v1/documents/{id}/content"),
            format!("/api/v1/documents/{}", uuid::Uuid::new_v4()),
        ] {
            let reply = stranger.send_bytes(&app, Method::GET, &uri, None).await;
            assert_eq!(reply.status, 404, "{uri}");
        }
        let refused = upload(
            &app,
            &mut stranger,
            &format!("/api/v1/cases/{case_id}/documents?section=parent_views"),
            PHOTO,
        )
        .await;
        assert_eq!(refused.status, 404);
        // An administrator sees no case content either.
        let admin = w
            .browser(&w.admin)
            .send_bytes(
                &app,
                Method::GET,
                &format!("/api/v1/documents/{id}/content"),
                None,
            )
            .await;
        assert_eq!(admin.status, 404);
        let signed_out = Browser::new()
            .send_bytes(&app, Method::GET, &format!("/api/v1/documents/{id}"), None)
            .await;
        assert_eq!(signed_out.status, 401);

        let mut c = w.t.db.conn().unwrap();
        let trail = persistence::audit::for_object(&mut c, "document", &id).unwrap();
        assert!(
            trail.iter().any(|e| e.outcome == "denied"),
            "refusals are audited"
        );
    }
}

#[actix_rt::test]
async fn a_draft_request_documents_are_its_authors_then_the_case_and_go_with_a_deleted_draft() {
    for t in each_backend() {
        let w = world(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let mut senco = w.browser(&w.senco);
        let created = senco
            .post(
                &app,
                "/api/v1/assessment-requests",
                json!({"content": complete_content()}),
            )
            .await;
        assert_eq!(created.status, 201, "{}", created.body);
        let request = created.body["id"].as_str().unwrap().to_owned();
        let docs = format!("/api/v1/assessment-requests/{request}/documents");
        let added = upload(&app, &mut senco, &format!("{docs}?name=iep.pdf"), REPORT).await;
        assert_eq!(added.status, 201);
        let id = added.json()["id"].as_str().unwrap().to_owned();
        assert_eq!(
            senco.get(&app, &docs).await.body["items"][0]["id"],
            id.as_str()
        );
        let mut co = w.browser(&w.coordinator);
        assert_eq!(
            co.get(&app, &docs).await.status,
            404,
            "a draft is its authors' alone"
        );
        assert_eq!(
            co.get(&app, &format!("/api/v1/documents/{id}"))
                .await
                .status,
            404
        );

        // Deleting the draft takes its documents with it.
        let deleted = senco
            .call(
                &app,
                Method::DELETE,
                &format!("/api/v1/assessment-requests/{request}"),
                None,
            )
            .await;
        assert_eq!(deleted.status, 204);
        assert_eq!(
            senco
                .get(&app, &format!("/api/v1/documents/{id}"))
                .await
                .status,
            404
        );
    }
}

#[actix_rt::test]
async fn an_administrator_redacts_a_document_the_bytes_go_and_the_timeline_says_why() {
    for t in each_backend() {
        let w = world(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let case_id = case(&app, &w).await;
        let added = upload(
            &app,
            &mut w.browser(&w.coordinator),
            &format!("/api/v1/cases/{case_id}/documents?section=evidence&name=report.pdf"),
            REPORT,
        )
        .await;
        let id = added.json()["id"].as_str().unwrap().to_owned();
        let redaction = format!("/api/v1/documents/{id}/redaction");

        let by_coordinator = w
            .browser(&w.coordinator)
            .post(&app, &redaction, json!({"reason": "Not mine to redact"}))
            .await;
        assert_eq!(by_coordinator.status, 404, "administrators only");
        let mut admin = w.browser(&w.admin);
        let no_reason = admin.post(&app, &redaction, json!({"reason": "  "})).await;
        assert_eq!(no_reason.status, 422);
        assert_eq!(no_reason.body["errors"][0]["field"], "reason");

        let done = admin
            .post(
                &app,
                &redaction,
                json!({"reason": "Another child's report"}),
            )
            .await;
        assert_eq!(done.status, 200, "{}", done.body);
        assert_eq!(done.body["redaction"]["reason"], "Another child's report");
        assert!(done.body["content_url"].is_null());
        let again = admin
            .post(&app, &redaction, json!({"reason": "Twice"}))
            .await;
        assert_eq!(again.status, 409);

        let mut parent = w.browser(&w.parent);
        let gone = parent
            .send_bytes(
                &app,
                Method::GET,
                &format!("/api/v1/documents/{id}/content"),
                None,
            )
            .await;
        assert_eq!(gone.status, 410);
        assert!(
            gone.json()["detail"]
                .as_str()
                .unwrap()
                .contains("Another child's report"),
            "{}",
            gone.json()
        );
        let still_listed = parent
            .get(&app, &format!("/api/v1/cases/{case_id}/documents"))
            .await;
        assert_eq!(
            still_listed.body["items"][0]["redaction"]["redacted_by"]["id"],
            w.admin.id.as_str()
        );
        assert!(
            w.timeline(&case_id).iter().any(|s| s.starts_with(
                "An administrator redacted a document added to the case's evidence on"
            ) && s.ends_with(": Another child's report"))
        );
    }
}

#[actix_rt::test]
async fn when_the_virus_scanner_cannot_be_asked_nothing_is_kept() {
    for t in each_backend() {
        // Nothing listens on the discard port here.
        let w = world_with(t, &[("EHC__DOCUMENTS__CLAMD_ADDRESS", "127.0.0.1:9")]);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let case_id = case(&app, &w).await;
        let docs = format!("/api/v1/cases/{case_id}/documents");
        let mut parent = w.browser(&w.parent);
        let refused = upload(
            &app,
            &mut parent,
            &format!("{docs}?section=parent_views"),
            PHOTO,
        )
        .await;
        assert_eq!(refused.status, 503);
        assert_eq!(refused.json()["errors"][0]["code"], "scanner_unavailable");
        assert!(
            parent.get(&app, &docs).await.body["items"]
                .as_array()
                .unwrap()
                .is_empty()
        );
    }
}

#[actix_rt::test]
async fn documents_go_to_s3_compatible_storage_when_configured() {
    use wiremock::matchers::{method, path_regex};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let s3 = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path_regex(r"^/ehc-documents/\d{4}/\d{2}/[0-9a-f-]+$"))
        .respond_with(ResponseTemplate::new(200).insert_header("ETag", "\"e1\""))
        .expect(1)
        .mount(&s3)
        .await;
    Mock::given(method("GET"))
        .and(path_regex(r"^/ehc-documents/"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_bytes(PHOTO)
                .insert_header("ETag", "\"e1\"")
                .insert_header("Last-Modified", "Mon, 30 Nov 2026 10:00:00 GMT"),
        )
        .mount(&s3)
        .await;
    let t = each_backend().remove(0);
    let endpoint = s3.uri();
    let w = world_with(
        t,
        &[
            ("EHC__DOCUMENTS__STORE", "s3"),
            ("EHC__DOCUMENTS__S3__BUCKET", "ehc-documents"),
            ("EHC__DOCUMENTS__S3__ENDPOINT", &endpoint),
            ("EHC__DOCUMENTS__S3__REGION", "eu-west-2"),
            ("EHC__DOCUMENTS__S3__ACCESS_KEY_ID", "test-key"),
            ("EHC__DOCUMENTS__S3__SECRET_ACCESS_KEY", "test-secret"),
            ("EHC__DOCUMENTS__S3__ALLOW_HTTP", "true"),
        ],
    );
    let app = test::init_service(api::app::app(w.shared.clone())).await;
    let case_id = case(&app, &w).await;
    let mut parent = w.browser(&w.parent);
    let added = upload(
        &app,
        &mut parent,
        &format!("/api/v1/cases/{case_id}/documents?section=parent_views&name=me.jpg"),
        PHOTO,
    )
    .await;
    assert_eq!(
        added.status,
        201,
        "{}",
        String::from_utf8_lossy(&added.bytes)
    );
    let put = &s3.received_requests().await.unwrap()[0];
    assert_eq!(put.body, PHOTO, "the bytes went to the bucket");
    assert!(
        put.headers.get("authorization").is_some(),
        "signed with the configured credentials"
    );
    let content = added.json()["content_url"].as_str().unwrap().to_owned();
    let got = parent.send_bytes(&app, Method::GET, &content, None).await;
    assert_eq!(got.status, 200);
    assert_eq!(got.bytes, PHOTO);
}

#[actix_rt::test]
async fn a_family_without_an_account_adds_a_report_to_their_request_with_the_receipt_token() {
    for t in each_backend() {
        let w = world(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let mut anyone = Browser::new();
        let sent = anyone
            .post(
                &app,
                "/api/v1/public/assessment-requests",
                json!({"content": complete_content()}),
            )
            .await;
        assert_eq!(sent.status, 201, "{}", sent.body);
        let reference = sent.body["reference"].as_str().unwrap().to_owned();
        let token = sent.body["upload_token"].as_str().unwrap().to_owned();
        assert_eq!(sent.body["upload_token_expires_at"], "2026-12-01T10:00:00Z");
        let uri =
            format!("/api/v1/public/assessment-requests/{reference}/documents?name=report.pdf");
        let send = |token: Option<&str>| {
            let mut req = test::TestRequest::post()
                .uri(&uri)
                .peer_addr("127.0.0.1:50000".parse().unwrap())
                .insert_header(("X-EHC-CSRF", "1"))
                .set_payload(REPORT.to_vec());
            if let Some(token) = token {
                req = req.insert_header(("X-Upload-Token", token.to_owned()));
            }
            req.to_request()
        };

        let added = test::call_service(&app, send(Some(&token))).await;
        assert_eq!(added.status(), 201);
        let doc: Value = test::read_body_json(added).await;
        assert_eq!(doc["section"], "request");
        assert!(doc["uploaded_by"].is_null(), "nobody's account");
        for wrong in [None, Some("not-the-token")] {
            let refused = test::call_service(&app, send(wrong)).await;
            assert_eq!(refused.status(), 404);
        }

        // The co-ordinator registers it: the report is the case's.
        let mut co = w.browser(&w.coordinator);
        let registered = co
            .post(
                &app,
                &format!("/api/v1/assessment-requests/{reference}/register"),
                json!({}),
            )
            .await;
        assert_eq!(registered.status, 201, "{}", registered.body);
        let case_id = registered.body["case_id"].as_str().unwrap();
        let listed = co
            .get(&app, &format!("/api/v1/cases/{case_id}/documents"))
            .await;
        assert_eq!(listed.body["items"][0]["id"], doc["id"]);

        // Added after registration, it goes straight to the case; a day on, the token is spent.
        let late = test::call_service(&app, send(Some(&token))).await;
        assert_eq!(late.status(), 201);
        let listed = co
            .get(&app, &format!("/api/v1/cases/{case_id}/documents"))
            .await;
        assert_eq!(listed.body["items"].as_array().unwrap().len(), 2);
        w.shared.state.clock.advance(chrono::Duration::hours(24));
        let expired = test::call_service(&app, send(Some(&token))).await;
        assert_eq!(expired.status(), 404);
    }
}

#[actix_rt::test]
async fn the_co_ordinator_sets_the_child_s_photo_which_everyone_on_the_case_sees() {
    for t in each_backend() {
        let w = world(t);
        let app = test::init_service(api::app::app(w.shared.clone())).await;
        let case_id = case(&app, &w).await;
        let photo_uri = format!("/api/v1/cases/{case_id}/documents?section=child_photo");
        let mut co = w.browser(&w.coordinator);
        let mut parent = w.browser(&w.parent);

        let before = parent.get(&app, &format!("/api/v1/cases/{case_id}")).await;
        assert_eq!(before.status, 200);
        assert!(before.body["child"]["photo"].is_null(), "no photo yet");

        let not_a_picture = upload(&app, &mut co, &photo_uri, REPORT).await;
        assert_eq!(not_a_picture.status, 415);
        assert_eq!(not_a_picture.json()["errors"][0]["code"], "not_a_photo");

        let by_family = upload(&app, &mut parent, &photo_uri, PHOTO).await;
        assert_eq!(
            by_family.status, 404,
            "the child's details are the co-ordinator's to change"
        );

        let first = upload(&app, &mut co, &format!("{photo_uri}&name=first.jpg"), PHOTO).await;
        assert_eq!(
            first.status,
            201,
            "{}",
            String::from_utf8_lossy(&first.bytes)
        );
        let second = upload(
            &app,
            &mut co,
            &format!("{photo_uri}&name=second.jpg"),
            PHOTO,
        )
        .await;
        assert_eq!(second.status, 201);
        assert_eq!(second.json()["section"], "child_photo");

        let seen = parent.get(&app, &format!("/api/v1/cases/{case_id}")).await;
        let photo = &seen.body["child"]["photo"];
        assert_eq!(photo["file_name"], "second.jpg", "the latest photo shows");
        let content = parent
            .send_bytes(
                &app,
                Method::GET,
                photo["content_url"].as_str().unwrap(),
                None,
            )
            .await;
        assert_eq!(content.status, 200);
        assert_eq!(content.bytes, PHOTO.to_vec());

        let evidence = parent
            .get(&app, &format!("/api/v1/cases/{case_id}/documents"))
            .await;
        assert!(
            evidence.body["items"].as_array().unwrap().is_empty(),
            "the photo is not listed with the case's evidence"
        );
        let stranger = w
            .browser(&w.stranger)
            .send_bytes(
                &app,
                Method::GET,
                photo["content_url"].as_str().unwrap(),
                None,
            )
            .await;
        assert_eq!(stranger.status, 404);
        assert!(
            w.timeline(&case_id)
                .contains(&"Added a photo to the child's details".to_owned())
        );

        let redacted = w
            .browser(&w.admin)
            .post(
                &app,
                &format!(
                    "/api/v1/documents/{}/redaction",
                    second.json()["id"].as_str().unwrap()
                ),
                json!({"reason": "A photo of another child"}),
            )
            .await;
        assert_eq!(redacted.status, 200, "{}", redacted.body);
        let after = parent.get(&app, &format!("/api/v1/cases/{case_id}")).await;
        assert_eq!(
            after.body["child"]["photo"]["file_name"], "first.jpg",
            "a redacted photo gives way to the one before"
        );
    }
}
