//! Notes on a case's timeline. Whoever may see the timeline adds one; it is a
//! draft its author alone sees and changes (under `If-Match`) until they submit
//! it, which puts it on everyone's timeline (`note.added`) for good. The rules
//! are `domain::notes`; a note or case the caller may not see is a 404.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, delete, get, post, put, web};
use chrono::{DateTime, Utc};
use domain::access::CaseFacts;
use domain::audit::AuditActor;
use domain::notes::{self as rules, Change, NoteText};
use domain::people::User;
use persistence::notes::{self as store, NewNote, NoteRecord};
use persistence::teams::VersionedUpdate;
use persistence::{DbConnection, PersistenceError, timeline};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::SignedIn;
use crate::cases::{Loaded, audit_answer, keep_refusals, policy_inputs};
use crate::idempotency::{IdempotencyKey, once};
use crate::problem::{ApiError, FieldError, Problem, blocking};
use crate::routes::cases::Named;
use crate::routes::teams::{IfMatch, etag};
use crate::state::AppState;

/// The timeline entry kind of a submitted note, and the kind of the reader's
/// own drafts listed above the timeline.
pub const ADDED: &str = "note.added";
pub const DRAFT: &str = "note.draft";
/// The kind group (`?kind=`) of both.
const GROUP: &str = "note";

/// A note on a case's timeline.
#[derive(Serialize, ToSchema)]
pub struct NoteBody {
    pub id: String,
    pub case_id: String,
    pub author: Named,
    #[schema(example = "Spoke to Alex's mother: the school has agreed a reduced timetable.")]
    pub text: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// When it was submitted; null while it is a draft, which only its author sees.
    pub submitted_at: Option<DateTime<Utc>>,
    /// Also the ETag: send it back in `If-Match` (as `"<version>"`) to change or submit the draft.
    pub version: i64,
}

impl From<&NoteRecord> for NoteBody {
    fn from(note: &NoteRecord) -> Self {
        Self {
            id: note.id.clone(),
            case_id: note.case_id.clone(),
            author: Named {
                id: note.author.to_string(),
                name: note.author_name.clone(),
            },
            text: note.text.clone(),
            created_at: note.created_at,
            updated_at: note.updated_at,
            submitted_at: note.submitted_at,
            version: note.version,
        }
    }
}

/// A new note.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewNoteRequest {
    /// 1 to 5000 characters (spaces at either end are dropped).
    pub text: String,
    /// Submit it at once (it goes on everyone's timeline) rather than keep it as a draft.
    #[serde(default)]
    pub submit: bool,
}

/// A draft's new text.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NoteTextRequest {
    /// 1 to 5000 characters (spaces at either end are dropped).
    pub text: String,
}

fn parse_text(raw: &str) -> Result<NoteText, ApiError> {
    NoteText::parse(raw).map_err(|e| ApiError::Invalid(vec![FieldError::from(e)]))
}

fn location(id: &str) -> String {
    format!("/api/v1/notes/{id}")
}

fn who(user: &User) -> AuditActor {
    AuditActor::User(user.id.to_string())
}

/// Whether `user` may add a note to the case; audited as `audit` on the case.
fn permit_add(
    c: &mut DbConnection,
    state: &AppState,
    user: &User,
    facts: &CaseFacts,
    audit: &str,
    case_id: &str,
) -> Result<(), ApiError> {
    let (actor, config) = policy_inputs(c, state, user)?;
    let refusal = rules::may_add(&actor, facts, state.today(), &config).refusal();
    audit_answer(c, state, who(user), refusal, audit, ("case", case_id))
}

/// The note `id`, when `user` may change it (its author, while it is a draft);
/// audited as `audit` on the note. 404 for a note they may not see, 409 for a
/// submitted one.
fn changeable(
    c: &mut DbConnection,
    state: &AppState,
    user: &User,
    id: &str,
    audit: &str,
) -> Result<NoteRecord, ApiError> {
    let (note, loaded) = load(c, id)?;
    let (actor, config) = policy_inputs(c, state, user)?;
    let refusal = match rules::may_change(
        &actor,
        &note.facts(),
        &loaded.facts(),
        state.today(),
        &config,
    ) {
        Change::Allow => None,
        Change::Hidden(reason) => Some(reason),
        Change::Submitted => {
            return Err(ApiError::Conflict(
                "This note has been submitted and can no longer be changed.".into(),
            ));
        }
    };
    audit_answer(c, state, who(user), refusal, audit, ("note", id))?;
    Ok(note)
}

/// The note and the case it is on; 404 when there is no such note.
fn load(c: &mut DbConnection, id: &str) -> Result<(NoteRecord, Loaded), ApiError> {
    let note = match store::find(c, id) {
        Err(PersistenceError::NotFound) => return Err(ApiError::NotFound),
        other => other?,
    };
    let loaded = Loaded::load(c, &note.case_id)?;
    Ok((note, loaded))
}

