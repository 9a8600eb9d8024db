//! Documents as PDF files to keep or print: a piece of advice (its holder's
//! draft or submitted answer, or someone else's submitted advice when the rules
//! let the caller read it) and a request for assessment (its authors' draft, or
//! a submitted one for the LA).
//!
//! Each download asks exactly what the JSON read of the same thing asks, through
//! the same helpers: what the caller may not read answers 404 like something
//! missing, and the refusal is audited; a download is audited as one.

use actix_web::{HttpResponse, get, web};
use chrono::NaiveDate;
use domain::advice::content::{AdviceContent, AreaAdvice, PfaType};
use domain::advice::{AdviceRequestId, AdviceState, RequestKind};
use domain::notifications::format_date;
use persistence::advice as store;
use persistence::{DbConnection, PersistenceError, case_parties};

use crate::auth::SignedIn;
use crate::cases::keep_refusals;
use crate::pdf::{Block, PdfDocument};
use crate::problem::{ApiError, Problem, blocking};
use crate::request_id::current_request_id;
use crate::routes::advice::{RecipientKind, guarded, readable_response, request_object};
use crate::routes::requests::{
    AssessmentRequestBody, ReceivedViaName, RequestRouteName, RequestStatusName, load_for,
};
use crate::state::AppState;

/// What marks a document that is not final on every page.
const DRAFT_MARKING: &str = "DRAFT — not submitted";

/// A PDF as an attachment the browser saves rather than shows in this origin.
pub(crate) fn pdf_response(file_name: &str, bytes: Vec<u8>) -> HttpResponse {
    crate::routes::documents::attachment("application/pdf", file_name, bytes)
}

/// A piece of a file name: ASCII letters and digits, words joined by hyphens.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    out.chars()
        .take(40)
        .collect::<String>()
        .trim_end_matches('-')
        .to_owned()
}

/// The case reference as it is written, kept to the characters a file name can carry.
pub(crate) fn reference(case_ref: &str) -> String {
    case_ref
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

/// "Downloaded on 30 November 2026" with the LA's name, for each page's footer.
fn footer(state: &AppState) -> String {
    format!(
        "{} \u{b7} Downloaded on {}",
        state.settings.la.name.trim(),
        format_date(state.today())
    )
}

fn date_or(date: Option<NaiveDate>, none: &str) -> String {
    date.map_or_else(|| none.to_owned(), format_date)
}

fn yes_no(value: bool) -> &'static str {
    if value { "Yes" } else { "No" }
}

// ---- advice ------------------------------------------------------------------------

/// The child a case is about, by name; empty when none is recorded.
pub(crate) fn child_name(c: &mut DbConnection, case_id: &str) -> Result<String, ApiError> {
    match case_parties::child(c, case_id) {
        Ok(record) => Ok(format!(
            "{} {}",
            record.child.given_names.trim(),
            record.child.family_name.trim()
        )
        .trim()
        .to_owned()),
        Err(PersistenceError::NotFound) => Ok(String::new()),
        Err(e) => Err(e.into()),
    }
}

fn pfa_label(pfa: PfaType) -> &'static str {
    match pfa {
        PfaType::Employment => "Employment",
        PfaType::IndependentLiving => "Independent living",
        PfaType::CommunityInclusion => "Community inclusion",
        PfaType::Health => "Health",
    }
}

