//! The rules of signing in (security.md, "Sign-in" and "Sessions"), as pure
//! functions of stored state and "now": account lockout, TOTP replay refusal,
//! session idle and absolute limits, SMS resend throttling, token lifetimes.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// The LA's sign-in settings. Defaults are security.md's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SignInPolicy {
    /// Consecutive failures (password or code) that lock an account.
    pub max_failures: u32,
    /// How long a locked account stays locked before it unlocks by itself.
    pub lockout_minutes: i64,
    /// Signed out after this long without activity.
    pub idle_timeout_minutes: i64,
    /// Signed out this long after signing in, whatever the activity.
    pub absolute_timeout_hours: i64,
    /// Time allowed between the password and the second factor.
    pub pending_minutes: i64,
    /// How long a text-message code stays valid.
    pub sms_code_minutes: i64,
    /// Minimum wait between two texts to one sign-in.
    pub sms_resend_seconds: i64,
    /// Texts one sign-in may send in an hour (networks block floods to one number).
    pub sms_per_hour: u32,
    /// How long an invitation link works.
    pub invitation_days: i64,
    /// How long a password reset link works.
    pub reset_minutes: i64,
}

impl Default for SignInPolicy {
    fn default() -> Self {
        Self {
            max_failures: 10,
            lockout_minutes: 30,
            idle_timeout_minutes: 30,
            absolute_timeout_hours: 12,
            pending_minutes: 10,
            sms_code_minutes: 10,
            sms_resend_seconds: 30,
            sms_per_hour: 5,
            invitation_days: 14,
            reset_minutes: 60,
        }
    }
}

/// An account's run of failed attempts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lockout {
    pub failures: u32,
    pub locked_until: Option<DateTime<Utc>>,
}

impl Lockout {
    pub fn is_locked(&self, now: DateTime<Utc>) -> bool {
        self.locked_until.is_some_and(|until| now < until)
    }

    /// The state after one more failure. A lock that has run out starts the count again.
    pub fn after_failure(self, policy: &SignInPolicy, now: DateTime<Utc>) -> Lockout {
        let failures = match self.locked_until {
            Some(until) if now >= until => 1,
            _ => self.failures.saturating_add(1),
        };
        let locked_until = if failures >= policy.max_failures {
            Some(now + Duration::minutes(policy.lockout_minutes))
        } else {
            self.locked_until.filter(|until| now < *until)
        };
        Lockout {
            failures,
            locked_until,
        }
    }

    /// A full sign-in clears the count.
    pub fn after_success() -> Lockout {
        Lockout::default()
    }
}

/// TOTP: 30-second steps, one step of drift either way (RFC 6238).
pub const TOTP_STEP_SECONDS: i64 = 30;
pub const TOTP_DRIFT_STEPS: i64 = 1;

/// The steps whose codes are accepted at `now`, oldest first.
pub fn totp_steps(now: DateTime<Utc>) -> impl Iterator<Item = u64> {
    let current = now.timestamp().div_euclid(TOTP_STEP_SECONDS);
    (current - TOTP_DRIFT_STEPS..=current + TOTP_DRIFT_STEPS).filter_map(|s| u64::try_from(s).ok())
}

/// A code for a step at or before the last accepted one is a replay and is refused.
pub fn totp_step_fresh(last_accepted: Option<u64>, step: u64) -> bool {
    last_accepted.is_none_or(|last| step > last)
}

/// A six-digit code as typed, with spaces and dashes forgiven; `None` if it is
/// not six digits. A malformed code is an input error, not a guess, so it never
/// counts towards the lockout.
pub fn six_digit_code(typed: &str) -> Option<String> {
    let digits: String = typed.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    (digits.len() == 6 && digits.chars().all(|c| c.is_ascii_digit())).then_some(digits)
}

/// Where a session stands at `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionState {
    Live {
        idle_expires_at: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    },
    IdleExpired,
    Expired,
    Revoked,
}

pub fn session_state(
    policy: &SignInPolicy,
    created_at: DateTime<Utc>,
    last_seen_at: DateTime<Utc>,
    revoked: bool,
    now: DateTime<Utc>,
) -> SessionState {
    let expires_at = created_at + Duration::hours(policy.absolute_timeout_hours);
    let idle_expires_at =
        (last_seen_at + Duration::minutes(policy.idle_timeout_minutes)).min(expires_at);
    if revoked {
        SessionState::Revoked
    } else if now >= expires_at {
        SessionState::Expired
    } else if now >= idle_expires_at {
        SessionState::IdleExpired
    } else {
        SessionState::Live {
            idle_expires_at,
            expires_at,
        }
    }
}

