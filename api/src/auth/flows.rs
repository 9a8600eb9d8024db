//! The sign-in flows, run off the async executor: each reads what the rules in
//! `domain::sign_in` need, asks them, and writes the outcome with its audit
//! entries in one transaction. Handlers only translate HTTP to these calls.

use chrono::{DateTime, Duration, Utc};
use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
use domain::people::{Email, User, UserId};
use domain::sign_in::{Lockout, SessionState, SignInPolicy, session_state};
use persistence::sign_in::{self as store, Credentials, PendingSignIn, SecondFactor};
use persistence::{Database, DbConnection, PersistenceError, audit};

use super::crypto;
use super::secrets::Keys;
use super::totp;
use crate::passwords;
use crate::problem::{ApiError, FieldError};

/// A flow's transaction returns `Ok(Err(refusal))` to refuse *and commit*: a
/// wrong password must still count against the account and reach the audit
/// trail. `Err(PersistenceError)` rolls everything back.
type Step<T> = Result<Result<T, ApiError>, PersistenceError>;

fn run<T>(db: &Database, f: impl FnOnce(&mut DbConnection) -> Step<T>) -> Result<T, ApiError> {
    db.transaction(f)?
}

/// Inside a flow: take the value or refuse with the error.
macro_rules! take {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return Ok(Err(ApiError::from(e))),
        }
    };
}

/// Everything a flow needs besides its input.
pub struct Context<'a> {
    pub db: &'a Database,
    pub keys: &'a Keys,
    pub policy: &'a SignInPolicy,
    pub now: DateTime<Utc>,
    pub request_id: Option<String>,
    pub issuer: &'a str,
}

impl Context<'_> {
    fn audit(&self, conn: &mut DbConnection, event: NewAuditEvent) -> Result<(), PersistenceError> {
        audit::append(conn, &event.request_id(self.request_id.clone()), self.now)
    }
}

/// The same answer for an unknown email, a wrong password, a suspended or a
/// locked account: nothing here tells whether an account exists.
pub fn wrong_credentials() -> ApiError {
    ApiError::Unauthorized {
        detail: "Enter a correct email address and password.".into(),
        errors: vec![FieldError {
            field: "password".into(),
            code: "incorrect".into(),
            message: "Enter a correct email address and password".into(),
        }],
    }
}

/// The code as six digits, or a 422 naming the field (which does not count as a guess).
fn well_formed(code: &str) -> Result<String, ApiError> {
    domain::sign_in::six_digit_code(code)
        .ok_or_else(|| ApiError::invalid("code", "format", "Enter the 6-digit code, like 123456"))
}

fn sign_in_expired() -> ApiError {
    ApiError::Unauthorized {
        detail: "Your sign-in has timed out. Start again with your email address and password."
            .into(),
        errors: vec![],
    }
}

fn wrong_code(field: &str, locked: bool) -> ApiError {
    let message = if locked {
        "Too many wrong attempts. Your account is locked for a while; try again later"
    } else {
        "The code is not right. Check it and try again"
    };
    ApiError::Unauthorized {
        detail: message.into(),
        errors: vec![FieldError {
            field: field.into(),
            code: "incorrect".into(),
            message: message.into(),
        }],
    }
}

/// What the person does after a correct password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextStep {
    EnterAppCode,
    EnterTextCode { phone_ending: String },
    SetUpSecondFactor,
}

