//! What every handler may reach: the database, the validated settings, key
//! material, the clock, and the per-replica rate limiter.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use persistence::Database;

use crate::auth::rate_limit::RateLimiter;
use crate::auth::secrets::Keys;
use crate::config::Settings;

#[derive(Clone)]
pub struct AppState {
    pub db: Database,
    pub settings: Arc<Settings>,
    pub keys: Arc<Keys>,
    pub clock: Clock,
    pub auth_limiter: Arc<RateLimiter>,
    pub statutory: Arc<Statutory>,
    pub documents: crate::documents::DocumentStore,
}

/// The statutory engine's data, built once: rule packs and bank holidays.
pub struct Statutory {
    pub rules: domain::rules::RuleBook,
    pub holidays: domain::calendar::BankHolidays,
}

impl Statutory {
    pub fn clock(&self) -> domain::rules::Clock<'_> {
        domain::rules::Clock::new(&self.rules, &self.holidays)
    }
}

impl AppState {
    /// Fails only when the document store cannot be set up.
    pub fn new(
        db: Database,
        settings: Arc<Settings>,
        keys: Keys,
        clock: Clock,
    ) -> anyhow::Result<Self> {
        let documents = crate::documents::DocumentStore::from_settings(
            &settings.documents,
            &settings.data_dir,
        )?;
        let auth_limiter = Arc::new(RateLimiter::new(settings.auth.rate_limit_per_minute));
        let statutory = Arc::new(Statutory {
            rules: domain::rules::RuleBook::send_2014(),
            holidays: domain::calendar::BankHolidays::england_and_wales(),
        });
        Ok(Self {
            db,
            settings,
            keys: Arc::new(keys),
            clock,
            auth_limiter,
            statutory,
            documents,
        })
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// Today's civil date in England, which every deadline counts in.
    pub fn today(&self) -> chrono::NaiveDate {
        london_today(self.now())
    }
}

/// The time as the application sees it. Tests move a manual clock to cross
/// timeouts and grace periods without waiting.
#[derive(Clone)]
pub enum Clock {
    System,
    Manual(Arc<Mutex<DateTime<Utc>>>),
}

impl Clock {
    pub fn manual(start: DateTime<Utc>) -> Self {
        Clock::Manual(Arc::new(Mutex::new(start)))
    }

    pub fn now(&self) -> DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Manual(t) => *t.lock().unwrap_or_else(std::sync::PoisonError::into_inner),
        }
    }

    /// Moves a manual clock forward; the system clock cannot be moved.
    pub fn advance(&self, by: Duration) {
        if let Clock::Manual(t) = self {
            let mut guard = t.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            *guard += by;
        }
    }
}

/// The civil date in England at `now`.
pub fn london_today(now: DateTime<Utc>) -> chrono::NaiveDate {
    domain::calendar::london_date(now)
}