/// Whether another text may be sent now, given when earlier ones were sent for
/// this sign-in. `Err` carries how long to wait.
pub fn sms_send_allowed(
    policy: &SignInPolicy,
    sent: &[DateTime<Utc>],
    now: DateTime<Utc>,
) -> Result<(), Duration> {
    let gap = Duration::seconds(policy.sms_resend_seconds);
    if let Some(last) = sent.iter().max()
        && now < *last + gap
    {
        return Err(*last + gap - now);
    }
    let hour_ago = now - Duration::hours(1);
    let mut recent: Vec<&DateTime<Utc>> = sent.iter().filter(|t| **t > hour_ago).collect();
    if recent.len() >= policy.sms_per_hour as usize {
        recent.sort();
        let oldest = recent[recent.len() - policy.sms_per_hour as usize];
        return Err(*oldest + Duration::hours(1) - now);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(h: u32, m: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 22, h, m, s).unwrap()
    }

    #[test]
    fn ten_consecutive_failures_lock_the_account_for_the_configured_time() {
        let policy = SignInPolicy::default();
        let mut state = Lockout::default();
        for _ in 0..9 {
            state = state.after_failure(&policy, at(9, 0, 0));
            assert!(!state.is_locked(at(9, 0, 0)));
        }
        state = state.after_failure(&policy, at(9, 0, 0));
        assert!(state.is_locked(at(9, 0, 0)));
        assert!(state.is_locked(at(9, 29, 59)));
        assert!(
            !state.is_locked(at(9, 30, 0)),
            "unlocks by itself after 30 minutes"
        );
    }

    #[test]
    fn after_a_lock_runs_out_the_count_starts_again() {
        let policy = SignInPolicy::default();
        let locked = Lockout {
            failures: 10,
            locked_until: Some(at(9, 30, 0)),
        };
        let next = locked.after_failure(&policy, at(9, 31, 0));
        assert_eq!(
            next,
            Lockout {
                failures: 1,
                locked_until: None
            }
        );
    }

    #[test]
    fn a_success_clears_the_failure_count() {
        assert_eq!(
            Lockout::after_success(),
            Lockout {
                failures: 0,
                locked_until: None
            }
        );
    }

    #[test]
    fn a_totp_code_is_accepted_one_step_either_side_of_now() {
        let now = Utc.timestamp_opt(1_000_000_020, 0).unwrap(); // step 33_333_334
        assert_eq!(
            totp_steps(now).collect::<Vec<_>>(),
            vec![33_333_333, 33_333_334, 33_333_335]
        );
    }

    #[test]
    fn a_code_for_the_last_accepted_step_or_earlier_is_a_replay() {
        assert!(totp_step_fresh(None, 5));
        assert!(totp_step_fresh(Some(4), 5));
        assert!(!totp_step_fresh(Some(5), 5));
        assert!(!totp_step_fresh(Some(6), 5));
    }

    #[test]
    fn a_code_is_six_digits_with_spaces_and_dashes_forgiven() {
        assert_eq!(six_digit_code(" 123 456 ").as_deref(), Some("123456"));
        assert_eq!(six_digit_code("123-456").as_deref(), Some("123456"));
        for bad in ["", "12 3", "1234567", "12345a"] {
            assert_eq!(six_digit_code(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_session_ends_after_thirty_idle_minutes_or_twelve_hours() {
        let p = SignInPolicy::default();
        let signed_in = at(8, 0, 0);
        assert_eq!(
            session_state(&p, signed_in, at(9, 0, 0), false, at(9, 29, 59)),
            SessionState::Live {
                idle_expires_at: at(9, 30, 0),
                expires_at: at(20, 0, 0)
            }
        );
        assert_eq!(
            session_state(&p, signed_in, at(9, 0, 0), false, at(9, 30, 0)),
            SessionState::IdleExpired
        );
        assert_eq!(
            session_state(&p, signed_in, at(19, 59, 0), false, at(20, 0, 0)),
            SessionState::Expired
        );
        // Near the absolute limit the idle deadline never runs past it.
        assert_eq!(
            session_state(&p, signed_in, at(19, 45, 0), false, at(19, 50, 0)),
            SessionState::Live {
                idle_expires_at: at(20, 0, 0),
                expires_at: at(20, 0, 0)
            }
        );
        assert_eq!(
            session_state(&p, signed_in, at(9, 0, 0), true, at(9, 1, 0)),
            SessionState::Revoked
        );
    }

    #[test]
    fn texts_are_throttled_per_sign_in() {
        let p = SignInPolicy::default();
        assert!(sms_send_allowed(&p, &[], at(9, 0, 0)).is_ok());
        assert_eq!(
            sms_send_allowed(&p, &[at(9, 0, 0)], at(9, 0, 10)),
            Err(Duration::seconds(20))
        );
        assert!(sms_send_allowed(&p, &[at(9, 0, 0)], at(9, 0, 30)).is_ok());
        let five = [
            at(9, 0, 0),
            at(9, 1, 0),
            at(9, 2, 0),
            at(9, 3, 0),
            at(9, 4, 0),
        ];
        assert_eq!(
            sms_send_allowed(&p, &five, at(9, 10, 0)),
            Err(Duration::minutes(50))
        );
        assert!(sms_send_allowed(&p, &five, at(10, 0, 1)).is_ok());
    }
}