/// Step one: email and password. On success a pending sign-in is created and
/// its token returned for the pending cookie.
pub fn start(ctx: &Context, email: &Email, password: &str) -> Result<(String, NextStep), ApiError> {
    let mut conn = ctx.db.conn()?;
    let creds = store::credentials_by_email(&mut conn, email)?;
    drop(conn);
    // Hash a dummy when there is nothing to check, so timing says nothing either.
    let password_ok = match creds.as_ref().and_then(|c| c.password_hash.as_deref()) {
        Some(hash) => passwords::verify(password, hash),
        None => {
            passwords::verify(password, passwords::dummy_hash());
            false
        }
    };
    let Some(creds) = creds else {
        ctx.db.transaction(|c| {
            ctx.audit(
                c,
                NewAuditEvent::new(
                    AuditActor::Anonymous,
                    "auth.sign_in.password",
                    AuditOutcome::Failure,
                )
                .detail("unknown email"),
            )
        })?;
        return Err(wrong_credentials());
    };
    let user_id = creds.user.id.clone();
    run(ctx.db, |c| {
        if creds.lockout.is_locked(ctx.now) {
            ctx.audit(
                c,
                failure(&user_id, "auth.sign_in.password", "account locked"),
            )?;
            return Ok(Err(wrong_credentials()));
        }
        if !password_ok {
            record_failure(ctx, c, &creds, "auth.sign_in.password", "wrong password")?;
            return Ok(Err(wrong_credentials()));
        }
        if !creds.user.status.may_sign_in() {
            ctx.audit(
                c,
                failure(&user_id, "auth.sign_in.password", "account not active"),
            )?;
            return Ok(Err(wrong_credentials()));
        }
        let (token, hash) = crypto::new_token();
        store::create_pending(
            c,
            &hash,
            &user_id,
            ctx.now,
            ctx.now + Duration::minutes(ctx.policy.pending_minutes),
        )?;
        ctx.audit(
            c,
            NewAuditEvent::new(
                AuditActor::User(user_id.to_string()),
                "auth.sign_in.password",
                AuditOutcome::Success,
            )
            .object("user", user_id.as_str()),
        )?;
        let next = match store::second_factor(c, &user_id)? {
            Some(f) if f.confirmed => match f.factor {
                SecondFactor::Totp { .. } => NextStep::EnterAppCode,
                SecondFactor::Sms { phone } => {
                    send_text_code(ctx, c, &hash, &phone, &[])?;
                    NextStep::EnterTextCode {
                        phone_ending: phone_ending(&phone),
                    }
                }
            },
            _ => NextStep::SetUpSecondFactor,
        };
        Ok(Ok((token, next)))
    })
}

fn phone_ending(phone: &str) -> String {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    digits[digits.len().saturating_sub(3)..].to_owned()
}

fn failure(user: &UserId, action: &str, why: &str) -> NewAuditEvent {
    NewAuditEvent::new(
        AuditActor::User(user.to_string()),
        action,
        AuditOutcome::Failure,
    )
    .object("user", user.as_str())
    .detail(why)
}

/// Counts a failure against the account; returns whether it is now locked.
fn record_failure(
    ctx: &Context,
    c: &mut DbConnection,
    creds: &Credentials,
    action: &str,
    why: &str,
) -> Result<bool, PersistenceError> {
    let after = creds.lockout.after_failure(ctx.policy, ctx.now);
    store::set_lockout(c, &creds.user.id, after)?;
    ctx.audit(c, failure(&creds.user.id, action, why))?;
    let locked = after.is_locked(ctx.now) && !creds.lockout.is_locked(ctx.now);
    if locked {
        store::close_pending_for(c, &creds.user.id, ctx.now)?;
        ctx.audit(
            c,
            failure(
                &creds.user.id,
                "auth.locked",
                &format!("{} consecutive failures", after.failures),
            ),
        )?;
    }
    Ok(after.is_locked(ctx.now))
}

/// A live pending sign-in for the token in the cookie.
fn pending(
    ctx: &Context,
    c: &mut DbConnection,
    token: &str,
) -> Result<(PendingSignIn, Credentials), ApiError> {
    let found = store::find_pending(c, &crypto::token_hash(token))?;
    let pending = match found {
        Some(p) if !p.completed && ctx.now < p.expires_at => p,
        _ => return Err(sign_in_expired()),
    };
    let creds = store::credentials_by_id(c, &pending.user_id)?;
    if !creds.user.status.may_sign_in() {
        return Err(sign_in_expired());
    }
    Ok((pending, creds))
}

/// A new session for a person who has just proved both factors.
pub struct NewSession {
    pub session_id: String,
    pub user: User,
    pub idle_expires_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    /// Shown once, when a second factor has just been set up.
    pub recovery_codes: Vec<String>,
}

