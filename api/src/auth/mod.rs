//! Signing in and staying signed in: key material, session cookies and the
//! extractor every protected handler uses, the second factors, and the flows
//! that tie them to storage. The rules themselves live in `domain::sign_in`.

pub mod accounts;
pub mod clients;
pub mod crypto;
pub mod flows;
pub mod rate_limit;
pub mod secrets;
pub mod session;
pub mod totp;

pub use clients::{Credentials, Principal};
pub use session::{CSRF_HEADER, Renewal, SessionClaim, SignedIn};
