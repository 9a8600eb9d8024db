//! Security headers on every response (security.md, "Input, files, output").
//! A handler or inner scope that sets one of these itself keeps its own value.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{CONTENT_SECURITY_POLICY, HeaderValue};
use actix_web::middleware::{DefaultHeaders, Next};

/// The SPA's policy: scripts and styles from this origin only, no framing.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
    img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; media-src 'self' blob:; \
    object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/// Swagger UI sets inline styles; its scripts still come from this origin only.
pub const DOCS_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
    img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; \
    frame-ancestors 'none'";

pub fn security_headers(hsts: bool) -> DefaultHeaders {
    let mut headers = DefaultHeaders::new()
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Referrer-Policy", "no-referrer"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add(("Cross-Origin-Resource-Policy", "same-origin"))
        .add((
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), payment=()",
        ));
    if hsts {
        headers = headers.add((
            "Strict-Transport-Security",
            "max-age=31536000; includeSubDomains",
        ));
    }
    headers
}

/// The SPA's policy everywhere, Swagger UI's under `/api/docs/`. A response that
/// already has a policy (an uploaded document served sandboxed) keeps it.
pub async fn content_security_policy(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody + 'static>, actix_web::Error> {
    let docs = req.path().starts_with("/api/docs");
    let mut res = next.call(req).await?;
    if !res.headers().contains_key(CONTENT_SECURITY_POLICY) {
        let policy = if docs { DOCS_CSP } else { CSP };
        res.headers_mut()
            .insert(CONTENT_SECURITY_POLICY, HeaderValue::from_static(policy));
    }
    Ok(res)
}