fn open_session(
    ctx: &Context,
    c: &mut DbConnection,
    pending: &PendingSignIn,
    user: &User,
    how: &str,
) -> Result<NewSession, ApiError> {
    if !store::complete_pending(c, &pending.token_hash, ctx.now)? {
        return Err(sign_in_expired());
    }
    store::set_lockout(c, &user.id, Lockout::after_success())?;
    let (session_id, _) = crypto::new_token();
    store::create_session(c, &session_id, &user.id, ctx.now)?;
    persistence::users::record_sign_in(c, &user.id, ctx.now)?;
    ctx.audit(
        c,
        NewAuditEvent::new(
            AuditActor::User(user.id.to_string()),
            "auth.sign_in",
            AuditOutcome::Success,
        )
        .object("user", user.id.as_str())
        .detail(how),
    )?;
    let SessionState::Live {
        idle_expires_at,
        expires_at,
    } = session_state(ctx.policy, ctx.now, ctx.now, false, ctx.now)
    else {
        return Err(ApiError::Internal("a new session is not live".into()));
    };
    Ok(NewSession {
        session_id,
        user: user.clone(),
        idle_expires_at,
        expires_at,
        recovery_codes: vec![],
    })
}

/// Step two: the six-digit code from the app or the text message.
pub fn verify_code(ctx: &Context, pending_token: &str, code: &str) -> Result<NewSession, ApiError> {
    let code = well_formed(code)?;
    let code = code.as_str();
    run(ctx.db, |c| {
        let (pending, creds) = take!(pending(ctx, c, pending_token));
        if creds.lockout.is_locked(ctx.now) {
            return Ok(Err(wrong_code("code", true)));
        }
        let factor = store::second_factor(c, &creds.user.id)?.filter(|f| f.confirmed);
        let accepted = match factor.map(|f| f.factor) {
            Some(SecondFactor::Totp {
                secret_ciphertext,
                last_step,
            }) => {
                let secret = take!(decrypt_secret(ctx, &secret_ciphertext));
                match totp::matching_step(&secret, code, ctx.now) {
                    Some(step) if domain::sign_in::totp_step_fresh(last_step, step) => {
                        store::accept_totp_step(c, &creds.user.id, step)?
                    }
                    _ => false,
                }
            }
            Some(SecondFactor::Sms { .. }) => texted_code_matches(ctx, &pending, code),
            None => return Ok(Err(sign_in_expired())),
        };
        if !accepted {
            let locked = record_failure(ctx, c, &creds, "auth.sign_in.code", "wrong code")?;
            return Ok(Err(wrong_code("code", locked)));
        }
        Ok(open_session(ctx, c, &pending, &creds.user, "second factor"))
    })
}

/// Step two with a recovery code instead of the app or phone (each works once).
pub fn use_recovery_code(
    ctx: &Context,
    pending_token: &str,
    code: &str,
) -> Result<NewSession, ApiError> {
    if normalise_recovery_code(code).len() != 10 {
        return Err(ApiError::invalid(
            "recovery_code",
            "format",
            "Enter a recovery code, like abcde-fghjk",
        ));
    }
    run(ctx.db, |c| {
        let (pending, creds) = take!(pending(ctx, c, pending_token));
        if creds.lockout.is_locked(ctx.now) {
            return Ok(Err(wrong_code("recovery_code", true)));
        }
        let normalised = normalise_recovery_code(code);
        let hash = crypto::code_hash(&ctx.keys.code_pepper, &normalised);
        if !store::use_recovery_code(c, &creds.user.id, &hash, ctx.now)? {
            let locked = record_failure(
                ctx,
                c,
                &creds,
                "auth.sign_in.recovery_code",
                "wrong recovery code",
            )?;
            return Ok(Err(wrong_code("recovery_code", locked)));
        }
        Ok(open_session(ctx, c, &pending, &creds.user, "recovery code"))
    })
}

