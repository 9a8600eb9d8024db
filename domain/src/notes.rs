//! Notes on a case's timeline. Anyone who may see the timeline adds one
//! (administrators never); it is a draft, seen and changed by its author alone,
//! until they submit it: then everyone who sees the timeline reads it, and
//! nobody changes it again.

use chrono::NaiveDate;

use crate::access::{AccessConfig, Action, Actor, CaseFacts, Decision, DenyReason, decide};
use crate::people::{InvalidValue, Role, UserId};

/// The longest note, in characters after trimming.
pub const MAX_NOTE_CHARS: usize = 5000;

/// A note's text: trimmed, 1 to [`MAX_NOTE_CHARS`] characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteText(String);

impl NoteText {
    /// Problems name the `text` field.
    pub fn parse(raw: &str) -> Result<Self, InvalidValue> {
        let text = raw.trim();
        if text.is_empty() {
            return Err(InvalidValue::new("text", "required", "Enter the note"));
        }
        if text.chars().count() > MAX_NOTE_CHARS {
            return Err(InvalidValue::new(
                "text",
                "too_long",
                format!("The note must be {MAX_NOTE_CHARS} characters or fewer"),
            ));
        }
        Ok(Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A note as far as its rules are concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteFacts {
    pub author: UserId,
    pub submitted: bool,
}

/// Who sees a note, among those who see the case's timeline: everyone once it
/// is submitted, its author alone while it is a draft.
pub fn sees(viewer: &UserId, note: &NoteFacts) -> bool {
    note.submitted || &note.author == viewer
}

/// May `actor` read `note`? Whoever may see the case's timeline, when the note
/// is one they see (a draft: its author).
pub fn may_read(
    actor: &Actor,
    note: &NoteFacts,
    facts: &CaseFacts,
    today: NaiveDate,
    config: &AccessConfig,
) -> Decision {
    match decide(actor, Action::ViewTimeline, facts, today, config) {
        Decision::Allow if !sees(&actor.user, note) => Decision::Deny(DenyReason::DraftIsPrivate),
        answer => answer,
    }
}

/// May `actor` add a note to the case? Whoever may see its timeline, except
/// administrators (who see no case content to write about).
pub fn may_add(
    actor: &Actor,
    facts: &CaseFacts,
    today: NaiveDate,
    config: &AccessConfig,
) -> Decision {
    if actor.role == Role::Administrator {
        return Decision::Deny(DenyReason::AdministratorsSeeNoCaseContent);
    }
    decide(actor, Action::ViewTimeline, facts, today, config)
}

/// The answer to changing a note (editing, submitting or deleting it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Allow,
    /// The actor may not know of the note: answered as if it did not exist.
    Hidden(DenyReason),
    /// Submitted: nobody changes it any more.
    Submitted,
}

/// May `actor` edit, submit or delete `note` on the case described by `facts`?
/// Only its author, while it is a draft and they may still add notes to the case.
pub fn may_change(
    actor: &Actor,
    note: &NoteFacts,
    facts: &CaseFacts,
    today: NaiveDate,
    config: &AccessConfig,
) -> Change {
    if let Decision::Deny(reason) = may_add(actor, facts, today, config) {
        return Change::Hidden(reason);
    }
    if !sees(&actor.user, note) {
        return Change::Hidden(DenyReason::DraftIsPrivate);
    }
    if note.submitted {
        return Change::Submitted;
    }
    Change::Allow
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lifecycle::CaseStage;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 6, 1).expect("a real date")
    }

    fn actor(role: Role, id: &str) -> Actor {
        Actor::new(UserId::new(id), role)
    }

    /// A case at assessment the parent "pat" is invited to.
    fn case() -> CaseFacts {
        let mut facts = CaseFacts::new(CaseStage::Assessment);
        facts.family.push(UserId::new("pat"));
        facts
    }

    fn draft_by(author: &str) -> NoteFacts {
        NoteFacts {
            author: UserId::new(author),
            submitted: false,
        }
    }

    fn add(who: &Actor, facts: &CaseFacts) -> Decision {
        may_add(who, facts, today(), &AccessConfig::default())
    }

    fn change(who: &Actor, note: &NoteFacts, facts: &CaseFacts) -> Change {
        may_change(who, note, facts, today(), &AccessConfig::default())
    }

    #[test]
    fn the_text_is_trimmed_and_must_hold_1_to_5000_characters() {
        assert_eq!(
            NoteText::parse("  Spoke to mum.\n").map(|t| t.as_str().to_owned()),
            Ok("Spoke to mum.".to_owned())
        );
        for empty in ["", "   \n\t "] {
            let problem = NoteText::parse(empty).expect_err("empty");
            assert_eq!((problem.field, problem.code), ("text", "required"));
        }
        assert!(
            NoteText::parse(&"é".repeat(MAX_NOTE_CHARS)).is_ok(),
            "characters, not bytes"
        );
        let problem = NoteText::parse(&"a".repeat(MAX_NOTE_CHARS + 1)).expect_err("too long");
        assert_eq!((problem.field, problem.code), ("text", "too_long"));
        assert!(problem.message.contains("5000"));
    }