/// The timeline entry of a submitted note, in the transaction that submits it.
fn put_on_timeline(
    c: &mut DbConnection,
    state: &AppState,
    note: &NoteRecord,
) -> Result<(), ApiError> {
    timeline::append(
        c,
        &timeline::NewEntry {
            case_id: &note.case_id,
            actor: Some(&note.author),
            kind: ADDED,
            summary: format!("Note added by {}", note.author_name),
            object: Some(("note", &note.id)),
        },
        state.now(),
    )?;
    Ok(())
}

fn with_etag(status: StatusCode, note: &NoteBody) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header(etag(note.version))
        .json(note)
}

/// Add a note to the case's timeline: a draft that only you see, or with
/// `"submit": true` added and submitted at once. Whoever may see the timeline
/// adds notes; administrators do not.
#[utoipa::path(
    tag = "cases",
    operation_id = "add_case_note",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The case's id"),
        ("Idempotency-Key" = Option<String>, Header, description = "Retrying with the same key returns the first answer and adds nothing more"),
    ),
    request_body = NewNoteRequest,
    responses(
        (status = 201, description = "Added: a draft, or submitted", body = NoteBody,
            headers(("Location" = String))),
        (status = 400, description = "Malformed body, an unknown field or a bad Idempotency-Key", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or not one whose timeline you may see", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The Idempotency-Key was used for a different request", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The text is empty or too long (the field named)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/cases/{id}/notes")]
pub async fn add_case_note(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    key: IdempotencyKey,
    id: web::Path<String>,
    payload: web::Json<NewNoteRequest>,
) -> Result<HttpResponse, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let case_id = id.into_inner();
    let request = payload.into_inner();
    let text = parse_text(&request.text)?;
    let answer = blocking(move || {
        keep_refusals(&state, || {
            once(
                &state.db,
                &format!("user:{}", user.id),
                &key,
                "add_case_note",
                &(&case_id, &request),
                state.now(),
                |c| {
                    let loaded = match Loaded::load(c, &case_id) {
                        Err(PersistenceError::NotFound) => return Err(ApiError::NotFound),
                        other => other?,
                    };
                    let audit = if request.submit {
                        "note.add_submitted"
                    } else {
                        "note.add"
                    };
                    permit_add(c, &state, &user, &loaded.facts(), audit, &case_id)?;
                    let note_id = uuid::Uuid::now_v7().to_string();
                    let note = store::create(
                        c,
                        &NewNote {
                            id: &note_id,
                            case_id: &case_id,
                            author: &user.id,
                            text: &text,
                            submitted: request.submit,
                        },
                        state.now(),
                    )?;
                    if request.submit {
                        put_on_timeline(c, &state, &note)?;
                    }
                    Ok((
                        StatusCode::CREATED,
                        Some(location(&note.id)),
                        NoteBody::from(&note),
                    ))
                },
            )
        })
    })
    .await?;
    Ok(answer.respond())
}

/// A note: your own draft, or a submitted note on a timeline you may see.
#[utoipa::path(
    tag = "cases",
    operation_id = "get_note",
    security(("session" = [])),
    params(("id" = String, Path, description = "The note's id")),
    responses(
        (status = 200, description = "The note", body = NoteBody,
            headers(("ETag" = String, description = "The note's version, for If-Match"))),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such note, or not one you may see", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/notes/{id}")]
pub async fn get_note(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let id = id.into_inner();
    let body = blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                let (note, loaded) = load(c, &id)?;
                let (actor, config) = policy_inputs(c, &state, &user)?;
                let refusal = rules::may_read(
                    &actor,
                    &note.facts(),
                    &loaded.facts(),
                    state.today(),
                    &config,
                )
                .refusal();
                audit_answer(c, &state, who(&user), refusal, "note.read", ("note", &id))?;
                Ok(NoteBody::from(&note))
            })
        })
    })
    .await?;
    Ok(with_etag(StatusCode::OK, &body))
}

/// Change your draft note's text. Needs `If-Match` with its version; a stale
/// one is 412 and nothing is overwritten. A submitted note never changes (409).
#[utoipa::path(
    tag = "cases",
    operation_id = "update_note",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The note's id"),
        ("If-Match" = String, Header, description = "The note's `version`, e.g. \"2\""),
    ),
    request_body = NoteTextRequest,
    responses(
        (status = 200, description = "Saved", body = NoteBody,
            headers(("ETag" = String, description = "The note's new version"))),
        (status = 400, description = "Malformed body or an unknown field", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such note, or not your draft", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Submitted: it can no longer be changed", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Changed since that version; nothing was saved", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The text is empty or too long (the field named)", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match is missing", body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/notes/{id}")]
