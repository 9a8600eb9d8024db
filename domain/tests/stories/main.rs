//! Stories about the domain rules, told through the public API: the access table,
//! the people in it, and the properties that must hold whatever happens.

// Helpers outside `#[test]` functions build fixtures from literals; a panic there
// is a broken test, which is what unwrap says.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod access_stories;
mod access_table;
mod properties;
mod support;