    #[test]
    fn whoever_sees_the_timeline_adds_a_note_and_nobody_else() {
        let facts = case();
        assert!(add(&actor(Role::CaseCoordinator, "chris"), &facts).is_allowed());
        assert!(add(&actor(Role::Family, "pat"), &facts).is_allowed());
        assert_eq!(
            add(&actor(Role::Family, "stranger"), &facts),
            Decision::Deny(DenyReason::NotInvolved)
        );
        assert_eq!(
            add(&actor(Role::Contributor, "priya"), &facts),
            Decision::Deny(DenyReason::NotInvolved)
        );
    }

    #[test]
    fn administrators_never_add_notes_even_where_they_may_read_the_timeline() {
        let admin = actor(Role::Administrator, "ada");
        let reading = AccessConfig {
            administrators_see_cases: true,
            ..AccessConfig::default()
        };
        assert!(decide(&admin, Action::ViewTimeline, &case(), today(), &reading).is_allowed());
        assert_eq!(
            may_add(&admin, &case(), today(), &reading),
            Decision::Deny(DenyReason::AdministratorsSeeNoCaseContent)
        );
    }

    #[test]
    fn a_co_ordinator_adds_notes_to_a_closed_case_its_family_no_longer_sees() {
        let mut closed = case();
        closed.stage = CaseStage::ClosedOutsideProcess;
        assert!(add(&actor(Role::CaseCoordinator, "chris"), &closed).is_allowed());
        assert_eq!(
            add(&actor(Role::Family, "pat"), &closed),
            Decision::Deny(DenyReason::CaseClosed)
        );
    }

    #[test]
    fn a_draft_is_seen_and_changed_by_its_author_alone() {
        let facts = case();
        let note = draft_by("chris");
        assert!(sees(&UserId::new("chris"), &note));
        assert!(!sees(&UserId::new("morgan"), &note));
        assert_eq!(
            change(&actor(Role::CaseCoordinator, "chris"), &note, &facts),
            Change::Allow
        );
        for other in [
            actor(Role::CaseCoordinator, "morgan"),
            actor(Role::Family, "pat"),
        ] {
            assert_eq!(
                change(&other, &note, &facts),
                Change::Hidden(DenyReason::DraftIsPrivate)
            );
        }
    }

    fn read(who: &Actor, note: &NoteFacts, facts: &CaseFacts) -> Decision {
        may_read(who, note, facts, today(), &AccessConfig::default())
    }

    #[test]
    fn a_draft_is_read_by_its_author_a_submitted_note_by_whoever_sees_the_timeline() {
        let facts = case();
        let chris = actor(Role::CaseCoordinator, "chris");
        let pat = actor(Role::Family, "pat");
        let draft = draft_by("chris");
        assert!(read(&chris, &draft, &facts).is_allowed());
        assert_eq!(
            read(&pat, &draft, &facts),
            Decision::Deny(DenyReason::DraftIsPrivate)
        );
        let submitted = NoteFacts {
            submitted: true,
            ..draft
        };
        assert!(read(&pat, &submitted, &facts).is_allowed());
        assert_eq!(
            read(&actor(Role::Family, "stranger"), &submitted, &facts),
            Decision::Deny(DenyReason::NotInvolved)
        );
    }

    #[test]
    fn a_submitted_note_is_seen_by_everyone_on_the_timeline_and_changed_by_nobody() {
        let facts = case();
        let note = NoteFacts {
            submitted: true,
            ..draft_by("chris")
        };
        assert!(sees(&UserId::new("pat"), &note));
        for who in [
            actor(Role::CaseCoordinator, "chris"),
            actor(Role::CaseCoordinator, "morgan"),
            actor(Role::Family, "pat"),
        ] {
            assert_eq!(change(&who, &note, &facts), Change::Submitted);
        }
    }

    #[test]
    fn an_author_who_lost_sight_of_the_case_no_longer_reaches_their_draft() {
        let facts = case();
        let note = draft_by("pat");
        assert_eq!(
            change(&actor(Role::Family, "pat"), &note, &facts),
            Change::Allow
        );
        let mut revoked = facts.clone();
        revoked.family.clear();
        assert_eq!(
            change(&actor(Role::Family, "pat"), &note, &revoked),
            Change::Hidden(DenyReason::NotInvolved)
        );
    }
}