/// The five background questions in the words of the template.
fn background(content: &AdviceContent) -> [(&'static str, &str); 5] {
    let b = &content.background;
    [
        (
            "When did the child or young person first come into contact with your organisation?",
            &b.first_contact,
        ),
        (
            "Details of any discussion held between the child or young person and your organisation",
            &b.discussions_with_child,
        ),
        (
            "Details of any discussion held between the parents or carers and your organisation",
            &b.discussions_with_parents,
        ),
        (
            "What has your organisation put in place already to support the child or young person's needs?",
            &b.support_in_place,
        ),
        (
            "What has been the effect of any support or strategies already put in place by your organisation?",
            &b.effect_of_support,
        ),
    ]
}

fn area_blocks(blocks: &mut Vec<Block>, label: &str, area: &AreaAdvice) {
    blocks.push(Block::heading(2, label));
    if area.is_empty() {
        blocks.push(Block::paragraph("Not an area of need."));
        return;
    }
    blocks.push(Block::field("Strengths", area.strengths.as_str()));
    blocks.push(Block::field("Needs", area.needs.as_str()));
    if area.outcomes.is_empty() {
        blocks.push(Block::field("Outcomes", "None suggested"));
    }
    for (i, outcome) in area.outcomes.iter().enumerate() {
        blocks.push(Block::heading(3, format!("Outcome {}", i + 1)));
        blocks.push(Block::field("Outcome", outcome.description.as_str()));
        let pfa: Vec<&str> = outcome.pfa.iter().map(|p| pfa_label(*p)).collect();
        blocks.push(Block::field(
            "Preparing for adulthood type",
            nonempty(&pfa.join(", "), "None"),
        ));
        if outcome.steps.is_empty() {
            blocks.push(Block::field("Steps", "None"));
        } else {
            blocks.push(Block::heading(4, "Steps"));
            blocks.push(Block::Numbered(step_lines(outcome)));
        }
        if outcome.provisions.is_empty() {
            blocks.push(Block::field("Provision", "None"));
        } else {
            blocks.push(Block::heading(4, "Provision"));
            blocks.push(Block::Bullets(
                outcome
                    .provisions
                    .iter()
                    .map(|p| nonempty(&p.description, "Not described"))
                    .collect(),
            ));
        }
    }
}

/// Each step with its target date: "Care plan agreed with school (by 1 March 2027)".
fn step_lines(outcome: &domain::advice::content::Outcome) -> Vec<String> {
    outcome
        .steps
        .iter()
        .map(|step| {
            let text = nonempty(&step.text, "Not described");
            match step.target_date {
                Some(by) => format!("{text} (by {})", format_date(by)),
                None => format!("{text} (no target date)"),
            }
        })
        .collect()
}

fn nonempty(text: &str, otherwise: &str) -> String {
    if text.trim().is_empty() {
        otherwise.to_owned()
    } else {
        text.trim().to_owned()
    }
}

/// What the advice PDF says about the request and its answer.
struct AdviceFacts {
    case_ref: String,
    child_name: String,
    child_born_on: Option<NaiveDate>,
    kind: RequestKind,
    state: AdviceState,
    asked: String,
    requested_by: String,
    note: String,
    sent_on: NaiveDate,
    due_on: NaiveDate,
    completed_on: Option<NaiveDate>,
    answered_by: Option<String>,
    declined_note: Option<String>,
    content: AdviceContent,
}

fn advice_document(f: &AdviceFacts, footer: String) -> PdfDocument {
    let what = match f.kind {
        RequestKind::Advice => "Advice for an EHC needs assessment",
        RequestKind::ReviewViews => "Views for an annual review",
    };
    let mut doc = PdfDocument::new(format!("{what}: {}", f.case_ref));
    let draft = !matches!(f.state, AdviceState::Submitted | AdviceState::Declined);
    doc.marking = draft.then(|| DRAFT_MARKING.to_owned());
    doc.footer = Some(footer);
    doc.subtitle = vec![
        format!(
            "Child or young person: {}",
            nonempty(&f.child_name, "not recorded")
        ),
        format!("Case reference: {}", f.case_ref),
        match (f.state, f.completed_on) {
            (AdviceState::Submitted, Some(on)) => format!("Submitted on {}", format_date(on)),
            (AdviceState::Submitted | AdviceState::Declined, _) => f.state.label().to_owned(),
            (state, _) => format!("{} \u{2014} not submitted", state.label()),
        },
    ];
    let blocks = &mut doc.blocks;

    blocks.push(Block::heading(1, "The request"));
    blocks.push(Block::field(
        "Child or young person",
        nonempty(&f.child_name, "Not recorded"),
    ));
    if let Some(born) = f.child_born_on {
        blocks.push(Block::field("Date of birth", format_date(born)));
    }
    blocks.push(Block::field("Asked", f.asked.as_str()));
    blocks.push(Block::field("Requested by", f.requested_by.as_str()));
    blocks.push(Block::field("Sent on", format_date(f.sent_on)));
    blocks.push(Block::field("Due by", format_date(f.due_on)));
    if !f.note.trim().is_empty() {
        blocks.push(Block::field("The local authority's note", f.note.as_str()));
    }

    if f.state == AdviceState::Declined {
        blocks.push(Block::heading(1, "Answer"));
        blocks.push(Block::paragraph(
            "Answered \u{201c}not known to the service\u{201d}.",
        ));
        blocks.push(Block::field(
            "Reason",
            f.declined_note.as_deref().unwrap_or_default(),
        ));
        return doc;
    }

    let c = &f.content;
    blocks.push(Block::heading(1, "Who the advice is from"));
    match &c.on_behalf_of {
        Some(other) => {
            blocks.push(Block::field("On behalf of someone else", "Yes"));
            blocks.push(Block::field("Name", other.name.as_str()));
            blocks.push(Block::field("Job title or role", other.job_title.as_str()));
            if let Some(by) = &f.answered_by {
                blocks.push(Block::field("Completed by", by.as_str()));
            }
        }
        None => {
            blocks.push(Block::field("On behalf of someone else", "No"));
            blocks.push(Block::field(
                "From",
                f.answered_by.as_deref().unwrap_or(f.asked.as_str()),
            ));
        }
    }

    blocks.push(Block::heading(1, "Information and advice"));
    blocks.push(Block::field(
        "Will you provide information and advice for this child or young person?",
        c.will_provide.map(|w| w.label()).unwrap_or_default(),
    ));
    blocks.push(Block::field("Details", c.will_provide_details.as_str()));

    blocks.push(Block::heading(1, "Background"));
    for (label, value) in background(c) {
        blocks.push(Block::field(label, value));
    }

    blocks.push(Block::heading(1, "Areas of need"));
    for (area, advice) in c.areas.iter() {
        area_blocks(blocks, area.label(), advice);
    }
    doc
}

/// Your own advice, draft or submitted, as a PDF to keep or print; or someone
/// else's submitted advice once you may read it. Exactly who may download it is
/// who may read `GET /advice-requests/{id}/response`: drafts only those who hold
/// the request.
#[utoipa::path(
    tag = "advice",
    operation_id = "download_advice_response_pdf",
    security(("session" = [])),
    params(("id" = String, Path, description = "The request's id")),
    responses(
        (status = 200, description = "The answer as a PDF, marked as a draft on every page until submitted",
            content_type = "application/pdf",
            headers(
                ("Content-Disposition" = String, description = "attachment; filename=\"advice-<case ref>-<from>-<state>.pdf\""),
                ("X-Content-Type-Options" = String, description = "nosniff"),
                ("Content-Security-Policy" = String, description = "sandbox"),
            )),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request, or an answer you may not read", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/advice-requests/{id}/response/pdf")]
