//! The LA's letters to the family: one for each decision (to assess or not, to
//! issue a plan or not) and a covering letter with each final plan, printed as
//! PDFs from wording an administrator may change. A letter is dated by its
//! decision, so printing it twice gives the same bytes until its wording
//! changes.

use actix_web::{HttpResponse, delete, get, post, put, web};
use chrono::NaiveDate;
use domain::access::Action;
use domain::letters::{self, Letter, LetterBlock, LetterFacts, LetterKey, LetterText};
use domain::notifications::{RenderError, format_date};
use domain::people::User;
use domain::rules::DeadlineId;
use persistence::plans::{PlanRecord, PlanStatus};
use persistence::{DbConnection, wording};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::SignedIn;
use crate::cases::{Caller, Loaded, keep_refusals, load_authorized};
use crate::pdf::{Block, PdfDocument};
use crate::problem::{ApiError, Problem, blocking};
use crate::request_id::current_request_id;
use crate::state::AppState;

/// One letter on a case.
#[derive(Serialize, ToSchema)]
pub struct LetterSummary {
    /// Names the letter in its download address.
    pub id: String,
    #[schema(example = "decision_not_to_assess")]
    pub kind: String,
    #[schema(example = "Decision not to assess")]
    pub name: String,
    /// The letter's date: the day the decision was notified, or the plan issued.
    pub dated: NaiveDate,
    /// The plan version a covering letter goes with.
    pub plan_version: Option<i32>,
}

#[derive(Serialize, ToSchema)]
pub struct LetterList {
    /// Newest first.
    pub items: Vec<LetterSummary>,
}

/// A letter the case calls for.
struct CaseLetter {
    id: String,
    key: LetterKey,
    dated: NaiveDate,
    reasons: Option<String>,
    plan: Option<PlanRecord>,
}

/// Every letter the case's history calls for, oldest first.
fn letters_of(c: &mut DbConnection, case_id: &str) -> Result<Vec<CaseLetter>, ApiError> {
    let mut found: Vec<CaseLetter> = persistence::cases::recorded_events(c, case_id)?
        .into_iter()
        .filter_map(|e| {
            LetterKey::for_event(&e.dated.event).map(|key| CaseLetter {
                id: e.id,
                key,
                dated: e.dated.on,
                reasons: e.note,
                plan: None,
            })
        })
        .collect();
    for plan in persistence::plans::of_case(c, case_id)? {
        if let (PlanStatus::Final, Some(issued)) = (plan.status, plan.issued_on) {
            found.push(CaseLetter {
                id: format!("plan-v{}", plan.version_no),
                key: LetterKey::FinalPlanCover,
                dated: issued,
                reasons: None,
                plan: Some(plan),
            });
        }
    }
    found.sort_by_key(|l| l.dated);
    Ok(found)
}

/// The case, if the caller may read its letters; 404 otherwise (audited).
fn load_for_letters(
    c: &mut DbConnection,
    state: &AppState,
    user: &User,
    case_id: &str,
    audit: &str,
) -> Result<Loaded, ApiError> {
    load_authorized(
        c,
        state,
        Caller::Person(user),
        case_id,
        Action::ViewLetters,
        audit,
        ("case", case_id),
    )
}

/// The letters sent to the family on the case, newest first (the family and
/// co-ordinators).
#[utoipa::path(
    tag = "letters",
    operation_id = "list_case_letters",
    security(("session" = [])),
    params(("id" = String, Path, description = "The case's id")),
    responses(
        (status = 200, description = "The letters", body = LetterList),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case, or not one whose letters you may read", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/cases/{id}/letters")]
pub async fn list_case_letters(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<web::Json<LetterList>, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let case_id = id.into_inner();
    blocking(move || {
        keep_refusals(&state, || {
            let mut c = state.db.conn()?;
            load_for_letters(&mut c, &state, &user, &case_id, "case.letters.list")?;
            let items = letters_of(&mut c, &case_id)?
                .into_iter()
                .rev()
                .map(|l| LetterSummary {
                    id: l.id,
                    kind: l.key.as_str().to_owned(),
                    name: l.key.template().name.to_owned(),
                    dated: l.dated,
                    plan_version: l.plan.as_ref().map(|p| p.version_no),
                })
                .collect();
            Ok(web::Json(LetterList { items }))
        })
    })
    .await
}

/// The letter's pieces as the PDF writer lays them out.
pub(crate) fn blocks_of(letter: &Letter) -> Vec<Block> {
    letter
        .blocks
        .iter()
        .map(|b| match b {
            LetterBlock::Heading(h) => Block::heading(2, h.clone()),
            LetterBlock::Paragraph(p) => Block::paragraph(p.clone()),
            LetterBlock::Bullets(items) => Block::Bullets(items.clone()),
        })
        .collect()
}

