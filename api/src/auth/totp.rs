//! Authenticator apps (RFC 6238) through the google-authenticator crate: 20-byte
//! secrets, 30-second steps, one step of drift. The QR code is drawn here as SVG,
//! never through an outside chart service, so no secret leaves the machine.
//! Replay refusal (the last accepted step) is `domain::sign_in` plus a conditional
//! update in storage.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, Utc};
use google_authenticator::{ErrorCorrectionLevel, GoogleAuthenticator};

/// 32 base32 characters = 160 bits = the 20-byte secret RFC 4226 recommends.
const SECRET_CHARS: u8 = 32;

pub fn new_secret() -> String {
    GoogleAuthenticator::new().create_secret(SECRET_CHARS)
}

/// The step whose code matches, among those allowed now, if any; newest
/// first is not needed because the caller refuses any step not newer than the last.
pub fn matching_step(secret: &str, code: &str, now: DateTime<Utc>) -> Option<u64> {
    let code = code.trim().replace(' ', "");
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let auth = GoogleAuthenticator::new();
    domain::sign_in::totp_steps(now).find(|step| {
        auth.get_code(secret, *step)
            .is_ok_and(|expected| crate::auth::crypto::same(&expected, &code))
    })
}

/// The code an app would show at `now` (for tests and the e2e suite's helper).
pub fn code_at(secret: &str, now: DateTime<Utc>) -> Option<String> {
    let step = u64::try_from(now.timestamp() / domain::sign_in::TOTP_STEP_SECONDS).ok()?;
    GoogleAuthenticator::new().get_code(secret, step).ok()
}

/// The key as people type it: groups of four.
pub fn grouped(secret: &str) -> String {
    secret
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn otpauth_uri(secret: &str, account: &str, issuer: &str) -> String {
    let enc = |s: &str| {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    format!(
        "otpauth://totp/{}:{}?secret={secret}&issuer={}",
        enc(issuer),
        enc(account),
        enc(issuer)
    )
}

/// The QR code as an SVG data URI, drawn locally.
pub fn qr_data_uri(secret: &str, account: &str, issuer: &str) -> Result<String, String> {
    let svg = GoogleAuthenticator::new()
        .qr_code(
            secret,
            account,
            issuer,
            200,
            200,
            ErrorCorrectionLevel::Medium,
        )
        .map_err(|e| format!("cannot draw the QR code: {e:?}"))?;
    Ok(format!(
        "data:image/svg+xml;base64,{}",
        STANDARD.encode(svg)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn codes_match_the_rfc_6238_test_vector() {
        // RFC 6238 appendix B, SHA-1 secret "12345678901234567890" in base32, T = 59 s.
        let secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        let at = Utc.timestamp_opt(59, 0).unwrap();
        assert_eq!(code_at(secret, at).unwrap(), "287082"); // last six digits of 94287082
        assert_eq!(matching_step(secret, "287082", at), Some(1));
        assert_eq!(
            matching_step(secret, "287 082", at),
            Some(1),
            "spaces are forgiven"
        );
        assert_eq!(matching_step(secret, "000000", at), None);
        assert_eq!(matching_step(secret, "28708", at), None);
    }

    #[test]
    fn a_code_from_the_previous_or_next_step_is_accepted_but_not_two_away() {
        let secret = new_secret();
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 15).unwrap();
        for offset in [-30, 0, 30] {
            let code = code_at(&secret, now + chrono::Duration::seconds(offset)).unwrap();
            assert!(
                matching_step(&secret, &code, now).is_some(),
                "offset {offset}"
            );
        }
        let far = code_at(&secret, now + chrono::Duration::seconds(90)).unwrap();
        let near: Vec<String> = [-30, 0, 30]
            .iter()
            .map(|o| code_at(&secret, now + chrono::Duration::seconds(*o)).unwrap())
            .collect();
        if !near.contains(&far) {
            assert_eq!(matching_step(&secret, &far, now), None);
        }
    }

    #[test]
    fn the_secret_is_twenty_bytes_and_the_qr_code_is_drawn_locally() {
        let secret = new_secret();
        assert_eq!(secret.len(), 32);
        let uri = qr_data_uri(&secret, "sam@school.example.org", "EHC hub").unwrap();
        assert!(uri.starts_with("data:image/svg+xml;base64,"));
        assert!(!uri.contains("http"), "no outside service is involved");
        assert!(otpauth_uri(&secret, "sam@school.example.org", "EHC hub").contains(&secret));
        assert_eq!(grouped("ABCDEFGH"), "ABCD EFGH");
    }
}
