//! Builders for API tests: settings for a test database, a ready app state with
//! a movable clock, and a small browser that keeps cookies and sends the CSRF header.

#![allow(dead_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

pub mod proxy;

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use actix_web::body::MessageBody;
use actix_web::dev::{Service, ServiceResponse};
use actix_web::http::Method;
use actix_web::test;
use api::app::Shared;
use api::auth::secrets::Keys;
use api::config::Settings;
use api::state::{AppState, Clock};
use chrono::{TimeZone, Utc};
use persistence::Database;
use serde_json::Value;

pub fn settings(database_url: &str, spa_dir: &Path) -> Settings {
    settings_with(database_url, spa_dir, &[])
}

pub fn settings_with(database_url: &str, spa_dir: &Path, extra: &[(&str, &str)]) -> Settings {
    let mut env = vec![
        ("EHC__DATABASE__URL".to_owned(), database_url.to_owned()),
        (
            "EHC__SERVER__SPA_DIR".to_owned(),
            spa_dir.display().to_string(),
        ),
        (
            "EHC__LA__NAME".to_owned(),
            "Exampleshire County Council".to_owned(),
        ),
        (
            "EHC__DATABASE__ACQUIRE_TIMEOUT_SECS".to_owned(),
            "1".to_owned(),
        ),
        // Documents go to a directory of this test's own, never the working tree.
        (
            "EHC__DATA_DIR".to_owned(),
            test_data_dir().display().to_string(),
        ),
    ];
    env.extend(
        extra
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    );
    Settings::load_from(None, env).expect("test settings are valid")
}

/// A fresh directory under the system's temporary directory (left for the OS
/// to clear: tests never depend on what is in it).
pub fn test_data_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("ehc-hub-test-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).expect("a temporary data directory");
    dir
}

/// A fixed, test-only key: tests never touch the data directory.
pub fn keys() -> Keys {
    Keys::from_master(&[42u8; 64])
}

pub fn shared(db: Database, settings: Settings) -> Shared {
    shared_with_clock(db, settings, Clock::System)
}

pub fn shared_with_clock(db: Database, settings: Settings, clock: Clock) -> Shared {
    Shared::new(AppState::new(db, Arc::new(settings), keys(), clock).expect("the app state builds"))
}

/// 09:00:10 on a Monday, a few seconds into a TOTP step.
pub fn monday_morning() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 10).unwrap()
}

pub async fn json<B: MessageBody>(res: ServiceResponse<B>) -> Value {
    let bytes = test::read_body(res).await;
    if bytes.is_empty() {
        return Value::Null;
    }
    serde_json::from_slice(&bytes).expect("JSON body")
}

/// Keeps cookies between requests the way a browser does (by name; the
/// attributes are checked by the tests that care) and sends the CSRF header.
#[derive(Default)]
pub struct Browser {
    pub cookies: HashMap<String, String>,
    pub csrf: bool,
}

pub struct Reply {
    pub status: u16,
    pub headers: actix_web::http::header::HeaderMap,
    pub set_cookies: Vec<String>,
    pub body: Value,
}

impl Browser {
    /// A request carrying this browser's cookies and CSRF header.
    fn request(&self, method: Method, uri: &str) -> test::TestRequest {
        let mut req = test::TestRequest::default()
            .method(method)
            .uri(uri)
            .peer_addr("127.0.0.1:50000".parse().unwrap());
        if self.csrf {
            req = req.insert_header(("X-EHC-CSRF", "1"));
        }
        if !self.cookies.is_empty() {
            let jar: Vec<String> = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            req = req.insert_header(("Cookie", jar.join("; ")));
        }
        req
    }

    pub fn new() -> Self {
        Self {
            cookies: HashMap::new(),
            csrf: true,
        }
    }

