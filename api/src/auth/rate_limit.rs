//! A per-address limit on `/api/v1/auth/...` (security.md, "Brute force"): a
//! fixed one-minute window per client address, answered with 429 and
//! `Retry-After`. Per replica: with N replicas an address gets N times the limit,
//! which still stops a brute-force run; the per-account lockout is shared.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;

use chrono::{DateTime, Utc};

pub struct RateLimiter {
    per_minute: u32,
    windows: Mutex<HashMap<IpAddr, (i64, u32)>>,
}

impl RateLimiter {
    pub fn new(per_minute: u32) -> Self {
        Self {
            per_minute,
            windows: Mutex::new(HashMap::new()),
        }
    }

    /// `Ok` to proceed, or `Err(seconds to wait)`.
    pub fn check(&self, addr: IpAddr, now: DateTime<Utc>) -> Result<(), u64> {
        let minute = now.timestamp().div_euclid(60);
        let mut windows = self
            .windows
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if windows.len() > 100_000 {
            windows.retain(|_, (m, _)| *m == minute);
        }
        let entry = windows.entry(addr).or_insert((minute, 0));
        if entry.0 != minute {
            *entry = (minute, 0);
        }
        if entry.1 >= self.per_minute {
            let wait = 60 - now.timestamp().rem_euclid(60);
            return Err(u64::try_from(wait).unwrap_or(60).max(1));
        }
        entry.1 += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn an_address_is_held_back_after_its_allowance_until_the_next_minute() {
        let limiter = RateLimiter::new(3);
        let ip: IpAddr = "203.0.113.7".parse().unwrap();
        let other: IpAddr = "203.0.113.8".parse().unwrap();
        let t = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 40).unwrap();
        for _ in 0..3 {
            assert!(limiter.check(ip, t).is_ok());
        }
        assert_eq!(limiter.check(ip, t), Err(20));
        assert!(
            limiter.check(other, t).is_ok(),
            "another address is unaffected"
        );
        assert!(limiter.check(ip, t + chrono::Duration::seconds(20)).is_ok());
    }
}
