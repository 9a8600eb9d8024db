//! About the service itself: liveness, readiness and what the SPA shows in its header.

use actix_web::{HttpResponse, get, web};
use serde::Serialize;
use utoipa::ToSchema;

use crate::problem::{ApiError, Problem, blocking};
use crate::state::AppState;

/// The process is up.
#[derive(Serialize, ToSchema)]
pub struct Health {
    #[schema(example = "ok")]
    pub status: HealthStatus,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum HealthStatus {
    Ok,
}

/// The service can serve requests: database reachable, migrations applied.
#[derive(Serialize, ToSchema)]
pub struct Readiness {
    pub status: ReadyStatus,
    /// Which database backend is in use.
    pub database: DatabaseKind,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ReadyStatus {
    Ready,
}

#[derive(Serialize, ToSchema, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub enum DatabaseKind {
    Sqlite,
    Postgresql,
}

/// What the web app shows in its header and footer.
#[derive(Serialize, ToSchema)]
pub struct ServiceInfo {
    /// The service's name.
    #[schema(example = "EHC hub")]
    pub service_name: String,
    /// The local authority running this service.
    #[schema(example = "Exampleshire County Council")]
    pub la_name: String,
    /// The software version.
    #[schema(example = "0.1.0")]
    pub version: String,
}

/// Liveness: answers while the process runs, whatever the database is doing.
#[utoipa::path(
    tag = "service",
    operation_id = "healthz",
    security(()),
    responses((status = 200, description = "The process is up", body = Health))
)]
#[get("/healthz")]
pub async fn healthz() -> web::Json<Health> {
    web::Json(Health {
        status: HealthStatus::Ok,
    })
}

/// Readiness: the database answers and its schema is up to date.
#[utoipa::path(
    tag = "service",
    operation_id = "readyz",
    security(()),
    responses(
        (status = 200, description = "Ready to serve", body = Readiness),
        (status = 503, description = "Database unreachable or migrations pending", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/readyz")]
pub async fn readyz(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let db = state.db.clone();
    let pending = blocking(move || {
        db.ping()?;
        Ok(persistence::migrations::has_pending(&db)?)
    })
    .await?;
    if pending {
        return Err(ApiError::Unavailable("migrations are pending".into()));
    }
    let database = match state.db.backend() {
        persistence::Backend::Sqlite => DatabaseKind::Sqlite,
        persistence::Backend::Postgres => DatabaseKind::Postgresql,
    };
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(Readiness {
            status: ReadyStatus::Ready,
            database,
        }))
}

/// The service's name, the local authority's name and the software version.
#[utoipa::path(
    tag = "service",
    operation_id = "get_service_info",
    security(()),
    responses((status = 200, description = "About this service", body = ServiceInfo))
)]
#[get("/service")]
pub async fn get_service_info(state: web::Data<AppState>) -> web::Json<ServiceInfo> {
    web::Json(ServiceInfo {
        service_name: "EHC hub".into(),
        la_name: state.settings.la.name.clone(),
        version: env!("CARGO_PKG_VERSION").into(),
    })
}