pub async fn download_advice_response_pdf(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let state = state.get_ref().clone();
    let id = AdviceRequestId::new(id.into_inner());
    let request_id = current_request_id();
    let user = signed_in.user;
    let (facts, footer) = blocking(move || {
        let now = state.now();
        let facts = guarded(&state, &user, request_id, |guard| {
            state.db.transaction_with(|c| {
                let audit = "advice.response.download";
                let (scene, record) = readable_response(c, &state, &user, guard, &id, audit)?;
                let names = store::names(c, &[&record])?;
                let request = scene.body(c, &state, &record, &names)?;
                let response = scene.response(&record, &names);
                let case = persistence::cases::find(c, &record.case_id)?;
                let facts = AdviceFacts {
                    child_name: child_name(c, &record.case_id)?,
                    child_born_on: case.child_born_on,
                    case_ref: request.case_ref,
                    kind: record.request.kind,
                    state: record.request.state,
                    asked: match request.recipient.kind {
                        RecipientKind::Team => {
                            format!("{} (team)", request.recipient.name)
                        }
                        RecipientKind::Person => request.recipient.name,
                    },
                    requested_by: request.requested_by.name,
                    note: request.note,
                    sent_on: request.sent_on,
                    due_on: request.due_on,
                    completed_on: request.completed_on,
                    answered_by: response.answered_by.map(|p| p.name),
                    declined_note: response.declined_note,
                    content: record.content.clone().unwrap_or_default(),
                };
                persistence::audit::append(c, &guard.event(audit, request_object(&id)), now)?;
                Ok(facts)
            })
        })?;
        Ok((facts, footer(&state)))
    })
    .await?;
    let state_word = match facts.state {
        AdviceState::Submitted => "submitted",
        AdviceState::Declined => "not-known",
        _ => "draft",
    };
    let from = slug(facts.answered_by.as_deref().unwrap_or(&facts.asked));
    let file_name = [
        "advice".to_owned(),
        reference(&facts.case_ref),
        from,
        state_word.to_owned(),
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join("-");
    let bytes = blocking(move || Ok(advice_document(&facts, footer).render())).await?;
    Ok(pdf_response(&format!("{file_name}.pdf"), bytes))
}

// ---- requests for assessment ---------------------------------------------------------

fn received_via_label(via: ReceivedViaName) -> &'static str {
    match via {
        ReceivedViaName::Online => "Online",
        ReceivedViaName::Email => "By email",
        ReceivedViaName::Post => "By post",
        ReceivedViaName::Paper => "On paper, handed over in person",
    }
}

