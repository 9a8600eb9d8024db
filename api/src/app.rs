//! Assembles the application: the contract's routes, the docs, the SPA, and the
//! middleware every response passes through.

use std::sync::Arc;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::middleware::{Compress, from_fn};
use actix_web::{App, web};
use utoipa::OpenApi;
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::SwaggerUi;

use crate::headers::{content_security_policy, security_headers};
use crate::problem::{FieldError, Problem, extractors};
use crate::spa::{RouteTable, SpaFiles, fallback};
use crate::state::AppState;
use crate::{request_id, routes};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "ehc-hub API",
        description = "The REST API of the EHC hub: Education, Health and Care needs assessments, \
plans and annual reviews for an English local authority. The web app and other LA systems use \
the same API. Errors are RFC 9457 problem+json.",
        license(name = "MIT OR Apache-2.0")
    ),
    tags(
        (name = "service", description = "About the service: liveness, readiness, names"),
        (name = "sign-in", description = "Signing in with a password and a second factor, sessions, signing out"),
        (name = "organisations", description = "Teams of professionals and education settings, their members and team managers"),
        (name = "notifications", description = "Delivery receipts from GOV.UK Notify; the local mailbox and failed messages"),
        (name = "integration", description = "Integration clients of other LA systems: client credentials for bearer tokens with scopes"),
        (name = "cases", description = "Cases and their statutory deadlines"),
        (name = "advice", description = "Requests for advice at assessment, their allocation in teams, and the advisers' answers"),
        (name = "documents", description = "Documents, photos and short videos on views, evidence, advice and requests: upload, download, redaction"),
        (name = "plans", description = "The EHC plan: a draft from the advice, comments and consultation, the final plan, versions and the difference between them"),
        (name = "letters", description = "The LA's letters to the family at each decision and with the final plan, as PDFs; their wording, which administrators may change"),
        (name = "users", description = "Accounts: invite, list, suspend, reactivate, reset a second factor"),
    ),
    components(schemas(Problem, FieldError)),
    modifiers(&SecuritySchemes)
)]
struct ApiDoc;

/// Answers every operation can give, documented once instead of on each handler:
/// a malformed query string (400) wherever one is read, a body that is malformed,
/// too large or not JSON (400, 413, 415) wherever a body is taken, and 503 when
/// the database is away.
struct CommonResponses;

impl utoipa::Modify for CommonResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let problem = |description: &str| {
            ResponseBuilder::new()
                .description(description)
                .content(
                    crate::problem::PROBLEM_JSON,
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("Problem")))
                        .build(),
                )
                .build()
        };
        for item in openapi.paths.paths.values_mut() {
            for op in [
                &mut item.get,
                &mut item.post,
                &mut item.put,
                &mut item.patch,
                &mut item.delete,
            ]
            .into_iter()
            .flatten()
            {
                let mut add = |status: &str, description: &str| {
                    op.responses
                        .responses
                        .entry(status.to_owned())
                        .or_insert_with(|| problem(description).into());
                };
                let has_query =
                    op.parameters.iter().flatten().any(|p| {
                        matches!(p.parameter_in, utoipa::openapi::path::ParameterIn::Query)
                    });
                if has_query {
                    add(
                        "400",
                        "The query string is not valid: an unknown parameter or a value of the wrong type",
                    );
                }
                if op.request_body.is_some() {
                    add(
                        "400",
                        "The body is not valid JSON of this shape, or has fields the API does not take",
                    );
                    add("413", "The body is too large");
                    add("415", "The body is not application/json");
                }
                add("503", "The database cannot be reached; try again shortly");
            }
        }
    }
}

/// How callers prove who they are: the browser's session cookie. State-changing
/// requests with the cookie must also send the `X-EHC-CSRF` header.
struct SecuritySchemes;

impl utoipa::Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                "__Host-ehc_session",
                "Set by signing in. Browsers must send the X-EHC-CSRF header on POST, PUT, PATCH and DELETE.",
            ))),
        );
        components.add_security_scheme(
            "client_token",
            SecurityScheme::Http(utoipa::openapi::security::Http::new(
                utoipa::openapi::security::HttpAuthScheme::Bearer,
            )),
        );
        components.add_security_scheme(
            "notify_callback",
            SecurityScheme::Http(utoipa::openapi::security::Http::new(
                utoipa::openapi::security::HttpAuthScheme::Bearer,
            )),
        );
    }
}

/// The contract, generated from the handlers. `make openapi` writes it to
/// `openapi/openapi.json`; a test fails when the two differ.
pub fn openapi() -> utoipa::openapi::OpenApi {
    let (_, mut api) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .configure(routes::configure)
        .split_for_parts();
    // After the routes are collected: the derive's modifiers run before them.
    utoipa::Modify::modify(&CommonResponses, &mut api);
    api
}

/// Built once at start-up and shared by every worker.
#[derive(Clone)]
pub struct Shared {
    pub state: AppState,
    pub spec: Arc<utoipa::openapi::OpenApi>,
    pub route_table: Arc<RouteTable>,
}

impl Shared {
    pub fn new(state: AppState) -> Self {
        let spec = openapi();
        let route_table = Arc::new(RouteTable::from_openapi(&spec));
        Self {
            state,
            spec: Arc::new(spec),
            route_table,
        }
    }
}

pub fn app(
    shared: Shared,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    let settings = &shared.state.settings;
    let (app, _) = App::new()
        .into_utoipa_app()
        .configure(routes::configure)
        .split_for_parts();
    app.app_data(web::Data::new(shared.state.clone()))
        .app_data(web::Data::new(shared.route_table.clone()))
        .app_data(web::Data::new(SpaFiles {
            dir: settings.server.spa_dir.clone(),
        }))
        .app_data(extractors::json(settings.server.json_limit_bytes))
        .app_data(extractors::query())
        .app_data(extractors::path())
        .service(
            SwaggerUi::new("/api/docs/{_:.*}")
                .url("/api/openapi.json", shared.spec.as_ref().clone()),
        )
        .default_service(web::to(fallback))
        .wrap(Compress::default())
        .wrap(from_fn(crate::auth::session::middleware))
        .wrap(from_fn(content_security_policy))
        .wrap(security_headers(settings.server.hsts))
        .wrap(from_fn(request_id::middleware))
}
