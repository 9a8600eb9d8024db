//! The API is a contract: the committed `openapi/openapi.json` is what the
//! handlers generate, and every operation is fully described.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::Value;

fn generated() -> Value {
    serde_json::to_value(api::app::openapi()).unwrap()
}

fn committed() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi/openapi.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("openapi/openapi.json exists"))
        .expect("openapi/openapi.json is JSON")
}

#[test]
fn the_committed_contract_matches_what_the_handlers_generate() {
    assert!(
        generated() == committed(),
        "openapi/openapi.json is out of date: run `make openapi` and commit the result"
    );
}

#[test]
fn every_operation_has_an_id_a_tag_a_security_requirement_and_its_errors() {
    let spec = generated();
    let mut ids = std::collections::HashSet::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let name = format!("{method} {path}");
            let id = op["operationId"]
                .as_str()
                .unwrap_or_else(|| panic!("{name}: operationId"));
            assert!(
                ids.insert(id.to_owned()),
                "{name}: operationId {id} is unique"
            );
            assert!(
                op["tags"].as_array().is_some_and(|t| !t.is_empty()),
                "{name}: tag"
            );
            assert!(op.get("security").is_some(), "{name}: security requirement");
            assert!(
                op["responses"].as_object().is_some_and(|r| !r.is_empty()),
                "{name}: responses"
            );
            for (status, response) in op["responses"].as_object().unwrap() {
                if status.starts_with('4') || status.starts_with('5') {
                    assert!(
                        response["content"]
                            .get("application/problem+json")
                            .is_some(),
                        "{name}: {status} is documented as problem+json"
                    );
                }
            }
        }
    }
    assert!(!ids.is_empty());
}

#[test]
fn api_paths_are_versioned_kebab_case() {
    for path in generated()["paths"].as_object().unwrap().keys() {
        assert!(
            path.starts_with("/api/v1/") || path == "/healthz" || path == "/readyz",
            "{path} is under /api/v1"
        );
        for segment in path.split('/').filter(|s| !s.starts_with('{')) {
            assert!(
                segment
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{path}: segment '{segment}' is kebab-case"
            );
        }
    }
}
