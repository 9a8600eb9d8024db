//! The deadline sweep: warns each case's co-ordinator when its next statutory
//! deadline is within the LA's impending window, and again once it has passed.
//! It reads the indexed next-deadline column, and each warning's outbox
//! reference names the case, deadline, date and kind, so a second run - or a
//! second replica - sends nothing twice.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use domain::deadlines::{Urgency, urgency};
use domain::notifications::{Channel, TemplateKey, format_date};
use domain::rules::DeadlineId;
use persistence::outbox::{self, NewMessage};
use persistence::{Database, PersistenceError, cases, inbox};

use crate::state::Statutory;

const PAGE: i64 = 500;

/// Puts a non-security message in the person's in-app inbox and, if they want
/// email too, in the outbox; both keyed by `reference`, so nothing arrives twice.
/// True if the inbox item is new.
#[allow(clippy::too_many_arguments)]
pub fn deliver(
    c: &mut persistence::DbConnection,
    user_id: &str,
    email: &str,
    template: TemplateKey,
    personalisation: BTreeMap<String, String>,
    reference: &str,
    link: &str,
    now: DateTime<Utc>,
) -> Result<bool, PersistenceError> {
    let user = domain::people::UserId::new(user_id);
    let wording = outbox::template_override(c, template)?;
    let rendered = domain::notifications::render(template, wording.as_ref(), &personalisation)
        .map_err(|e| PersistenceError::Database(format!("cannot render {template}: {e}")))?;
    let added = inbox::add(
        c,
        &inbox::NewItem {
            user: &user,
            reference,
            template_key: template.as_str(),
            subject: &rendered.subject,
            body: &rendered.body,
            link: Some(link),
        },
        now,
    )?;
    // Delivered before: the inbox item and any email went in one transaction.
    if !added {
        return Ok(false);
    }
    if inbox::wants_email(c, &user)? {
        outbox::enqueue(
            c,
            &NewMessage {
                channel: Channel::Email,
                recipient: email.to_owned(),
                template,
                personalisation,
                reference: reference.to_owned(),
            },
            now,
        )?;
    }
    Ok(true)
}

/// Queues the warnings due at `now`; returns how many were new.
pub fn sweep_case_deadlines(
    db: &Database,
    statutory: &Statutory,
    window_days: u32,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<usize, PersistenceError> {
    let today = crate::state::london_today(now);
    let by = today + Duration::days(i64::from(window_days));
    let mut after: Option<(chrono::NaiveDate, String)> = None;
    let mut queued = 0;
    loop {
        let page = {
            let mut c = db.conn()?;
            cases::due_by(
                &mut c,
                by,
                after.as_ref().map(|(d, id)| (*d, id.as_str())),
                PAGE,
            )?
        };
        let Some(last) = page.last() else { break };
        after = Some((last.due, last.id.clone()));
        // The warnings this page calls for, less those already sent (one query).
        let mut due = Vec::new();
        for case in &page {
            let (template, kind) = match urgency(case.due, today, window_days) {
                Urgency::Overdue => (TemplateKey::CaseDeadlineOverdue, "overdue"),
                Urgency::Impending => (TemplateKey::CaseDeadlineApproaching, "approaching"),
                Urgency::OnTrack => continue,
            };
            let reference = format!(
                "deadline:{}:{}:{}:{kind}",
                case.id, case.deadline_id, case.due
            );
            due.push((case, template, reference));
        }
        let sent = {
            let mut c = db.conn()?;
            let pairs: Vec<(String, String)> = due
                .iter()
                .map(|(case, _, reference)| (case.coordinator_id.clone(), reference.clone()))
                .collect();
            inbox::delivered(&mut c, &pairs)?
        };
        for (case, template, reference) in due {
            if sent.contains(&(case.coordinator_id.clone(), reference.clone())) {
                continue;
            }
            let Ok(id) = case.deadline_id.parse::<DeadlineId>() else {
                tracing::warn!(case = %case.id, deadline = %case.deadline_id, "unknown deadline id on a case");
                continue;
            };
            let Some(rule) = statutory
                .rules
                .pack_for(case.due)
                .rules
                .iter()
                .find(|r| r.id == id)
            else {
                continue;
            };
            let personalisation: BTreeMap<String, String> = [
                ("case_reference", case.case_ref.clone()),
                ("deadline", rule.name.clone()),
                ("due_date", format_date(case.due)),
                ("sign_in_link", format!("{public_url}/cases/{}", case.id)),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
            let link = format!("{public_url}/cases/{}", case.id);
            let added = db.transaction(|c| {
                deliver(
                    c,
                    &case.coordinator_id,
                    &case.coordinator_email,
                    template,
                    personalisation,
                    &reference,
                    &link,
                    now,
                )
            })?;
            if added {
                queued += 1;
            }
        }
        if (page.len() as i64) < PAGE {
            break;
        }
    }
    Ok(queued)
}

/// Reminds whoever holds an open request for advice once the LA's reminder day
/// has come (D2r, 4 weeks by default) and tells them once it is overdue (D2o).
/// Each message's reference names the request, the kind and the recipient, so
/// running it twice sends nothing twice. Returns how many requests it told about.
pub fn sweep_advice_reminders(
    db: &Database,
    statutory: &Statutory,
    la: &domain::rules::LaConfig,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<usize, PersistenceError> {
    let today = crate::state::london_today(now);
    let sent_by = today - Duration::days(i64::from(la.reminder_offset_days));
    let mut after: Option<(chrono::NaiveDate, String)> = None;
    let mut told = 0;
    loop {
        let page = {
            let mut c = db.conn()?;
            persistence::advice::open_sent_by(
                &mut c,
                sent_by,
                after.as_ref().map(|(d, id)| (*d, id.as_str())),
                PAGE,
            )?
        };
        let Some(last) = page.last() else { break };
        after = Some((
            last.record.request.sent_on,
            last.record.request.id.to_string(),
        ));
        let told_before = {
            let mut c = db.conn()?;
            let ids: Vec<&str> = page
                .iter()
                .map(|held| held.record.request.id.as_str())
                .collect();
            persistence::advice::noticed(&mut c, &ids)?
        };
        for held in &page {
            let request = &held.record.request;
            let (template, kind) = if request.is_overdue(today, statutory.clock()) {
                (TemplateKey::AdviceOverdue, "advice-overdue")
            } else if request.reminder_due(today, la, statutory.clock()) {
                (TemplateKey::AdviceReminder, "advice-reminder")
            } else {
                continue;
            };
            if told_before.contains(&(request.id.to_string(), kind.to_owned())) {
                continue;
            }
            db.transaction(|c| {
                crate::routes::advice::tell_holders(
                    c,
                    statutory,
                    public_url,
                    &held.record,
                    &held.case_ref,
                    template,
                    kind,
                    now,
                )?;
                persistence::advice::mark_noticed(c, request.id.as_str(), kind, now)
            })?;
            told += 1;
        }
        if (page.len() as i64) < PAGE {
            break;
        }
    }
    Ok(told)
}