/// A rendering failure of stored or default wording is the server's fault.
fn unprintable(key: LetterKey, e: &RenderError) -> ApiError {
    ApiError::Internal(format!("letter {key} cannot be rendered: {e}"))
}

/// A letter as a PDF document: the LA's name and the letter's date at the top,
/// the case reference and date in every page's footer.
fn letter_document(la_name: &str, case_ref: &str, dated: &str, letter: &Letter) -> PdfDocument {
    let mut doc = PdfDocument::new(letter.title.clone());
    doc.subtitle = vec![la_name.trim().to_owned(), dated.to_owned()];
    doc.footer = Some(format!(
        "{} \u{b7} {case_ref} \u{b7} {dated}",
        la_name.trim()
    ));
    doc.blocks = blocks_of(letter);
    doc
}

/// Prints one of the case's letters with today's wording.
fn print(
    c: &mut DbConnection,
    state: &AppState,
    loaded: &Loaded,
    letter: &CaseLetter,
) -> Result<PdfDocument, ApiError> {
    let case = &loaded.case;
    let child = crate::routes::downloads::child_name(c, &case.id)?;
    let coordinator = match &case.coordinator {
        Some(id) => Some(crate::routes::cases::named_user(c, id)?.name),
        None => None,
    };
    let plan_due = loaded
        .deadlines(&state.statutory, state.today())
        .iter()
        .find(|d| d.id == DeadlineId::D7)
        .map(|d| d.due);
    let plan = letter.plan.as_ref();
    let setting = plan.and_then(|p| p.content.placement.as_ref().map(|pl| pl.name.clone()));
    let facts = LetterFacts {
        la_name: &state.settings.la.name,
        case_reference: &case.case_ref,
        child_name: &child,
        child_born_on: case.child_born_on,
        letter_date: Some(letter.dated),
        reasons: letter.reasons.as_deref().unwrap_or_default(),
        coordinator_name: coordinator.as_deref(),
        plan_due,
        plan_version: plan.map(|p| p.version_no),
        review_due: plan.and_then(|p| p.next_review_on),
        named_setting: setting.as_deref(),
    };
    let values = letters::values(letter.key, &facts, &state.statutory.clock());
    let wording = wording::letter(c, letter.key)?;
    let rendered = letters::render(letter.key, wording.as_ref(), &values)
        .map_err(|e| unprintable(letter.key, &e))?;
    Ok(letter_document(
        &state.settings.la.name,
        &case.case_ref,
        &format_date(letter.dated),
        &rendered,
    ))
}

/// The plan's front page with today's wording, for the plan's PDF.
pub(crate) fn plan_front_page(
    c: &mut DbConnection,
    state: &AppState,
    child_name: &str,
) -> Result<Letter, ApiError> {
    let key = LetterKey::PlanFrontPage;
    let facts = LetterFacts {
        la_name: &state.settings.la.name,
        child_name,
        ..LetterFacts::default()
    };
    let values = letters::values(key, &facts, &state.statutory.clock());
    let wording = wording::letter(c, key)?;
    letters::render(key, wording.as_ref(), &values).map_err(|e| unprintable(key, &e))
}

/// One letter as a PDF, with the LA's name, the case reference, the letter's
/// date and "Page N of M" on every page.
#[utoipa::path(
    tag = "letters",
    operation_id = "download_case_letter",
    security(("session" = [])),
    params(
        ("id" = String, Path, description = "The case's id"),
        ("letter_id" = String, Path, description = "The letter's id, from the list"),
    ),
    responses(
        (status = 200, description = "The letter as a PDF; the same wording gives the same bytes",
            content_type = "application/pdf",
            headers(
                ("Content-Disposition" = String, description = "attachment; filename=\"<kind>-<case ref>-<date>.pdf\""),
                ("X-Content-Type-Options" = String, description = "nosniff"),
                ("Content-Security-Policy" = String, description = "sandbox"),
            )),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such letter you may read", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/cases/{id}/letters/{letter_id}/pdf")]
pub async fn download_case_letter(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let (case_id, letter_id) = path.into_inner();
    let (doc, file_name) = blocking(move || {
        keep_refusals(&state, || {
            let mut c = state.db.conn()?;
            let loaded = load_for_letters(&mut c, &state, &user, &case_id, "case.letter.download")?;
            let letter = letters_of(&mut c, &case_id)?
                .into_iter()
                .find(|l| l.id == letter_id)
                .ok_or(ApiError::NotFound)?;
            let doc = print(&mut c, &state, &loaded, &letter)?;
            let file_name = format!(
                "{}-{}-{}.pdf",
                letter.key.as_str().replace('_', "-"),
                crate::routes::downloads::reference(&loaded.case.case_ref),
                letter.dated
            );
            Ok((doc, file_name))
        })
    })
    .await?;
    let bytes = blocking(move || Ok(doc.render())).await?;
    Ok(crate::routes::downloads::pdf_response(&file_name, bytes))
}

