//! Who may do what to a case. `facts` is what the API loads about the actor and
//! the case; `policy` is the one pure function that decides, denying by default.

pub mod facts;
pub mod grounds;
pub mod policy;

pub use facts::{
    Actor, CaseFacts, DraftPlanFacts, DraftRequestFacts, RequestFacts, TeamMembership,
};
pub use grounds::{Ground, ViewGround, view_grounds};
pub use policy::{
    AccessConfig, Action, Decision, DenyReason, decide, reads_memberships, sees_every_case,
};
