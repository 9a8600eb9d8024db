//! What every handler may reach: the database and the validated settings.

use std::sync::Arc;

use persistence::Database;

use crate::config::Settings;

#[derive(Clone)]
pub struct AppState {
    pub db: Database,
    pub settings: Arc<Settings>,
}
