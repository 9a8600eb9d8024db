//! An administrator rewords a message: checked against its placeholders,
//! previewed, used from the next message, and reset. On both databases.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use actix_web::http::Method;
use actix_web::test;
use api::state::Clock;
use domain::notifications::{Channel, TemplateKey};
use domain::people::Role;
use persistence::outbox::{self, NewMessage};
use persistence::testing::{build, each_backend};
use serde_json::json;

#[actix_rt::test]
async fn an_administrator_rewords_the_advice_request_and_the_next_message_uses_it() {
    for t in each_backend() {
        let spa = tempfile::tempdir().unwrap();
        let shared = support::shared_with_clock(
            t.db.clone(),
            support::settings(&t.url, spa.path()),
            Clock::manual(support::monday_morning()),
        );
        let app = test::init_service(api::app::app(shared.clone())).await;
        let admin = build::user(&t.db, Role::Administrator, "admin@example.org");
        let mut browser = support::signed_in_as(&shared, &admin);

        let list = browser.get(&app, "/api/v1/admin/message-templates").await;
        assert_eq!(list.status, 200);
        assert_eq!(
            list.body["items"].as_array().unwrap().len(),
            TemplateKey::ALL.len()
        );

        let leaky = json!({"subject": "Advice for ((child_name))", "body": "Please advise on ((case_reference)) by ((due_date)): ((sign_in_link))"});
        let refused = browser
            .post(
                &app,
                "/api/v1/admin/message-templates/advice_requested/preview",
                leaky.clone(),
            )
            .await;
        assert_eq!(
            refused.status, 422,
            "a child's name is not a placeholder at all"
        );
        assert_eq!(refused.body["errors"][0]["field"], "subject");
        let refused = browser
            .call(
                &app,
                Method::PUT,
                "/api/v1/admin/message-templates/advice_requested",
                Some(leaky),
            )
            .await;
        assert_eq!(refused.status, 422);

        let wording = json!({"subject": "Exampleshire needs your ((advice_type)) advice on ((case_reference))", "body": "Please send your advice on case ((case_reference)) by ((due_date)). Sign in: ((sign_in_link))"});
        let preview = browser
            .post(
                &app,
                "/api/v1/admin/message-templates/advice_requested/preview",
                wording.clone(),
            )
            .await;
        assert_eq!(preview.status, 200, "{:?}", preview.body);
        assert_eq!(
            preview.body["body"],
            "Please send your advice on case EHC-2026-000042 by 3 March 2027. Sign in: https://ehc.example.gov.uk/sign-in"
        );
        let saved = browser
            .call(
                &app,
                Method::PUT,
                "/api/v1/admin/message-templates/advice_requested",
                Some(wording),
            )
            .await;
        assert_eq!(saved.status, 200);
        assert_eq!(saved.body["customised"], true);

        let mut c = t.db.conn().unwrap();
        let values = [
            ("case_reference", "EHC-2026-000007"),
            ("advice_type", "health"),
            ("due_date", "3 March 2027"),
            ("sign_in_link", "https://ehc.example.gov.uk/sign-in"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        outbox::enqueue(
            &mut c,
            &NewMessage {
                channel: Channel::Email,
                recipient: "ep@example.org".into(),
                template: TemplateKey::AdviceRequested,
                personalisation: values,
                reference: "advice:1".into(),
            },
            shared.state.now(),
        )
        .unwrap();
        let sent = outbox::latest(&mut c, Some("ep@example.org"), 1).unwrap();
        assert_eq!(
            sent[0].subject, "Exampleshire needs your health advice on EHC-2026-000007",
            "the next message uses the new wording"
        );
        drop(c);

        let reset = browser
            .call(
                &app,
                Method::DELETE,
                "/api/v1/admin/message-templates/advice_requested",
                None,
            )
            .await;
        assert_eq!(reset.status, 200);
        assert_eq!(reset.body["customised"], false);
        assert_eq!(reset.body["wording"], reset.body["default_wording"]);
        assert_eq!(
            browser
                .call(
                    &app,
                    Method::DELETE,
                    "/api/v1/admin/message-templates/no_such_message",
                    None
                )
                .await
                .status,
            404
        );
        let co = build::user(&t.db, Role::CaseCoordinator, "co@example.org");
        assert_eq!(
            support::signed_in_as(&shared, &co)
                .get(&app, "/api/v1/admin/message-templates")
                .await
                .status,
            403
        );
    }
}