fn normalise_recovery_code(code: &str) -> String {
    code.chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_lowercase()
}

fn decrypt_secret(ctx: &Context, sealed: &str) -> Result<String, ApiError> {
    let bytes = crypto::decrypt(&ctx.keys.encryption, sealed)
        .map_err(|e| ApiError::Internal(format!("cannot read a TOTP secret: {e}")))?;
    String::from_utf8(bytes).map_err(|_| ApiError::Internal("a TOTP secret is not text".into()))
}

/// What the setup page shows: the key as text and as a QR code.
pub struct AppSetup {
    pub key: String,
    pub qr_code: String,
    pub otpauth_uri: String,
}

/// Setting up an authenticator app during sign-in, for a person with no confirmed second factor.
pub fn begin_app_setup(ctx: &Context, pending_token: &str) -> Result<AppSetup, ApiError> {
    run(ctx.db, |c| {
        let (_, creds) = take!(pending(ctx, c, pending_token));
        if store::second_factor(c, &creds.user.id)?.is_some_and(|f| f.confirmed) {
            return Ok(Err(ApiError::Conflict(
                "A second factor is already set up for this account. Sign in with it, or ask an administrator to reset it."
                    .into(),
            )));
        }
        let secret = totp::new_secret();
        let sealed = take!(
            crypto::encrypt(&ctx.keys.encryption, secret.as_bytes()).map_err(ApiError::Internal)
        );
        store::begin_second_factor(
            c,
            &creds.user.id,
            &SecondFactor::Totp {
                secret_ciphertext: sealed,
                last_step: None,
            },
            ctx.now,
        )?;
        let account = creds.user.email.as_str();
        let qr_code =
            take!(totp::qr_data_uri(&secret, account, ctx.issuer).map_err(ApiError::Internal));
        Ok(Ok(AppSetup {
            key: totp::grouped(&secret),
            otpauth_uri: totp::otpauth_uri(&secret, account, ctx.issuer),
            qr_code,
        }))
    })
}

/// The first code from the newly set-up app proves it; the person is signed in
/// and given recovery codes, shown once.
pub fn confirm_app_setup(
    ctx: &Context,
    pending_token: &str,
    code: &str,
) -> Result<NewSession, ApiError> {
    let code = well_formed(code)?;
    let code = code.as_str();
    run(ctx.db, |c| {
        let (pending, creds) = take!(pending(ctx, c, pending_token));
        if creds.lockout.is_locked(ctx.now) {
            return Ok(Err(wrong_code("code", true)));
        }
        let Some(stored) = store::second_factor(c, &creds.user.id)? else {
            return Ok(Err(ApiError::Conflict(
                "Start setting up the app first.".into(),
            )));
        };
        let SecondFactor::Totp {
            secret_ciphertext,
            last_step,
        } = stored.factor
        else {
            return Ok(Err(ApiError::Conflict(
                "Start setting up the app first.".into(),
            )));
        };
        if stored.confirmed {
            return Ok(Err(ApiError::Conflict("The app is already set up.".into())));
        }
        let secret = take!(decrypt_secret(ctx, &secret_ciphertext));
        let fresh = match totp::matching_step(&secret, code, ctx.now) {
            Some(step) if domain::sign_in::totp_step_fresh(last_step, step) => {
                store::accept_totp_step(c, &creds.user.id, step)?
            }
            _ => false,
        };
        if !fresh {
            let locked = record_failure(ctx, c, &creds, "auth.second_factor.set_up", "wrong code")?;
            return Ok(Err(wrong_code("code", locked)));
        }
        finish_set_up(ctx, c, &pending, &creds, "authenticator app")
    })
}

/// Ten codes of 10 characters from a 32-letter alphabet (50 bits each), as "abcde-fghij".
fn new_recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i
    (0..10)
        .map(|_| {
            let chars: String = (0..10)
                .map(|_| ALPHABET[rand::random_range(0..ALPHABET.len())] as char)
                .collect();
            format!("{}-{}", &chars[..5], &chars[5..])
        })
        .collect()
}

