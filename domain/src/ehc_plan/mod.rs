//! The EHC plan: its sections A-K with the golden thread, the first draft made
//! from the advice and views, the completeness panel and provision lint, the
//! rules for section I and for issuing, and the difference between versions.

pub mod checks;
pub mod content;
pub mod diff;
pub mod draft;

pub use checks::{
    FlaggedProvision, Gap, IssueCheck, PlanRuleError, PlanState, ProvisionFlag, Start,
    VAGUE_PHRASES, check_edit, check_issue, completeness, is_amendment, issue_event, lint,
    lint_provision, may_name_placement, may_start, share_event,
};
pub use content::{
    AdviceAppendix, MAX_ITEMS, Need, Placement, PlanContent, PlanOutcome, PlanProvision, SectionId,
};
pub use diff::{ItemChange, SectionDiff, diff, next_review_due, provision_text};
pub use draft::{AdviceSource, Sources, draft_from};

#[cfg(test)]
mod tests;