pub async fn update_note(
    req: HttpRequest,
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    payload: web::Json<NoteTextRequest>,
) -> Result<HttpResponse, ApiError> {
    let if_match = IfMatch::from_headers(req.headers())?;
    let text = parse_text(&payload.text)?;
    change_draft(
        state.get_ref().clone(),
        signed_in.user,
        id.into_inner(),
        if_match,
        "note.update",
        move |c, state, id, version| Ok(store::update_draft(c, id, version, &text, state.now())?),
    )
    .await
}

/// Submit your draft note: it goes on the timeline of everyone who may see the
/// case, and can no longer be changed or deleted. Needs `If-Match`, so what is
/// submitted is what you last saw.
#[utoipa::path(
    tag = "cases",
    operation_id = "submit_note",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The note's id"),
        ("If-Match" = String, Header, description = "The note's `version`, e.g. \"2\""),
    ),
    responses(
        (status = 200, description = "Submitted", body = NoteBody,
            headers(("ETag" = String, description = "The note's new version"))),
        (status = 400, description = "A malformed If-Match", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such note, or not your draft", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already submitted", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Changed since that version; nothing was submitted", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match is missing", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/notes/{id}/submit")]
pub async fn submit_note(
    req: HttpRequest,
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let if_match = IfMatch::from_headers(req.headers())?;
    change_draft(
        state.get_ref().clone(),
        signed_in.user,
        id.into_inner(),
        if_match,
        "note.submit",
        |c, state, id, version| {
            let submitted = store::submit(c, id, version, state.now())?;
            if let VersionedUpdate::Applied(note) = &submitted {
                put_on_timeline(c, state, note)?;
            }
            Ok(submitted)
        },
    )
    .await
}

/// Changes `user`'s draft `id` at the version `if_match` names, in one
/// transaction audited as `audit`: `write` stores the change at that version.
/// 412 when the draft moved on (nothing written); 200 with the note and its ETag.
async fn change_draft(
    state: AppState,
    user: User,
    id: String,
    if_match: IfMatch,
    audit: &'static str,
    write: impl FnOnce(
        &mut DbConnection,
        &AppState,
        &str,
        i64,
    ) -> Result<VersionedUpdate<NoteRecord>, ApiError>
    + Send
    + 'static,
) -> Result<HttpResponse, ApiError> {
    let body = blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                let note = changeable(c, &state, &user, &id, audit)?;
                let version = if_match
                    .accepts(note.version)
                    .ok_or(ApiError::PreconditionFailed)?;
                match write(c, &state, &id, version)? {
                    VersionedUpdate::Applied(changed) => Ok(NoteBody::from(&changed)),
                    VersionedUpdate::Stale => Err(ApiError::PreconditionFailed),
                }
            })
        })
    })
    .await?;
    Ok(with_etag(StatusCode::OK, &body))
}

/// Delete your draft note. A submitted note is never deleted (409).
#[utoipa::path(
    tag = "cases",
    operation_id = "delete_note",
    security(("session" = [])),
    params(("id" = String, Path, description = "The note's id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such note, or not your draft", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Submitted: a submitted note is never deleted", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/notes/{id}")]
pub async fn delete_note(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let id = id.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                changeable(c, &state, &user, &id, "note.delete")?;
                if store::delete_draft(c, &id)? {
                    Ok(())
                } else {
                    // Submitted between the read and the delete.
                    Err(ApiError::Conflict(
                        "This note has been submitted and can no longer be changed.".into(),
                    ))
                }
            })
        })
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The notes a timeline shows: the reader's drafts (first, newest first) as
/// entries of their own, and the text of each submitted note its `note.added`
/// entry names, by note id.
pub struct TimelineNotes {
    pub drafts: Vec<NoteBody>,
    pub submitted: std::collections::HashMap<String, NoteBody>,
}

/// Reads the notes for a page of the timeline showing entries of `groups`
/// (every group when none): `reader`'s drafts (none for an integration
/// client), and the submitted notes the entries point to.
pub fn for_timeline(
    c: &mut DbConnection,
    case_id: &str,
    groups: &[String],
    reader: Option<&User>,
    entries: &[timeline::Entry],
) -> Result<TimelineNotes, ApiError> {
    let named: Vec<&str> = entries
        .iter()
        .filter(|e| e.kind == ADDED && e.object_kind.as_deref() == Some("note"))
        .filter_map(|e| e.object_id.as_deref())
        .collect();
    let mut notes = TimelineNotes {
        drafts: Vec::new(),
        submitted: std::collections::HashMap::new(),
    };
    if !(groups.is_empty() || groups.iter().any(|g| g == GROUP)) {
        return Ok(notes);
    }
    for note in store::seen_by(c, case_id, reader.map(|u| &u.id), &named)? {
        if note.submitted_at.is_some() {
            notes
                .submitted
                .insert(note.id.clone(), NoteBody::from(&note));
        } else {
            notes.drafts.push(NoteBody::from(&note));
        }
    }
    Ok(notes)
}
