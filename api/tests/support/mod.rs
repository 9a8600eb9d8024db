//! Builders for API tests: settings for a test database and a ready app state.

#![allow(clippy::unwrap_used, clippy::expect_used)]
#![allow(dead_code)]

use std::path::Path;
use std::sync::Arc;

use api::app::Shared;
use api::config::Settings;
use api::state::AppState;
use persistence::Database;

pub fn settings(database_url: &str, spa_dir: &Path) -> Settings {
    Settings::load_from(
        None,
        [
            ("EHC__DATABASE__URL".to_owned(), database_url.to_owned()),
            (
                "EHC__SERVER__SPA_DIR".to_owned(),
                spa_dir.display().to_string(),
            ),
            (
                "EHC__LA__NAME".to_owned(),
                "Exampleshire County Council".to_owned(),
            ),
            (
                "EHC__DATABASE__ACQUIRE_TIMEOUT_SECS".to_owned(),
                "1".to_owned(),
            ),
        ],
    )
    .expect("test settings are valid")
}

pub fn shared(db: Database, settings: Settings) -> Shared {
    Shared::new(AppState {
        db,
        settings: Arc::new(settings),
    })
}

pub mod proxy;
