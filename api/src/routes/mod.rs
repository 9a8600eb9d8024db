//! The HTTP surface, one module per capability. Every route is registered
//! through utoipa-actix-web, so a route cannot exist outside the OpenAPI contract.

pub mod meta;

use utoipa_actix_web::service_config::ServiceConfig;

/// Everything under the contract: probes at the root, the API under `/api/v1`.
pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(meta::healthz).service(meta::readyz).service(
        utoipa_actix_web::scope("/api/v1")
            .wrap(actix_web::middleware::DefaultHeaders::new().add(("Cache-Control", "no-store")))
            .service(meta::get_service_info),
    );
}
