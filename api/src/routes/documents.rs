//! Documents: upload to the child's or parents' views, the case's evidence, a
//! contributor's advice or a draft request; list them; download one; and an
//! administrator's redaction. Who may see a document is who may see what it is
//! attached to, decided by the domain's access policy; anything else is 404.
//!
//! The body of an upload is the file itself (any `Content-Type`: what it is is
//! read from its bytes). Files are served as attachments with `nosniff` and a
//! `sandbox` policy, so nothing uploaded ever runs in the service's origin.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use bytes::{Bytes, BytesMut};
use domain::access::Action;
use domain::assessment_request::RequestStatus;
use domain::documents::{self as dom, Section, UploadProblem};
use domain::people::{Role, User};
use futures_util::StreamExt;
use persistence::documents::{self as store, Attachment, Document, NewDocument};
use persistence::{DbConnection, PersistenceError, timeline};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::auth::SignedIn;
use crate::cases::{Caller, Loaded, keep_refusals};
use crate::documents::{DocumentStore, StoreError, sha256_hex};
use crate::problem::{ApiError, FieldError, Problem, blocking};
use crate::routes::cases::Named;
use crate::state::AppState;

// ---- The contract ------------------------------------------------------------

/// Where on a case a document goes.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CaseSection {
    /// "About me": the child's views.
    ChildViews,
    /// The parents' or carers' views.
    ParentViews,
    /// Reports and letters added to the case.
    Evidence,
    /// The child's photo, in the child's details (co-ordinators; the latest shows).
    ChildPhoto,
}

impl From<CaseSection> for Section {
    fn from(s: CaseSection) -> Self {
        match s {
            CaseSection::ChildViews => Section::ChildViews,
            CaseSection::ParentViews => Section::ParentViews,
            CaseSection::Evidence => Section::Evidence,
            CaseSection::ChildPhoto => Section::ChildPhoto,
        }
    }
}

/// What a document is attached to.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DocumentSection {
    ChildViews,
    ParentViews,
    Evidence,
    Advice,
    Request,
    ChildPhoto,
}

impl From<Section> for DocumentSection {
    fn from(s: Section) -> Self {
        match s {
            Section::ChildViews => DocumentSection::ChildViews,
            Section::ParentViews => DocumentSection::ParentViews,
            Section::Evidence => DocumentSection::Evidence,
            Section::Advice => DocumentSection::Advice,
            Section::Request => DocumentSection::Request,
            Section::ChildPhoto => DocumentSection::ChildPhoto,
        }
    }
}

#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKindName {
    /// PDF or Word.
    Document,
    /// A photo or scan.
    Image,
    /// A short video.
    Video,
}

