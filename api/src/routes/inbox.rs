//! A person's in-app notifications and whether they also want them by email.
//! Messages about security (codes, invitations, resets) always go by email.

use actix_web::{HttpRequest, HttpResponse, get, post, put, web};
use chrono::{DateTime, Utc};
use persistence::{PersistenceError, inbox};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::auth::SignedIn;
use crate::problem::{ApiError, Problem, blocking};
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
pub struct Notification {
    pub id: String,
    /// The message type, e.g. `case_deadline_approaching`.
    pub kind: String,
    pub subject: String,
    pub body: String,
    /// Where in the app it is about.
    pub link: Option<String>,
    pub created_at: DateTime<Utc>,
    pub read: bool,
}

#[derive(Serialize, ToSchema)]
pub struct NotificationList {
    pub items: Vec<Notification>,
    /// For the count in the header.
    pub unread_count: i64,
    /// Pass as `cursor` for the next (older) page; absent on the last page.
    pub next_cursor: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct UnreadCount {
    pub unread_count: i64,
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct NotificationQuery {
    /// Only unread ones.
    pub unread: Option<bool>,
    /// How many, newest first (1 to 100, default 25).
    pub limit: Option<i64>,
    /// From the previous page's `next_cursor`.
    pub cursor: Option<String>,
}

/// Your notifications, newest first, a page at a time, with the unread count.
#[utoipa::path(
    tag = "notifications",
    operation_id = "list_my_notifications",
    security(("session" = [])),
    params(NotificationQuery),
    responses(
        (status = 200, description = "Your notifications", body = NotificationList),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`limit` out of range, or a cursor this service did not give out", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/me/notifications")]
pub async fn list_my_notifications(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    query: web::Query<NotificationQuery>,
) -> Result<web::Json<NotificationList>, ApiError> {
    let NotificationQuery {
        unread,
        limit,
        cursor,
    } = query.into_inner();
    let limit = limit.unwrap_or(25);
    if !(1..=100).contains(&limit) {
        return Err(ApiError::invalid(
            "limit",
            "out_of_range",
            "limit must be between 1 and 100",
        ));
    }
    let db = state.db.clone();
    let user = signed_in.user.id.clone();
    let ((items, more), unread_count) = blocking(move || {
        let mut c = db.conn()?;
        let page = inbox::list(
            &mut c,
            &user,
            unread.unwrap_or(false),
            cursor.as_deref(),
            limit,
        )
        .map_err(|e| match e {
            PersistenceError::NotFound => ApiError::invalid(
                "cursor",
                "invalid",
                "This cursor is not one this service gave out",
            ),
            other => other.into(),
        })?;
        Ok((page, inbox::unread_count(&mut c, &user)?))
    })
    .await?;
    let next_cursor = more.then(|| items.last().map(|i| i.id.clone())).flatten();
    Ok(web::Json(NotificationList {
        items: items
            .into_iter()
            .map(|i| Notification {
                id: i.id,
                kind: i.template_key,
                subject: i.subject,
                body: i.body,
                link: i.link,
                created_at: i.created_at,
                read: i.read,
            })
            .collect(),
        unread_count,
        next_cursor,
    }))
}

/// How many of your notifications are unread, for the header. Reading it is not
/// activity: it does not put off the idle time-out.
#[utoipa::path(
    tag = "notifications",
    operation_id = "count_unread_notifications",
    security(("session" = [])),
    responses(
        (status = 200, description = "The unread count", body = UnreadCount),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/me/notifications/unread-count")]
pub async fn count_unread_notifications(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<web::Json<UnreadCount>, ApiError> {
    // The SPA polls this: a tab left open must still time out.
    let signed_in = SignedIn::passive(&req).await?;
    let db = state.db.clone();
    let user = signed_in.user.id.clone();
    let unread_count = blocking(move || {
        let mut c = db.conn()?;
        Ok(inbox::unread_count(&mut c, &user)?)
    })
    .await?;
    Ok(web::Json(UnreadCount { unread_count }))
}

/// Mark all your notifications read.
#[utoipa::path(
    tag = "notifications",
    operation_id = "mark_all_notifications_read",
    security(("session" = [])),
    responses(
        (status = 204, description = "All marked read"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/me/notifications/read-all")]
pub async fn mark_all_notifications_read(
    state: web::Data<AppState>,
    signed_in: SignedIn,
) -> Result<HttpResponse, ApiError> {
    let db = state.db.clone();
    let user = signed_in.user.id.clone();
    let now = state.now();
    blocking(move || {
        let mut c = db.conn()?;
        Ok(inbox::mark_all_read(&mut c, &user, now)?)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Mark one of your notifications read.
#[utoipa::path(
    tag = "notifications",
    operation_id = "mark_notification_read",
    security(("session" = [])),
    params(("id" = String, Path, description = "The notification's id")),
    responses(
        (status = 204, description = "Marked read"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Not one of your notifications", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/me/notifications/{id}/read")]
pub async fn mark_notification_read(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let db = state.db.clone();
    let user = signed_in.user.id.clone();
    let now = state.now();
    blocking(move || {
        let mut c = db.conn()?;
        Ok(inbox::mark_read(&mut c, &user, &id, now)?)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NotificationPreferences {
    /// Also send non-security notifications by email (they always appear in the app).
    pub email: bool,
}

/// How you get notifications.
#[utoipa::path(
    tag = "notifications",
    operation_id = "get_notification_preferences",
    security(("session" = [])),
    responses(
        (status = 200, description = "Your choice", body = NotificationPreferences),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/me/notification-preferences")]
pub async fn get_notification_preferences(
    state: web::Data<AppState>,
    signed_in: SignedIn,
) -> Result<web::Json<NotificationPreferences>, ApiError> {
    let db = state.db.clone();
    let user = signed_in.user.id.clone();
    let email = blocking(move || {
        let mut c = db.conn()?;
        Ok(inbox::wants_email(&mut c, &user)?)
    })
    .await?;
    Ok(web::Json(NotificationPreferences { email }))
}

/// Choose whether notifications also come by email. Security messages always do.
#[utoipa::path(
    tag = "notifications",
    operation_id = "set_notification_preferences",
    security(("session" = [])),
    request_body = NotificationPreferences,
    responses(
        (status = 200, description = "Saved", body = NotificationPreferences),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/me/notification-preferences")]
pub async fn set_notification_preferences(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    body: web::Json<NotificationPreferences>,
) -> Result<web::Json<NotificationPreferences>, ApiError> {
    let email = body.into_inner().email;
    let db = state.db.clone();
    let user = signed_in.user.id.clone();
    blocking(move || {
        let mut c = db.conn()?;
        Ok(inbox::set_wants_email(&mut c, &user, email)?)
    })
    .await?;
    Ok(web::Json(NotificationPreferences { email }))
}
