//! The rules of the EHC hub, free of I/O: who people are, what a case is, which
//! statutory dates apply, and who may do what. Every function that depends on the
//! date takes "now" or "today" as an argument; nothing here reads a clock.

pub mod access;
pub mod advice;
pub mod assessment_request;
pub mod audit;
pub mod calendar;
pub mod clients;
pub mod deadlines;
pub mod documents;
pub mod ehc_plan;
pub mod exceptions;
pub mod family_view;
pub mod letters;
pub mod lifecycle;
pub mod notes;
pub mod notifications;
pub mod organisations;
pub mod password;
pub mod people;
pub mod rules;
pub mod sign_in;
pub mod trays;
mod wording;
pub mod year_group;