// ---- administration ----------------------------------------------------------------

#[derive(Serialize, Deserialize, ToSchema, Clone)]
#[serde(deny_unknown_fields)]
pub struct LetterWording {
    /// The letter's title, on its first page.
    pub title: String,
    /// With `((value))` where values go; a line starting `## ` is a heading, lines
    /// starting `- ` a list, and a blank line starts a new paragraph.
    pub body: String,
}

impl From<LetterText> for LetterWording {
    fn from(t: LetterText) -> Self {
        Self {
            title: t.title,
            body: t.body,
        }
    }
}

/// One letter (or the plan's front page) and its wording.
#[derive(Serialize, ToSchema)]
pub struct LetterTemplateView {
    #[schema(example = "decision_not_to_assess")]
    pub key: String,
    #[schema(example = "Decision not to assess")]
    pub name: String,
    /// The values its wording may use.
    pub placeholders: Vec<String>,
    pub default_wording: LetterWording,
    pub wording: LetterWording,
    /// The LA has changed the wording from the default.
    pub customised: bool,
}

#[derive(Serialize, ToSchema)]
pub struct LetterTemplateList {
    pub items: Vec<LetterTemplateView>,
}

/// A letter rendered with example values.
#[derive(Serialize, ToSchema)]
pub struct LetterPreview {
    pub title: String,
    pub blocks: Vec<LetterPreviewBlock>,
}

/// A heading, a paragraph (its line breaks kept) or a list.
#[derive(Serialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LetterPreviewBlock {
    Heading { text: String },
    Paragraph { text: String },
    Bullets { items: Vec<String> },
}

fn describe(key: LetterKey, current: Option<LetterText>) -> LetterTemplateView {
    let t = key.template();
    let default_wording = LetterWording::from(t.default_text());
    LetterTemplateView {
        key: key.as_str().to_owned(),
        name: t.name.to_owned(),
        placeholders: t.fields.iter().map(|f| f.as_str().to_owned()).collect(),
        customised: current.is_some(),
        wording: current
            .map(LetterWording::from)
            .unwrap_or_else(|| default_wording.clone()),
        default_wording,
    }
}

fn key_of(raw: &str) -> Result<LetterKey, ApiError> {
    LetterKey::parse(raw).ok_or(ApiError::NotFound)
}

/// Checked wording from the request, or 422 naming the field.
fn checked(key: LetterKey, body: LetterWording) -> Result<LetterText, ApiError> {
    let text = LetterText {
        title: body.title,
        body: body.body,
    };
    letters::validate(key, &text)
        .map_err(|e| crate::routes::templates::invalid(&e, "title", &text.title))?;
    Ok(text)
}