impl From<dom::DocumentKind> for DocumentKindName {
    fn from(k: dom::DocumentKind) -> Self {
        match k {
            dom::DocumentKind::Document => DocumentKindName::Document,
            dom::DocumentKind::Image => DocumentKindName::Image,
            dom::DocumentKind::Video => DocumentKindName::Video,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct RedactionBody {
    pub redacted_at: chrono::DateTime<chrono::Utc>,
    pub redacted_by: Named,
    pub reason: String,
}

/// One document: what it is and who added it. The bytes are at `content_url`
/// (absent once redacted).
#[derive(Serialize, ToSchema)]
pub struct DocumentBody {
    pub id: String,
    pub section: DocumentSection,
    pub case_id: Option<String>,
    pub advice_request_id: Option<String>,
    pub assessment_request_id: Option<String>,
    /// The name it was uploaded with (display only).
    #[schema(example = "speech-therapy-report.pdf")]
    pub file_name: String,
    /// Read from the file's bytes, not from the uploader's claim.
    #[schema(example = "application/pdf")]
    pub media_type: String,
    pub kind: DocumentKindName,
    pub byte_size: i64,
    /// SHA-256 of the bytes, lower-case hex.
    pub sha256: String,
    /// Absent for a file the family sent with the public request form (no account).
    pub uploaded_by: Option<Named>,
    /// Added by a setting or the co-ordinator on the family's behalf.
    pub on_behalf: bool,
    pub uploaded_at: chrono::DateTime<chrono::Utc>,
    pub content_url: Option<String>,
    pub redaction: Option<RedactionBody>,
}

impl From<&Document> for DocumentBody {
    fn from(d: &Document) -> Self {
        DocumentBody {
            id: d.id.clone(),
            section: d.section.into(),
            case_id: d.case_id.clone(),
            advice_request_id: d.advice_request_id.clone(),
            assessment_request_id: d.assessment_request_id.clone(),
            file_name: d.file_name.clone(),
            media_type: d.media_type.clone(),
            kind: d.kind.into(),
            byte_size: d.byte_size,
            sha256: d.sha256.clone(),
            uploaded_by: d.uploaded_by.as_ref().map(|id| Named {
                id: id.to_string(),
                name: d.uploaded_by_name.clone().unwrap_or_default(),
            }),
            on_behalf: d.on_behalf,
            uploaded_at: d.uploaded_at,
            content_url: d
                .redaction
                .is_none()
                .then(|| format!("/api/v1/documents/{}/content", d.id)),
            redaction: d.redaction.as_ref().map(|r| RedactionBody {
                redacted_at: r.at,
                redacted_by: Named {
                    id: r.by.to_string(),
                    name: r.by_name.clone(),
                },
                reason: r.reason.clone(),
            }),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct DocumentList {
    /// Oldest first.
    pub items: Vec<DocumentBody>,
}

fn list(docs: &[Document]) -> web::Json<DocumentList> {
    web::Json(DocumentList {
        items: docs.iter().map(DocumentBody::from).collect(),
    })
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct CaseUploadQuery {
    /// Where on the case it goes.
    #[param(inline)]
    pub section: CaseSection,
    /// The file's name as the person chose it (shown, never used to store it).
    pub name: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct UploadQuery {
    /// The file's name as the person chose it (shown, never used to store it).
    pub name: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct CaseDocumentsQuery {
    /// Only this section; all the case's own sections when absent.
    #[param(inline)]
    pub section: Option<CaseSection>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RedactDocument {
    /// Why, in words people will read on the case timeline.
    pub reason: String,
}

// ---- Reading an upload ---------------------------------------------------------

fn file_error(status: StatusCode, code: &str, message: String) -> ApiError {
    ApiError::File {
        status,
        error: FieldError {
            field: "file".into(),
            code: code.into(),
            message,
        },
    }
}

/// The whole body, refused as soon as it passes the largest size any kind may be.
async fn read_upload(
    req: &HttpRequest,
    mut payload: web::Payload,
    store: &DocumentStore,
) -> Result<Bytes, ApiError> {
    let limit = store.limits.largest();
    let too_large = || {
        file_error(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            format!(
                "The selected file must be smaller than {} MB",
                limit.div_ceil(1024 * 1024)
            ),
        )
    };
    let declared = req
        .headers()
        .get(actix_web::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(too_large());
    }
    let mut body = BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk =
            chunk.map_err(|e| ApiError::BadRequest(format!("the upload was cut short: {e}")))?;
        if (body.len() + chunk.len()) as u64 > limit {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

/// Checks what the bytes are against the allow-list, what `section` takes and
/// the kind's limit.
fn check(section: Section, bytes: &[u8], store: &DocumentStore) -> Result<dom::FileType, ApiError> {
    dom::check_upload_to(section, bytes, &store.limits).map_err(|problem| {
        let status = match problem {
            UploadProblem::Empty => StatusCode::UNPROCESSABLE_ENTITY,
            UploadProblem::NotAllowed | UploadProblem::NotAPhoto => {
                StatusCode::UNSUPPORTED_MEDIA_TYPE
            }
            UploadProblem::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
        };
        file_error(status, problem.code(), problem.message())
    })
}

/// Scans and stores the bytes under a new key; answers the key.
async fn keep(state: &AppState, id: &str, bytes: Bytes) -> Result<String, ApiError> {
    let key = DocumentStore::new_key(state.now(), id);
    state
        .documents
        .put(&key, bytes)
        .await
        .map_err(|e| match e {
            StoreError::Infected(name) => file_error(
                StatusCode::UNPROCESSABLE_ENTITY,
                "infected",
                format!("The selected file contains a virus ({name}) and was not kept"),
            ),
            StoreError::ScannerUnavailable(why) => {
                tracing::warn!(%why, "virus scanner unavailable: upload refused");
                file_error(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "scanner_unavailable",
                    "Files cannot be checked for viruses just now, so none can be added. Try again later".into(),
                )
            }
            other => ApiError::Internal(other.to_string()),
        })?;
    Ok(key)
}

// ---- Who may: by what the document is attached to --------------------------------

fn load_case(
    c: &mut DbConnection,
    state: &AppState,
    user: &User,
    case_id: &str,
    action: Action,
    audit: &str,
    object: (&str, &str),
) -> Result<Loaded, ApiError> {
    crate::cases::load_authorized(
        c,
        state,
        Caller::Person(user),
        case_id,
        action,
        audit,
        object,
    )
}

/// The advice request's case, if the caller may take `action` on the advice.
fn advice_case(
    c: &mut DbConnection,
    state: &AppState,
    user: &User,
    advice_request_id: &str,
    action: Action,
    audit: &str,
) -> Result<String, ApiError> {
    let case_id = match persistence::advice::find(
        c,
        &domain::advice::AdviceRequestId::new(advice_request_id),
    ) {
        Err(PersistenceError::NotFound) => return Err(ApiError::NotFound),
        other => other?.case_id,
    };
    load_case(
        c,
        state,
        user,
        &case_id,
        action,
        audit,
        ("advice_request", advice_request_id),
    )?;
    Ok(case_id)
}

fn view_advice(id: &str) -> Action {
    Action::ViewAdvice(domain::advice::AdviceRequestId::new(id))
}

fn edit_advice(id: &str) -> Action {
    Action::EditAdvice(domain::advice::AdviceRequestId::new(id))
}

/// May `user` read `doc`? The same answer as for what it is attached to.
fn authorize_read(
    c: &mut DbConnection,
    state: &AppState,
    user: &User,
    doc: &Document,
    audit: &str,
) -> Result<(), ApiError> {
    let object = ("document", doc.id.as_str());
    match (doc.section, &doc.advice_request_id, &doc.case_id) {
        (Section::Advice, Some(advice), _) => {
            advice_case(c, state, user, advice, view_advice(advice), audit).map(|_| ())
        }
        (Section::Request, _, None) => {
            let request = doc.assessment_request_id.as_deref().unwrap_or_default();
            super::requests::load_for(c, state, user, request, Action::ViewDraftRequest, audit)
                .map(|_| ())
        }
        (_, _, Some(case_id)) => {
            load_case(c, state, user, case_id, Action::ViewCase, audit, object).map(|_| ())
        }
        _ => Err(ApiError::NotFound),
    }
}

fn find(c: &mut DbConnection, id: &str) -> Result<Document, ApiError> {
    match store::find(c, id) {
        Err(PersistenceError::NotFound) => Err(ApiError::NotFound),
        other => Ok(other?),
    }
}

// ---- Uploads ---------------------------------------------------------------------

/// Who is adding a file.
#[derive(Clone)]
enum Uploader {
    Person(User),
    /// The family, through the public request form (no account), with the
    /// request's upload token.
    PublicForm,
}

impl Uploader {
    fn id(&self) -> Option<&domain::people::UserId> {
        match self {
            Uploader::Person(user) => Some(&user.id),
            Uploader::PublicForm => None,
        }
    }

    /// The signed-in person; routes that take only people ask for this.
    fn person(&self) -> Result<&User, ApiError> {
        match self {
            Uploader::Person(user) => Ok(user),
            Uploader::PublicForm => Err(ApiError::NotFound),
        }
    }

    fn actor(&self) -> domain::audit::AuditActor {
        match self {
            Uploader::Person(user) => domain::audit::AuditActor::User(user.id.to_string()),
            Uploader::PublicForm => domain::audit::AuditActor::Anonymous,
        }
    }

    /// Views are the family's: anyone else adding to them does so on their behalf.
    fn on_behalf(&self, section: Section) -> bool {
        match self {
            Uploader::Person(user) => section.on_behalf(user.role),
            Uploader::PublicForm => false,
        }
    }
}

type Place =
    dyn Fn(&mut DbConnection, &AppState, &Uploader) -> Result<Attachment, ApiError> + Send + Sync;

/// A file read, checked and kept in the store, not yet on record.
struct Kept {
    id: String,
    key: String,
    file_type: dom::FileType,
    name: String,
    byte_size: i64,
    sha256: String,
}

/// Records an upload whose bytes are already kept; if that fails, the bytes go.
async fn record(
    state: AppState,
    uploader: Uploader,
    kept: Kept,
    authorize_and_place: std::sync::Arc<Place>,
) -> Result<HttpResponse, ApiError> {
    let Kept {
        id,
        key,
        file_type,
        name,
        byte_size,
        sha256,
    } = kept;
    let cleanup_state = state.clone();
    let cleanup_key = key.clone();
    let result = blocking(move || {
        keep_refusals(&state, || {
            state.db.transaction_with(|c| {
                let attachment = authorize_and_place(c, &state, &uploader)?;
                let section = attachment.section();
                let on_behalf = uploader.on_behalf(section);
                store::insert(
                    c,
                    &NewDocument {
                        id: &id,
                        attachment: &attachment,
                        file_name: &name,
                        media_type: file_type.media_type,
                        byte_size,
                        sha256: &sha256,
                        storage_key: &key,
                        uploaded_by: uploader.id(),
                        on_behalf,
                    },
                    state.now(),
                )?;
                persistence::audit::append(
                    c,
                    &domain::audit::NewAuditEvent::new(
                        uploader.actor(),
                        "document.upload",
                        domain::audit::AuditOutcome::Success,
                    )
                    .object("document", &id)
                    .request_id(crate::request_id::current_request_id()),
                    state.now(),
                )?;
                // Drafts of advice and requests are private: only case-level
                // additions go on the case's timeline.
                if let (Attachment::Case { case_id, section }, false) =
                    (&attachment, matches!(section, Section::Advice))
                {
                    timeline::append(
                        c,
                        &timeline::NewEntry {
                            case_id,
                            actor: uploader.id(),
                            kind: "document.added",
                            summary: format!(
                                "Added {} to {}{}",
                                file_type.kind.noun(),
                                section.place(),
                                if on_behalf {
                                    " on the family's behalf"
                                } else {
                                    ""
                                }
                            ),
                            object: Some(("document", &id)),
                        },
                        state.now(),
                    )?;
                }
                Ok(DocumentBody::from(&find(c, &id)?))
            })
        })
    })
    .await;
    match result {
        Ok(body) => Ok(HttpResponse::Created()
            .insert_header(("Location", format!("/api/v1/documents/{}", body.id)))
            .json(body)),
        Err(e) => {
            cleanup_state.documents.delete_all(&[cleanup_key]).await;
            Err(e)
        }
    }
}

/// Checks the caller may add here (before reading a byte), reads, checks, scans
/// and keeps the file, then records it (checking again, in its transaction).
async fn upload(
    req: HttpRequest,
    state: AppState,
    uploader: Uploader,
    section: Section,
    name: Option<String>,
    payload: web::Payload,
    place: impl Fn(&mut DbConnection, &AppState, &Uploader) -> Result<Attachment, ApiError>
    + Send
    + Sync
    + 'static,
) -> Result<HttpResponse, ApiError> {
    let place: std::sync::Arc<Place> = std::sync::Arc::new(place);
    {
        let (state, uploader, place) = (state.clone(), uploader.clone(), place.clone());
        blocking(move || {
            keep_refusals(&state, || {
                state
                    .db
                    .transaction_with(|c| place(c, &state, &uploader).map(|_| ()))
            })
        })
        .await?;
    }
    let bytes = read_upload(&req, payload, &state.documents).await?;
    let file_type = check(section, &bytes, &state.documents)?;
    let name = dom::display_name(name.as_deref().unwrap_or_default(), &file_type);
    let sha256 = sha256_hex(&bytes);
    let id = uuid::Uuid::now_v7().to_string();
    let byte_size = i64::try_from(bytes.len()).unwrap_or(i64::MAX);
    let key = keep(&state, &id, bytes).await?;
    let kept = Kept {
        id,
        key,
        file_type,
        name,
        byte_size,
        sha256,
    };
    record(state, uploader, kept, place).await
}

/// Add a photo, video or document to the child's views, the parents' views or
/// the case's evidence: the family, their setting or the co-ordinator (anyone
/// but the family adding to views does so on their behalf, and it is recorded).
/// The body is the file. PDF, DOCX, JPEG, PNG, GIF, WebP, HEIC, MP4, MOV, WebM.
/// A co-ordinator sets the child's photo (`section=child_photo`: JPEG, PNG, GIF
/// or WebP); the latest one shows in the child's details.
#[utoipa::path(
    tag = "documents",
    operation_id = "upload_case_document",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id"), CaseUploadQuery),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "The file's bytes"),
    responses(
        (status = 201, description = "Kept", body = DocumentBody,
            headers(("Location" = String, description = "The document's address"))),
        (status = 400, description = "A bad query", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or you may not add to it", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Larger than its kind may be (the `file` error says how large)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not a type on the allow-list, whatever its name says (or, for the child's photo, not a picture)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Empty, or the virus scanner found something", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The virus scanner cannot be asked, so nothing is kept", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/cases/{id}/documents")]
pub async fn upload_case_document(
    req: HttpRequest,
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    query: web::Query<CaseUploadQuery>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let case_id = id.into_inner();
    let CaseUploadQuery { section, name } = query.into_inner();
    let section = Section::from(section);
    upload(
        req,
        state.get_ref().clone(),
        Uploader::Person(signed_in.user),
        section,
        name,
        payload,
        move |c, state, uploader| {
            let user = uploader.person()?;
            let action = section.case_upload_action().ok_or(ApiError::NotFound)?;
            load_case(
                c,
                state,
                user,
                &case_id,
                action,
                "document.upload",
                ("case", &case_id),
            )?;
            Ok(Attachment::Case {
                case_id: case_id.clone(),
                section,
            })
        },
    )
    .await
}

/// Attach a document to your advice while you are writing it (a report, an
/// assessment). Others see it when they may see your advice.
#[utoipa::path(
    tag = "documents",
    operation_id = "upload_advice_document",
    security(("session" = [])),
    params(("id" = String, Path, description = "The advice request's id"), UploadQuery),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "The file's bytes"),
    responses(
        (status = 201, description = "Kept", body = DocumentBody,
            headers(("Location" = String, description = "The document's address"))),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request, or advice you may not add to (not yours, or already submitted)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Too large for its kind", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not a type on the allow-list", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Empty, or the virus scanner found something", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The virus scanner cannot be asked", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/advice-requests/{id}/documents")]
pub async fn upload_advice_document(
    req: HttpRequest,
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    query: web::Query<UploadQuery>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let request_id = id.into_inner();
    upload(
        req,
        state.get_ref().clone(),
        Uploader::Person(signed_in.user),
        Section::Advice,
        query.into_inner().name,
        payload,
        move |c, state, uploader| {
            let user = uploader.person()?;
            let case_id = advice_case(
                c,
                state,
                user,
                &request_id,
                edit_advice(&request_id),
                "document.upload",
            )?;
            Ok(Attachment::Advice {
                case_id,
                request_id: request_id.clone(),
            })
        },
    )
    .await
}

/// Attach a document to a draft request for assessment (its authors only).
#[utoipa::path(
    tag = "documents",
    operation_id = "upload_request_document",
    security(("session" = [])),
    params(("id" = String, Path, description = "The request's id"), UploadQuery),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "The file's bytes"),
    responses(
        (status = 201, description = "Kept", body = DocumentBody,
            headers(("Location" = String, description = "The document's address"))),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request, or not a draft of yours", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The request has been submitted", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Too large for its kind", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not a type on the allow-list", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Empty, or the virus scanner found something", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The virus scanner cannot be asked", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/assessment-requests/{id}/documents")]
pub async fn upload_request_document(
    req: HttpRequest,
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    query: web::Query<UploadQuery>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let request_id = id.into_inner();
    upload(
        req,
        state.get_ref().clone(),
        Uploader::Person(signed_in.user),
        Section::Request,
        query.into_inner().name,
        payload,
        move |c, state, uploader| {
            let user = uploader.person()?;
            let record = super::requests::load_for(
                c,
                state,
                user,
                &request_id,
                Action::EditDraftRequest,
                "document.upload",
            )?;
            if record.status != RequestStatus::Draft {
                return Err(super::requests::not_a_draft(&record));
            }
            Ok(Attachment::Request {
                request_id: request_id.clone(),
                case_id: None,
            })
        },
    )
    .await
}

/// A family who asked without an account adds documents to their request (a
/// report, a letter) with the token its receipt gave them, for 24 hours.
#[utoipa::path(
    tag = "documents",
    operation_id = "upload_public_request_document",
    security(()),
    params(
        ("id" = String, Path, description = "The request's reference, from the receipt"),
        ("X-Upload-Token" = String, Header, description = "The upload_token from the receipt"),
        UploadQuery,
    ),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "The file's bytes"),
    responses(
        (status = 201, description = "Kept", body = DocumentBody),
        (status = 404, description = "No such request, or the token is wrong or has expired", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Too large for its kind", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not a type on the allow-list", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Empty, or the virus scanner found something", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The virus scanner cannot be asked", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/assessment-requests/{id}/documents")]
pub async fn upload_public_request_document(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
    query: web::Query<UploadQuery>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let request_id = id.into_inner();
    let token = req
        .headers()
        .get("X-Upload-Token")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
        .ok_or(ApiError::NotFound)?;
    let token_hash = crate::auth::crypto::token_hash(&token);
    upload(
        req,
        state.get_ref().clone(),
        Uploader::PublicForm,
        Section::Request,
        query.into_inner().name,
        payload,
        move |c, state, _| {
            let held = store::upload_token_hash(c, &request_id, state.now())?;
            if !held.is_some_and(|h| crate::auth::crypto::same(&h, &token_hash)) {
                return Err(ApiError::NotFound);
            }
            let record = match persistence::requests::find(c, &request_id) {
                Err(PersistenceError::NotFound) => return Err(ApiError::NotFound),
                other => other?,
            };
            // Registered meanwhile: the document goes with the case.
            Ok(Attachment::Request {
                request_id: request_id.clone(),
                case_id: record.case_id,
            })
        },
    )
    .await
}

// ---- Lists -----------------------------------------------------------------------

/// The case's own documents: the child's and parents' views and the evidence,
/// with the request's documents once it is registered.
#[utoipa::path(
    tag = "documents",
    operation_id = "list_case_documents",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id"), CaseDocumentsQuery),
    responses(
        (status = 200, description = "Oldest first", body = DocumentList),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or not one you may see", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/cases/{id}/documents")]
pub async fn list_case_documents(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    query: web::Query<CaseDocumentsQuery>,
) -> Result<web::Json<DocumentList>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let case_id = id.into_inner();
    let sections: Vec<Section> = match query.into_inner().section {
        Some(s) => vec![s.into()],
        None => vec![
            Section::ChildViews,
            Section::ParentViews,
            Section::Evidence,
            Section::Request,
        ],
    };
    blocking(move || {
        keep_refusals(&state, || {
            let mut c = state.db.conn()?;
            load_case(
                &mut c,
                &state,
                &user,
                &case_id,
                Action::ViewCase,
                "case.documents.read",
                ("case", &case_id),
            )?;
            Ok(list(&store::of_case(&mut c, &case_id, &sections)?))
        })
    })
    .await
}

/// The documents attached to an advice response: for whoever may read that advice.
#[utoipa::path(
    tag = "documents",
    operation_id = "list_advice_documents",
    security(("session" = [])),
    params(("id" = String, Path, description = "The advice request's id")),
    responses(
        (status = 200, description = "Oldest first", body = DocumentList),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request, or advice you may not read yet", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/advice-requests/{id}/documents")]
pub async fn list_advice_documents(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<web::Json<DocumentList>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let request_id = id.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            let mut c = state.db.conn()?;
            advice_case(
                &mut c,
                &state,
                &user,
                &request_id,
                view_advice(&request_id),
                "advice.documents.read",
            )?;
            Ok(list(&store::of_advice(&mut c, &request_id)?))
        })
    })
    .await
}

/// The documents attached to a request for assessment: for its authors while a
/// draft, then for those who see the case it becomes.
#[utoipa::path(
    tag = "documents",
    operation_id = "list_request_documents",
    security(("session" = [])),
    params(("id" = String, Path, description = "The request's id")),
    responses(
        (status = 200, description = "Oldest first", body = DocumentList),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request, or not one you may see", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/assessment-requests/{id}/documents")]
pub async fn list_request_documents(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<web::Json<DocumentList>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let request_id = id.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            let mut c = state.db.conn()?;
            super::requests::load_for(
                &mut c,
                &state,
                &user,
                &request_id,
                Action::ViewDraftRequest,
                "assessment_request.documents.read",
            )?;
            Ok(list(&store::of_request(&mut c, &request_id)?))
        })
    })
    .await
}

// ---- One document ------------------------------------------------------------------

/// What is known about one document.
#[utoipa::path(
    tag = "documents",
    operation_id = "get_document",
    security(("session" = [])),
    params(("id" = String, Path, description = "The document's id")),
    responses(
        (status = 200, description = "The document", body = DocumentBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such document, or not one you may see", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/documents/{id}")]
pub async fn get_document(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<web::Json<DocumentBody>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let id = id.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            let mut c = state.db.conn()?;
            let doc = find(&mut c, &id)?;
            authorize_read(&mut c, &state, &user, &doc, "document.read")?;
            Ok(web::Json(DocumentBody::from(&doc)))
        })
    })
    .await
}

