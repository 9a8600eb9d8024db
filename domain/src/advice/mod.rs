//! Requests for advice (assessment) and for views (annual review): who they go to,
//! where each stands, when it is due, and what a complete piece of advice holds.
//! `request` is the state machine and clock; `content` the template and its checks.

pub mod content;
pub mod request;

pub use content::{
    AdviceContent, AreaAdvice, AreaOfNeed, AreasOfNeed, Background, FieldProblem, OnBehalfOf,
    Outcome, PfaType, Provision, Step, WillProvide,
};
pub use request::{
    AdviceError, AdviceEvent, AdviceRequest, AdviceRequestId, AdviceState, Recipient, RequestKind,
};