    pub async fn call<S, B>(
        &mut self,
        app: &S,
        method: Method,
        uri: &str,
        body: Option<Value>,
    ) -> Reply
    where
        S: Service<actix_http::Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
        B: MessageBody,
    {
        let mut req = self.request(method, uri);
        if let Some(body) = body {
            req = req.set_json(body);
        }
        let res = test::call_service(app, req.to_request()).await;
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        let set_cookies: Vec<String> = headers
            .get_all("set-cookie")
            .filter_map(|v| v.to_str().ok().map(str::to_owned))
            .collect();
        for raw in &set_cookies {
            let (pair, attrs) = raw.split_once(';').unwrap_or((raw, ""));
            let (name, value) = pair.split_once('=').unwrap();
            if value.is_empty() || attrs.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
        Reply {
            status,
            headers,
            set_cookies,
            body: json(res).await,
        }
    }

    pub async fn get<S, B>(&mut self, app: &S, uri: &str) -> Reply
    where
        S: Service<actix_http::Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
        B: MessageBody,
    {
        self.call(app, Method::GET, uri, None).await
    }

    pub async fn post<S, B>(&mut self, app: &S, uri: &str, body: Value) -> Reply
    where
        S: Service<actix_http::Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
        B: MessageBody,
    {
        self.call(app, Method::POST, uri, Some(body)).await
    }
}

/// A browser already signed in as `user`: a session row written directly and
/// its cookie, skipping the password and second factor (tests of sign-in itself
/// go through the real flow instead).
pub fn signed_in_as(shared: &Shared, user: &domain::people::User) -> Browser {
    let state = &shared.state;
    let now = state.now();
    let session_id = uuid::Uuid::new_v4().to_string();
    let mut conn = state.db.conn().unwrap();
    persistence::sign_in::create_session(&mut conn, &session_id, &user.id, now).unwrap();
    let idle_expires_at =
        now + chrono::Duration::minutes(state.settings.sign_in.idle_timeout_minutes);
    let cookie =
        api::auth::session::session_cookie(state, user, &session_id, now, idle_expires_at).unwrap();
    let mut browser = Browser::new();
    browser
        .cookies
        .insert(cookie.name().to_owned(), cookie.value().to_owned());
    browser
}

impl Browser {
    /// Any method with extra request headers (e.g. `If-Match`); cookies are sent, not updated.
    pub async fn call_with_headers<S, B>(
        &mut self,
        app: &S,
        method: Method,
        uri: &str,
        headers: &[(&str, &str)],
        body: Option<Value>,
    ) -> Reply
    where
        S: Service<actix_http::Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
        B: MessageBody,
    {
        let mut req = test::TestRequest::default().method(method).uri(uri);
        if self.csrf {
            req = req.insert_header(("X-EHC-CSRF", "1"));
        }
        let jar: Vec<String> = self
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        if !jar.is_empty() {
            req = req.insert_header(("Cookie", jar.join("; ")));
        }
        for (name, value) in headers {
            req = req.insert_header((*name, *value));
        }
        if let Some(body) = body {
            req = req.set_json(body);
        }
        let res = test::call_service(app, req.to_request()).await;
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        Reply {
            status,
            headers,
            set_cookies: vec![],
            body: json(res).await,
        }
    }
}

/// An answer whose body is kept as bytes (a download, or a problem to parse).
pub struct BytesReply {
    pub status: u16,
    pub headers: actix_web::http::header::HeaderMap,
    pub bytes: Vec<u8>,
}

impl BytesReply {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.bytes).expect("a JSON body")
    }
}

impl Browser {
    /// Sends `body` as raw bytes (an upload) and keeps the answer as bytes.
    pub async fn send_bytes<S, B>(
        &mut self,
        app: &S,
        method: Method,
        uri: &str,
        body: Option<Vec<u8>>,
    ) -> BytesReply
    where
        S: Service<actix_http::Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
        B: MessageBody,
    {
        let mut req = self.request(method, uri);
        if let Some(body) = body {
            req = req
                .insert_header(("Content-Type", "application/octet-stream"))
                .set_payload(body);
        }
        Self::bytes_of(app, req).await
    }

    /// Sends a JSON body and keeps the answer as bytes (a PDF preview).
    pub async fn post_for_bytes<S, B>(&mut self, app: &S, uri: &str, body: Value) -> BytesReply
    where
        S: Service<actix_http::Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
        B: MessageBody,
    {
        let req = self.request(Method::POST, uri).set_json(body);
        Self::bytes_of(app, req).await
    }

    async fn bytes_of<S, B>(app: &S, req: test::TestRequest) -> BytesReply
    where
        S: Service<actix_http::Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
        B: MessageBody,
    {
        let res = test::call_service(app, req.to_request()).await;
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        let bytes = test::read_body(res).await.to_vec();
        BytesReply {
            status,
            headers,
            bytes,
        }
    }
}

/// A new education setting called `name` (URN `urn`) with `staff` as its
/// SENCos; its id.
pub fn setting_with_staff(
    db: &Database,
    name: &str,
    urn: &str,
    phase: domain::organisations::SettingPhase,
    staff: &[&domain::people::User],
) -> domain::people::SettingId {
    use domain::organisations::{OrganisationName, SettingStaffCandidate, StaffTitle, Urn};
    use persistence::education_settings::{self, NewSetting};
    let setting = domain::people::SettingId::new(uuid::Uuid::new_v4().to_string());
    let by = persistence::teams::AuditContext {
        actor: domain::audit::AuditActor::System,
        request_id: None,
    };
    db.transaction(|c| {
        education_settings::create(
            c,
            &NewSetting {
                id: setting.clone(),
                name: OrganisationName::parse(name).unwrap(),
                urn: Urn::parse(urn).unwrap(),
                phase,
            },
            &by,
            Utc::now(),
        )?;
        for who in staff {
            education_settings::put_member(
                c,
                &setting,
                &SettingStaffCandidate::check(who).unwrap(),
                &StaffTitle::parse("SENCo").unwrap(),
                &by,
                Utc::now(),
            )?;
        }
        Ok(())
    })
    .unwrap();
    setting
}

/// The text of a PDF as `pdftotext` (poppler) reads it, so a test checks what
/// a real reader finds, with runs of white space (line ends) made one space. `make chromium` installs poppler-utils; without it the
/// test fails under CI=true, and elsewhere falls back to the writer's own
/// reader with a warning.
pub fn pdf_text(pdf: &[u8]) -> String {
    use std::io::Write;
    let tool = std::path::Path::new("/usr/bin/pdftotext");
    if !tool.exists() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "pdftotext is missing: run `make chromium` (it installs poppler-utils)"
        );
        eprintln!("warning: pdftotext is missing; reading the PDF with api::pdf::text_of");
        return squash(&api::pdf::text_of(pdf).join("\n"));
    }
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(pdf).unwrap();
    let out = std::process::Command::new(tool)
        .arg(file.path())
        .arg("-")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pdftotext could not read the PDF: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    squash(&String::from_utf8(out.stdout).unwrap())
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