/// Every letter and the plan's front page, with default and current wording.
#[utoipa::path(
    tag = "letters",
    operation_id = "list_letter_templates",
    security(("session" = [])),
    responses(
        (status = 200, description = "Every letter", body = LetterTemplateList),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/admin/letter-templates")]
pub async fn list_letter_templates(
    state: web::Data<AppState>,
    signed_in: SignedIn,
) -> Result<web::Json<LetterTemplateList>, ApiError> {
    signed_in.require_administrator("Only administrators change letter wording.")?;
    let db = state.db.clone();
    let items = blocking(move || {
        let mut c = db.conn()?;
        LetterKey::ALL
            .into_iter()
            .map(|key| Ok(describe(key, wording::letter(&mut c, key)?)))
            .collect::<Result<Vec<_>, ApiError>>()
    })
    .await?;
    Ok(web::Json(LetterTemplateList { items }))
}

/// Records an administrator's change of wording in the audit log.
fn audit_change(
    c: &mut DbConnection,
    admin: &str,
    action: &str,
    key: LetterKey,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), persistence::PersistenceError> {
    use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
    let event = NewAuditEvent::new(
        AuditActor::User(admin.to_owned()),
        action,
        AuditOutcome::Success,
    )
    .object("letter_template", key.as_str())
    .request_id(current_request_id());
    persistence::audit::append(c, &event, now)
}

/// Change a letter's wording; it applies from the next letter printed.
#[utoipa::path(
    tag = "letters",
    operation_id = "update_letter_template",
    security(("session" = [])),
    params(("key" = String, Path, description = "The letter, e.g. decision_not_to_assess")),
    request_body = LetterWording,
    responses(
        (status = 200, description = "Saved", body = LetterTemplateView),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such letter", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Empty, too long, or a value this letter may not use", body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/admin/letter-templates/{key}")]
pub async fn update_letter_template(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    key: web::Path<String>,
    body: web::Json<LetterWording>,
) -> Result<web::Json<LetterTemplateView>, ApiError> {
    signed_in.require_administrator("Only administrators change letter wording.")?;
    let key = key_of(&key)?;
    let text = checked(key, body.into_inner())?;
    let state = state.get_ref().clone();
    let admin = signed_in.user.id.to_string();
    let saved = blocking(move || {
        let now = state.now();
        Ok(state.db.transaction(|c| {
            wording::set_letter(c, key, &text, Some(&admin), now)?;
            audit_change(c, &admin, "letter_template.changed", key, now)?;
            Ok(describe(key, Some(text)))
        })?)
    })
    .await?;
    Ok(web::Json(saved))
}

/// Go back to a letter's default wording.
#[utoipa::path(
    tag = "letters",
    operation_id = "reset_letter_template",
    security(("session" = [])),
    params(("key" = String, Path, description = "The letter")),
    responses(
        (status = 200, description = "Back to the default", body = LetterTemplateView),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such letter", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/admin/letter-templates/{key}")]
pub async fn reset_letter_template(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    key: web::Path<String>,
) -> Result<web::Json<LetterTemplateView>, ApiError> {
    signed_in.require_administrator("Only administrators change letter wording.")?;
    let key = key_of(&key)?;
    let state = state.get_ref().clone();
    let admin = signed_in.user.id.to_string();
    let reset = blocking(move || {
        let now = state.now();
        Ok(state.db.transaction(|c| {
            wording::clear_letter(c, key)?;
            audit_change(c, &admin, "letter_template.reset", key, now)?;
            Ok(describe(key, None))
        })?)
    })
    .await?;
    Ok(web::Json(reset))
}

/// The letter rendered with example values: the wording given (not saved).
fn example_letter(state: &AppState, key: LetterKey, text: &LetterText) -> Result<Letter, ApiError> {
    let values = letters::examples(key, &state.settings.la.name);
    letters::render(key, Some(text), &values)
        .map_err(|e| crate::routes::templates::invalid(&e, "title", &text.title))
}

/// How wording will read, filled with example values (nothing is saved).
#[utoipa::path(
    tag = "letters",
    operation_id = "preview_letter_template",
    security(("session" = [])),
    params(("key" = String, Path, description = "The letter")),
    request_body = LetterWording,
    responses(
        (status = 200, description = "The letter as the family would read it", body = LetterPreview),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such letter", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Empty, too long, or a value this letter may not use", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/admin/letter-templates/{key}/preview")]
pub async fn preview_letter_template(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    key: web::Path<String>,
    body: web::Json<LetterWording>,
) -> Result<web::Json<LetterPreview>, ApiError> {
    signed_in.require_administrator("Only administrators change letter wording.")?;
    let key = key_of(&key)?;
    let text = checked(key, body.into_inner())?;
    let letter = example_letter(&state, key, &text)?;
    Ok(web::Json(LetterPreview {
        title: letter.title,
        blocks: letter
            .blocks
            .into_iter()
            .map(|b| match b {
                LetterBlock::Heading(text) => LetterPreviewBlock::Heading { text },
                LetterBlock::Paragraph(text) => LetterPreviewBlock::Paragraph { text },
                LetterBlock::Bullets(items) => LetterPreviewBlock::Bullets { items },
            })
            .collect(),
    }))
}

/// The same preview as a PDF, laid out as the family would get it.
#[utoipa::path(
    tag = "letters",
    operation_id = "preview_letter_template_pdf",
    security(("session" = [])),
    params(("key" = String, Path, description = "The letter")),
    request_body = LetterWording,
    responses(
        (status = 200, description = "The letter with example values, as a PDF",
            content_type = "application/pdf",
            headers(
                ("Content-Disposition" = String, description = "attachment; filename=\"preview-<key>.pdf\""),
                ("X-Content-Type-Options" = String, description = "nosniff"),
                ("Content-Security-Policy" = String, description = "sandbox"),
            )),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such letter", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Empty, too long, or a value this letter may not use", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/admin/letter-templates/{key}/preview/pdf")]
pub async fn preview_letter_template_pdf(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    key: web::Path<String>,
    body: web::Json<LetterWording>,
) -> Result<HttpResponse, ApiError> {
    signed_in.require_administrator("Only administrators change letter wording.")?;
    let key = key_of(&key)?;
    let text = checked(key, body.into_inner())?;
    let letter = example_letter(&state, key, &text)?;
    let doc = letter_document(
        &state.settings.la.name,
        letters::Field::CaseReference.example(),
        letters::Field::LetterDate.example(),
        &letter,
    );
    let bytes = blocking(move || Ok(doc.render())).await?;
    Ok(crate::routes::downloads::pdf_response(
        &format!("preview-{}.pdf", key.as_str().replace('_', "-")),
        bytes,
    ))
}