/// Sends a new six-digit code by text to the phone of a pending sign-in, and
/// stores only its keyed hash. `sent_before` are the earlier sends (for the throttle's record).
fn send_text_code(
    ctx: &Context,
    c: &mut DbConnection,
    pending_hash: &str,
    phone: &str,
    sent_before: &[DateTime<Utc>],
) -> Result<(), PersistenceError> {
    let code = crypto::six_digit_code();
    let minutes = ctx.policy.sms_code_minutes;
    let mut sent: Vec<DateTime<Utc>> = sent_before.to_vec();
    sent.push(ctx.now);
    store::set_pending_sms_code(
        c,
        pending_hash,
        &crypto::code_hash(&ctx.keys.code_pepper, &code),
        ctx.now + Duration::minutes(minutes),
        &sent,
    )?;
    let personalisation = [
        ("code".to_owned(), code),
        ("minutes_valid".to_owned(), minutes.to_string()),
        ("la_name".to_owned(), ctx.issuer.to_owned()),
    ]
    .into_iter()
    .collect();
    persistence::outbox::enqueue(
        c,
        &persistence::outbox::NewMessage {
            channel: domain::notifications::Channel::Sms,
            recipient: phone.to_owned(),
            template: domain::notifications::TemplateKey::SignInCode,
            personalisation,
            // Random per send: the pending hash names no one.
            reference: format!("sign-in-code:{}:{}", &pending_hash[..24], sent.len()),
        },
        ctx.now,
    )?;
    Ok(())
}

/// The phone a pending sign-in sends codes to: the confirmed one, or the one being set up.
fn pending_phone(c: &mut DbConnection, user: &UserId) -> Result<Option<String>, PersistenceError> {
    Ok(match store::second_factor(c, user)?.map(|f| f.factor) {
        Some(SecondFactor::Sms { phone }) => Some(phone),
        _ => None,
    })
}

/// "Resend the text": throttled per sign-in (networks block floods to one number);
/// it does not reset the failure count.
pub fn resend_text_code(ctx: &Context, pending_token: &str) -> Result<String, ApiError> {
    run(ctx.db, |c| {
        let (pending, creds) = take!(pending(ctx, c, pending_token));
        if creds.lockout.is_locked(ctx.now) {
            return Ok(Err(wrong_code("code", true)));
        }
        let Some(phone) = pending_phone(c, &creds.user.id)? else {
            return Ok(Err(ApiError::Conflict(
                "This account does not use text messages for its second factor.".into(),
            )));
        };
        if let Err(wait) =
            domain::sign_in::sms_send_allowed(ctx.policy, &pending.sms_sent_at, ctx.now)
        {
            let seconds = u64::try_from(wait.num_seconds().max(1)).unwrap_or(60);
            return Ok(Err(ApiError::TooManyRequests {
                retry_after_seconds: seconds,
            }));
        }
        send_text_code(ctx, c, &pending.token_hash, &phone, &pending.sms_sent_at)?;
        Ok(Ok(phone_ending(&phone)))
    })
}

/// Setting up text messages during sign-in: the phone is stored unconfirmed and a code sent to it.
pub fn begin_text_setup(
    ctx: &Context,
    pending_token: &str,
    phone: &domain::people::MobileNumber,
) -> Result<String, ApiError> {
    run(ctx.db, |c| {
        let (pending, creds) = take!(pending(ctx, c, pending_token));
        if store::second_factor(c, &creds.user.id)?.is_some_and(|f| f.confirmed) {
            return Ok(Err(ApiError::Conflict(
                "A second factor is already set up for this account. Sign in with it, or ask an administrator to reset it.".into(),
            )));
        }
        if let Err(wait) =
            domain::sign_in::sms_send_allowed(ctx.policy, &pending.sms_sent_at, ctx.now)
        {
            let seconds = u64::try_from(wait.num_seconds().max(1)).unwrap_or(60);
            return Ok(Err(ApiError::TooManyRequests {
                retry_after_seconds: seconds,
            }));
        }
        store::begin_second_factor(
            c,
            &creds.user.id,
            &SecondFactor::Sms {
                phone: phone.as_str().to_owned(),
            },
            ctx.now,
        )?;
        send_text_code(
            ctx,
            c,
            &pending.token_hash,
            phone.as_str(),
            &pending.sms_sent_at,
        )?;
        Ok(Ok(phone.ending().to_owned()))
    })
}

