//! The EHC plan: its sections A-K with the golden thread, the first draft made
//! from the advice and views, the completeness panel and provision lint, the
//! rules for section I and for issuing, and the difference between versions.

pub mod checks;
pub mod content;
pub mod diff;
pub mod draft;

pub use checks::{
    FlaggedProvision, Gap, IssueCheck, PlanRuleError, PlanState, ProvisionFlag, VAGUE_PHRASES,
    check_edit, check_issue, completeness, lint, lint_provision, may_name_placement,
};
pub use content::{
    AdviceAppendix, MAX_ITEMS, Need, Placement, PlanContent, PlanOutcome, PlanProvision, SectionId,
};
pub use diff::{ItemChange, SectionDiff, diff, next_review_due, provision_text};
pub use draft::{AdviceSource, Sources, draft_from};

#[cfg(test)]
mod tests;
