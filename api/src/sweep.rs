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
use persistence::{Database, PersistenceError, cases};

use crate::state::Statutory;

const PAGE: i64 = 500;

/// Queues the warnings due at `now`; returns how many messages were new.
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
        for case in &page {
            let (template, kind) = match urgency(case.due, today, window_days) {
                Urgency::Overdue => (TemplateKey::CaseDeadlineOverdue, "overdue"),
                Urgency::Impending => (TemplateKey::CaseDeadlineApproaching, "approaching"),
                Urgency::OnTrack => continue,
            };
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
            let reference = format!(
                "deadline:{}:{}:{}:{kind}",
                case.id, case.deadline_id, case.due
            );
            let personalisation: BTreeMap<String, String> = [
                ("case_reference", case.case_ref.clone()),
                ("deadline", rule.name.clone()),
                ("due_date", format_date(case.due)),
                ("sign_in_link", format!("{public_url}/cases/{}", case.id)),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
            let mut c = db.conn()?;
            let before = outbox::find_by_reference(&mut c, &reference)?.is_some();
            outbox::enqueue(
                &mut c,
                &NewMessage {
                    channel: Channel::Email,
                    recipient: case.coordinator_email.clone(),
                    template,
                    personalisation,
                    reference,
                },
                now,
            )?;
            if !before {
                queued += 1;
            }
        }
        if (page.len() as i64) < PAGE {
            break;
        }
    }
    Ok(queued)
}