fn request_document(r: &AssessmentRequestBody, footer: String) -> PdfDocument {
    let content = &r.content;
    let child = &content.child;
    let child_name = format!("{} {}", child.given_names.trim(), child.family_name.trim())
        .trim()
        .to_owned();
    let mut doc = PdfDocument::new("Request for an EHC needs assessment");
    let draft = matches!(r.status, RequestStatusName::Draft);
    doc.marking = draft.then(|| DRAFT_MARKING.to_owned());
    doc.footer = Some(footer);
    doc.subtitle = vec![
        format!(
            "Child or young person: {}",
            nonempty(&child_name, "not given yet")
        ),
        format!("Status: {}", r.status_label),
    ];
    let blocks = &mut doc.blocks;

    blocks.push(Block::heading(1, "Where the request is from"));
    blocks.push(Block::field(
        "Made by",
        match r.route {
            RequestRouteName::Setting => "An education setting",
            RequestRouteName::Parent => "A parent or young person",
            RequestRouteName::Coordinator => "Recorded by the local authority",
        },
    ));
    if let Some(setting) = &r.setting {
        blocks.push(Block::field("Education setting", setting.name.as_str()));
    } else if matches!(r.route, RequestRouteName::Setting) {
        blocks.push(Block::field("Education setting", ""));
    }
    if let Some(author) = &r.author {
        blocks.push(Block::field("Started by", author.name.as_str()));
    }
    if !r.co_authors.is_empty() {
        blocks.push(Block::field(
            "Co-authors",
            r.co_authors
                .iter()
                .map(|a| a.name.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
        ));
    }
    if draft {
        blocks.push(Block::field(
            "Last saved",
            format_date(domain::calendar::london_date(r.updated_at)),
        ));
    }
    if let Some(received) = r.received_on {
        let how = r
            .received_via
            .map(|v| format!(" ({})", received_via_label(v).to_lowercase()))
            .unwrap_or_default();
        blocks.push(Block::field(
            "Received by the local authority",
            format!("{}{how}", format_date(received)),
        ));
    }
    if let Some(due) = r.decision_due_on {
        blocks.push(Block::field(
            "The local authority decides whether to assess by",
            format_date(due),
        ));
    }

    blocks.push(Block::heading(1, "Child or young person"));
    blocks.push(Block::field("First name", child.given_names.as_str()));
    blocks.push(Block::field("Last name", child.family_name.as_str()));
    blocks.push(Block::field("Date of birth", date_or(child.born_on, "")));
    blocks.push(Block::field(
        "Preferred language",
        nonempty(&child.preferred_language, "English"),
    ));
    blocks.push(Block::field(
        "Looked after by a local authority",
        yes_no(child.looked_after),
    ));
    blocks.push(Block::field(
        "Who has parental responsibility",
        child.parental_responsibility.as_str(),
    ));

    let parent = &content.parent;
    blocks.push(Block::heading(1, "Parent or carer"));
    blocks.push(Block::field("Name", parent.name.as_str()));
    blocks.push(Block::field(
        "Relationship to the child",
        parent.relationship.as_str(),
    ));
    blocks.push(Block::field("Email address", parent.email.as_str()));
    blocks.push(Block::field("Phone number", parent.phone.as_str()));
    blocks.push(Block::field("Address", parent.address.as_str()));

    blocks.push(Block::heading(1, "Why an assessment is needed"));
    blocks.push(Block::field("Concerns", content.concerns.as_str()));

    blocks.push(Block::heading(1, "Support given so far"));
    blocks.push(Block::field(
        "Support and its effect",
        content.support_so_far.as_str(),
    ));

    blocks.push(Block::heading(1, "Views of the child and family"));
    blocks.push(Block::field(
        "Parent or carer's views",
        content.parent_views.as_str(),
    ));
    blocks.push(Block::field(
        "Child or young person's views",
        content.child_views.as_str(),
    ));

    if matches!(r.route, RequestRouteName::Setting) || content.parent_agrees.is_some() {
        blocks.push(Block::heading(1, "Parents' agreement"));
        blocks.push(Block::field(
            "The parents know about this request and agree to it",
            content.parent_agrees.map(yes_no).unwrap_or_default(),
        ));
    }
    doc
}

/// A request for assessment as a PDF: a draft for its authors (marked as a
/// draft on every page), a submitted one for those who may read it. Exactly who
/// may download it is who may read `GET /assessment-requests/{id}`.
#[utoipa::path(
    tag = "assessment requests",
    operation_id = "download_assessment_request_pdf",
    security(("session" = [])),
    params(("id" = String, Path, description = "The request's id")),
    responses(
        (status = 200, description = "The request as a PDF",
            content_type = "application/pdf",
            headers(
                ("Content-Disposition" = String, description = "attachment; filename=\"request-for-assessment-<id>.pdf\""),
                ("X-Content-Type-Options" = String, description = "nosniff"),
                ("Content-Security-Policy" = String, description = "sandbox"),
            )),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request, or not one you may see (a submitted request is the LA's until it grants you the case)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/assessment-requests/{id}/pdf")]
pub async fn download_assessment_request_pdf(
    state: web::Data<AppState>,
    signed_in: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let state = state.get_ref().clone();
    let user = signed_in.user;
    let id = id.into_inner();
    let (body, footer) = blocking(move || {
        let body = keep_refusals(&state, || {
            let mut c = state.db.conn()?;
            let record = load_for(
                &mut c,
                &state,
                &user,
                &id,
                domain::access::Action::ViewDraftRequest,
                "assessment_request.download",
            )?;
            crate::routes::requests::body(&mut c, &state, &record)
        })?;
        Ok((body, footer(&state)))
    })
    .await?;
    let file_name = format!("request-for-assessment-{}.pdf", slug(&body.id));
    let bytes = blocking(move || Ok(request_document(&body, footer).render())).await?;
    Ok(pdf_response(&file_name, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_name_parts_are_plain_ascii() {
        assert_eq!(slug("Dr Zoë O'Neill-Smith"), "dr-zo-o-neill-smith");
        assert_eq!(
            slug("  Community Paediatrics (team) "),
            "community-paediatrics-team"
        );
        assert_eq!(slug("李"), "");
        assert_eq!(reference("EHC-2026-000042\"\r\n"), "EHC-2026-000042");
    }
}
