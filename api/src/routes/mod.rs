//! The HTTP surface, one module per capability. Every route is registered
//! through utoipa-actix-web, so a route cannot exist outside the OpenAPI contract.

pub mod auth;
pub mod me;
pub mod meta;

use actix_web::middleware::from_fn;
use utoipa_actix_web::service_config::ServiceConfig;

/// Everything under the contract: probes at the root, the API under `/api/v1`.
pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(meta::healthz).service(meta::readyz).service(
        utoipa_actix_web::scope("/api/v1")
            .wrap(actix_web::middleware::DefaultHeaders::new().add(("Cache-Control", "no-store")))
            .service(meta::get_service_info)
            .service(me::get_me)
            .service(
                utoipa_actix_web::scope("/auth")
                    .wrap(from_fn(auth::rate_limit))
                    .service(auth::sign_in)
                    .service(auth::sign_in_with_code)
                    .service(auth::sign_in_with_recovery_code)
                    .service(auth::begin_authenticator_app_setup)
                    .service(auth::confirm_authenticator_app)
                    .service(auth::sign_out)
                    .service(auth::get_session)
                    .service(auth::extend_session),
            ),
    );
}
