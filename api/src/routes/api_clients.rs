//! Integration clients: administrators create and revoke them; a client trades
//! its id and secret for a short-lived bearer token.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, Utc};
use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
use domain::clients::{Scope, parse_client_name};
use persistence::api_clients::{self, ApiClient};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::SignedIn;
use crate::auth::clients::{TOKEN_MINUTES, authenticate_client, issue_token, new_secret};
use crate::problem::{ApiError, FieldError, Problem, blocking};
use crate::request_id::current_request_id;
use crate::state::AppState;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    /// Must be `client_credentials`.
    #[schema(example = "client_credentials")]
    pub grant_type: String,
    pub client_id: String,
    pub client_secret: String,
}

#[derive(Serialize, ToSchema)]
pub struct TokenResponse {
    /// Send as `Authorization: Bearer <access_token>`.
    pub access_token: String,
    #[schema(example = "Bearer")]
    pub token_type: String,
    /// Seconds the token lives.
    #[schema(example = 300)]
    pub expires_in: i64,
    /// The client's scopes, space-separated.
    #[schema(example = "cases:read")]
    pub scope: String,
}

/// Client credentials: an integration client's id and secret for a bearer token that lives five minutes.
#[utoipa::path(
    tag = "integration",
    operation_id = "issue_client_token",
    security(()),
    request_body = TokenRequest,
    responses(
        (status = 200, description = "A bearer token", body = TokenResponse),
        (status = 401, description = "Unknown client, wrong secret, or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unsupported grant_type", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/token")]
pub async fn issue_client_token(
    state: web::Data<AppState>,
    body: web::Json<TokenRequest>,
) -> Result<web::Json<TokenResponse>, ApiError> {
    let body = body.into_inner();
    if body.grant_type != "client_credentials" {
        return Err(ApiError::invalid(
            "grant_type",
            "unsupported",
            "Only client_credentials is supported",
        ));
    }
    let state = state.get_ref().clone();
    let now = state.now();
    let request_id = current_request_id();
    blocking(move || {
        let mut c = state.db.conn()?;
        let found = match api_clients::find(&mut c, &body.client_id) {
            Ok(client) => Some(client),
            Err(persistence::PersistenceError::NotFound) => None,
            Err(e) => return Err(e.into()),
        };
        let result = authenticate_client(found, &body.client_secret);
        let outcome = if result.is_ok() {
            AuditOutcome::Success
        } else {
            AuditOutcome::Failure
        };
        let event = NewAuditEvent::new(
            AuditActor::Client(body.client_id.clone()),
            "client.token",
            outcome,
        )
        .request_id(request_id);
        persistence::audit::append(&mut c, &event, now)?;
        let client = result?;
        Ok(web::Json(TokenResponse {
            access_token: issue_token(&state, &client, now)?,
            token_type: "Bearer".into(),
            expires_in: TOKEN_MINUTES * 60,
            scope: Scope::join(&client.scopes),
        }))
    })
    .await
}

/// An integration client as administrators see it (never its secret).
#[derive(Serialize, ToSchema)]
pub struct ClientSummary {
    /// The client id, used with the secret to get tokens.
    pub id: String,
    pub name: String,
    #[schema(example = json!(["cases:read"]))]
    pub scopes: Vec<String>,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub last_used_at: Option<DateTime<Utc>>,
}

impl From<&ApiClient> for ClientSummary {
    fn from(c: &ApiClient) -> Self {
        Self {
            id: c.id.clone(),
            name: c.name.clone(),
            scopes: c.scopes.iter().map(|s| s.as_str().to_owned()).collect(),
            created_at: c.created_at,
            revoked_at: c.revoked_at,
            last_used_at: c.last_used_at,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ClientList {
    pub items: Vec<ClientSummary>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewClientRequest {
    #[schema(example = "Case management system")]
    pub name: String,
    /// Any of `cases:read`, `users:read`, `organisations:read`.
    pub scopes: Vec<String>,
}

/// The new client with its secret, shown this once.
#[derive(Serialize, ToSchema)]
pub struct NewClientResponse {
    pub client: ClientSummary,
    /// Store it now: only a hash is kept.
    pub client_secret: String,
}

/// The integration clients, newest first.
#[utoipa::path(
    tag = "integration",
    operation_id = "list_api_clients",
    security(("session" = [])),
    responses(
        (status = 200, description = "Every client", body = ClientList),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/api-clients")]
pub async fn list_api_clients(
    state: web::Data<AppState>,
    signed_in: SignedIn,
) -> Result<web::Json<ClientList>, ApiError> {
    signed_in.require_administrator("Only administrators manage integration clients.")?;
    let db = state.db.clone();
    let clients = blocking(move || {
        let mut c = db.conn()?;
        Ok(api_clients::list(&mut c)?)
    })
    .await?;
    Ok(web::Json(ClientList {
        items: clients.iter().map(ClientSummary::from).collect(),
    }))
}

/// Create an integration client with scopes; the secret is returned once.
#[utoipa::path(
    tag = "integration",
    operation_id = "create_api_client",
    security(("session" = [])),
    request_body = NewClientRequest,
    responses(
        (status = 201, description = "Created; store the secret now", body = NewClientResponse),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid name or unknown scope", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/api-clients")]
pub async fn create_api_client(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    body: web::Json<NewClientRequest>,
) -> Result<HttpResponse, ApiError> {
    signed_in.require_administrator("Only administrators manage integration clients.")?;
    let body = body.into_inner();
    let mut errors: Vec<FieldError> = Vec::new();
    let name = parse_client_name(&body.name)
        .map_err(|e| errors.push(e.into()))
        .ok();
    let scopes = Scope::parse_list(&body.scopes.join(" "))
        .map_err(|e| errors.push(e.into()))
        .ok();
    if matches!(&scopes, Some(s) if s.is_empty()) {
        errors.push(FieldError {
            field: "scopes".into(),
            code: "required".into(),
            message: "Choose at least one scope".into(),
        });
    }
    let (Some(name), Some(scopes)) = (name, scopes) else {
        return Err(ApiError::Invalid(errors));
    };
    if !errors.is_empty() {
        return Err(ApiError::Invalid(errors));
    }
    let state = state.get_ref().clone();
    let admin = signed_in.user.id.clone();
    let request_id = current_request_id();
    let (client, secret) = blocking(move || {
        let (secret, hash) = new_secret();
        let id = format!("cli_{}", uuid::Uuid::new_v4().simple());
        let now = state.now();
        let client = state.db.transaction(|c| {
            let client = api_clients::create(c, &id, &name, &hash, &scopes, &admin, now)?;
            let event = NewAuditEvent::new(
                AuditActor::User(admin.to_string()),
                "api_client.created",
                AuditOutcome::Success,
            )
            .object("api_client", &id)
            .detail(format!("scopes {}", Scope::join(&scopes)))
            .request_id(request_id);
            persistence::audit::append(c, &event, now)?;
            Ok(client)
        })?;
        Ok((client, secret))
    })
    .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/api-clients/{}", client.id)))
        .json(NewClientResponse {
            client: ClientSummary::from(&client),
            client_secret: secret,
        }))
}

/// Revoke a client: its tokens are refused from its next call.
#[utoipa::path(
    tag = "integration",
    operation_id = "revoke_api_client",
    security(("session" = [])),
    params(("id" = String, Path, description = "The client id")),
    responses(
        (status = 200, description = "Revoked", body = ClientSummary),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such client", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/api-clients/{id}/revoke")]
pub async fn revoke_api_client(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<web::Json<ClientSummary>, ApiError> {
    signed_in.require_administrator("Only administrators manage integration clients.")?;
    let state = state.get_ref().clone();
    let admin = signed_in.user.id.to_string();
    let id = id.into_inner();
    let request_id = current_request_id();
    let client = blocking(move || {
        let now = state.now();
        Ok(state.db.transaction(|c| {
            api_clients::revoke(c, &id, now)?;
            let event = NewAuditEvent::new(
                AuditActor::User(admin),
                "api_client.revoked",
                AuditOutcome::Success,
            )
            .object("api_client", &id)
            .request_id(request_id);
            persistence::audit::append(c, &event, now)?;
            api_clients::find(c, &id)
        })?)
    })
    .await?;
    Ok(web::Json(ClientSummary::from(&client)))
}