/// `attachment; filename="..."` with an ASCII fallback and the UTF-8 name.
fn disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || " .-_()".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b".-_".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

/// A file to save, never to show or run in this origin: every download (a
/// document, a PDF) goes out this way.
pub(crate) fn attachment(
    media_type: &str,
    file_name: &str,
    body: impl actix_web::body::MessageBody + 'static,
) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(media_type)
        .insert_header(("Content-Disposition", disposition(file_name)))
        .insert_header(("X-Content-Type-Options", "nosniff"))
        .insert_header(("Content-Security-Policy", "sandbox"))
        .insert_header(("Cache-Control", "no-store"))
        .body(body)
}

/// The file itself, as an attachment that never runs in this origin.
#[utoipa::path(
    tag = "documents",
    operation_id = "download_document",
    security(("session" = [])),
    params(("id" = String, Path, description = "The document's id")),
    responses(
        (status = 200, description = "The bytes, with the type read from them when uploaded",
            content_type = "application/octet-stream",
            headers(
                ("Content-Disposition" = String, description = "attachment, with the file's name"),
                ("X-Content-Type-Options" = String, description = "nosniff"),
                ("Content-Security-Policy" = String, description = "sandbox"),
            )),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such document, or not one you may see", body = Problem, content_type = "application/problem+json"),
        (status = 410, description = "Redacted by an administrator (the reason is given)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/documents/{id}/content")]