/// The code from the first text proves the phone; the person is signed in and
/// given recovery codes, shown once.
pub fn confirm_text_setup(
    ctx: &Context,
    pending_token: &str,
    code: &str,
) -> Result<NewSession, ApiError> {
    let code = well_formed(code)?;
    let code = code.as_str();
    run(ctx.db, |c| {
        let (pending, creds) = take!(pending(ctx, c, pending_token));
        if creds.lockout.is_locked(ctx.now) {
            return Ok(Err(wrong_code("code", true)));
        }
        let Some(stored) = store::second_factor(c, &creds.user.id)? else {
            return Ok(Err(ApiError::Conflict(
                "Start setting up text messages first.".into(),
            )));
        };
        if stored.confirmed || !matches!(stored.factor, SecondFactor::Sms { .. }) {
            return Ok(Err(ApiError::Conflict(
                "Start setting up text messages first.".into(),
            )));
        }
        if !texted_code_matches(ctx, &pending, code) {
            let locked = record_failure(ctx, c, &creds, "auth.second_factor.set_up", "wrong code")?;
            return Ok(Err(wrong_code("code", locked)));
        }
        finish_set_up(ctx, c, &pending, &creds, "text message")
    })
}

/// Whether `code` is the live code last texted for this pending sign-in (compared in constant time).
fn texted_code_matches(ctx: &Context, pending: &PendingSignIn, code: &str) -> bool {
    let given = crypto::code_hash(&ctx.keys.code_pepper, code);
    pending
        .sms_code_hash
        .as_deref()
        .is_some_and(|h| crypto::same(h, &given))
        && pending.sms_code_expires_at.is_some_and(|t| ctx.now < t)
}

/// The end of setting up either kind of second factor: it is confirmed, recovery
/// codes are issued (shown once), and the person is signed in.
fn finish_set_up(
    ctx: &Context,
    c: &mut DbConnection,
    pending: &PendingSignIn,
    creds: &Credentials,
    kind: &str,
) -> Step<NewSession> {
    store::confirm_second_factor(c, &creds.user.id, ctx.now)?;
    let codes = issue_recovery_codes(ctx, c, &creds.user.id)?;
    ctx.audit(
        c,
        NewAuditEvent::new(
            AuditActor::User(creds.user.id.to_string()),
            "auth.second_factor.set_up",
            AuditOutcome::Success,
        )
        .object("user", creds.user.id.as_str())
        .detail(kind),
    )?;
    let mut session = take!(open_session(
        ctx,
        c,
        pending,
        &creds.user,
        "second factor set up"
    ));
    session.recovery_codes = codes;
    Ok(Ok(session))
}

fn issue_recovery_codes(
    ctx: &Context,
    c: &mut DbConnection,
    user: &UserId,
) -> Result<Vec<String>, PersistenceError> {
    let codes = new_recovery_codes();
    let hashes: Vec<String> = codes
        .iter()
        .map(|code| crypto::code_hash(&ctx.keys.code_pepper, &normalise_recovery_code(code)))
        .collect();
    store::replace_recovery_codes(c, user, &hashes, ctx.now)?;
    Ok(codes)
}

pub fn sign_out(ctx: &Context, signed_in_user: &UserId, session_id: &str) -> Result<(), ApiError> {
    ctx.db
        .transaction(|c| {
            store::revoke_session(c, session_id, "signed out", ctx.now)?;
            ctx.audit(
                c,
                NewAuditEvent::new(
                    AuditActor::User(signed_in_user.to_string()),
                    "auth.sign_out",
                    AuditOutcome::Success,
                )
                .object("user", signed_in_user.as_str()),
            )
        })
        .map_err(ApiError::from)
}