pub async fn download_document(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let id = id.into_inner();
    let doc = {
        let state = state.clone();
        blocking(move || {
            keep_refusals(&state, || {
                let mut c = state.db.conn()?;
                let doc = find(&mut c, &id)?;
                authorize_read(&mut c, &state, &user, &doc, "document.download")?;
                Ok(doc)
            })
        })
        .await?
    };
    if let Some(r) = &doc.redaction {
        return Err(ApiError::Gone(format!(
            "This document was redacted by an administrator on {}: {}",
            domain::notifications::format_date(r.at.date_naive()),
            r.reason
        )));
    }
    let bytes = state
        .documents
        .get(&doc.storage_key)
        .await
        .map_err(|e| ApiError::Internal(format!("document {} cannot be read: {e}", doc.id)))?;
    Ok(attachment(&doc.media_type, &doc.file_name, bytes))
}

/// An administrator redacts a document put where it should not be (the wrong
/// child's report, say): the bytes go for good, the record and the reason stay,
/// and the case's timeline says so. Nothing is ever deleted.
#[utoipa::path(
    tag = "documents",
    operation_id = "redact_document",
    security(("session" = [])),
    params(("id" = String, Path, description = "The document's id")),
    request_body = RedactDocument,
    responses(
        (status = 200, description = "Redacted", body = DocumentBody),
        (status = 400, description = "Malformed body or unknown field", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such document, or you are not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already redacted", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No reason, or too long", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/documents/{id}/redaction")]
pub async fn redact_document(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
    body: web::Json<RedactDocument>,
) -> Result<web::Json<DocumentBody>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let id = id.into_inner();
    let reason = dom::check_redaction_reason(&body.reason)
        .map_err(|message| ApiError::invalid("reason", "invalid", message))?
        .to_owned();
    let (body, key) = {
        let state = state.clone();
        blocking(move || {
            if user.role != Role::Administrator {
                return Err(ApiError::NotFound);
            }
            state.db.transaction_with(|c| {
                let doc = find(c, &id)?;
                if !store::redact(c, &id, &user.id, &reason, state.now())? {
                    return Err(ApiError::Conflict(
                        "This document has already been redacted.".into(),
                    ));
                }
                persistence::audit::append(
                    c,
                    &domain::audit::NewAuditEvent::new(
                        domain::audit::AuditActor::User(user.id.to_string()),
                        "document.redact",
                        domain::audit::AuditOutcome::Success,
                    )
                    .object("document", &id)
                    .request_id(crate::request_id::current_request_id())
                    .detail(&reason),
                    state.now(),
                )?;
                if let Some(case_id) = &doc.case_id {
                    timeline::append(
                        c,
                        &timeline::NewEntry {
                            case_id,
                            actor: Some(&user.id),
                            kind: "document.redacted",
                            summary: format!(
                                "An administrator redacted {} added to {} on {}: {}",
                                doc.kind.noun(),
                                doc.section.place(),
                                domain::notifications::format_date(doc.uploaded_at.date_naive()),
                                reason
                            ),
                            object: Some(("document", &id)),
                        },
                        state.now(),
                    )?;
                }
                Ok((DocumentBody::from(&find(c, &id)?), doc.storage_key))
            })
        })
        .await?
    };
    state.documents.delete_all(&[key]).await;
    Ok(web::Json(body))
}
