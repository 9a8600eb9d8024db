//! Accounts over their life: invited by an administrator or co-ordinator,
//! registered through the invitation link, passwords reset by emailed link,
//! suspended and reactivated, second factors reset. Every step is audited and
//! sends its message through the outbox in the same transaction.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use domain::audit::{AuditActor, AuditOutcome, NewAuditEvent};
use domain::notifications::{Channel, TemplateKey, format_date};
use domain::organisations::{
    SettingStaffCandidate, StaffTitle, TeamMemberCandidate, may_manage_organisations,
};
use domain::password::PasswordPolicy;
use domain::people::{DisplayName, Email, Role, SettingId, TeamId, User, UserId, UserStatus};
use persistence::invitations as links;
use persistence::outbox::{self, NewMessage};
use persistence::sign_in as store;
use persistence::teams::AuditContext;
use persistence::users::{self, NewUser};
use persistence::{DbConnection, PersistenceError, audit, education_settings, teams};

use super::crypto;
use super::flows::Context;
use crate::problem::{ApiError, FieldError};

/// What the account flows need beyond the sign-in context.
pub struct Accounts<'a> {
    pub ctx: Context<'a>,
    pub la_name: &'a str,
    pub public_url: &'a str,
    pub password_policy: PasswordPolicy,
}

fn by(actor: &User) -> AuditActor {
    AuditActor::User(actor.id.to_string())
}

/// The setting and teams an invited person joins with their account, already
/// checked against their role by the caller (a setting only for education
/// setting staff, teams only for contributors).
#[derive(Debug, Clone, Default)]
pub struct InvitedTo {
    pub setting: Option<(SettingId, StaffTitle)>,
    /// Each team once, with whether they manage it.
    pub teams: Vec<(TeamId, bool)>,
}

impl InvitedTo {
    fn is_empty(&self) -> bool {
        self.setting.is_none() && self.teams.is_empty()
    }
}

impl Accounts<'_> {
    fn audit(&self, c: &mut DbConnection, event: NewAuditEvent) -> Result<(), PersistenceError> {
        audit::append(
            c,
            &event.request_id(self.ctx.request_id.clone()),
            self.ctx.now,
        )
    }

    fn email(
        &self,
        c: &mut DbConnection,
        to: &Email,
        template: TemplateKey,
        values: &[(&str, String)],
        reference: String,
    ) -> Result<(), PersistenceError> {
        let mut personalisation: BTreeMap<String, String> = values
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect();
        personalisation.insert("la_name".into(), self.la_name.to_owned());
        outbox::enqueue(
            c,
            &NewMessage {
                channel: Channel::Email,
                recipient: to.to_string(),
                template,
                personalisation,
                reference,
            },
            self.ctx.now,
        )?;
        Ok(())
    }

    fn london_date(&self, at: DateTime<Utc>) -> String {
        format_date(domain::calendar::london_date(at))
    }

    /// Creates the invitation link for `user` and queues its email.
    fn send_invitation(
        &self,
        c: &mut DbConnection,
        user: &User,
        inviter: &User,
    ) -> Result<(), PersistenceError> {
        let (token, hash) = crypto::new_token();
        let expires_at = self.ctx.now + Duration::days(self.ctx.policy.invitation_days);
        links::create_invitation(
            c,
            &hash,
            &user.id,
            Some(&inviter.id),
            self.ctx.now,
            expires_at,
        )?;
        // The token travels in the fragment, which browsers never send to a server or in a Referer.
        self.email(
            c,
            &user.email,
            TemplateKey::Invitation,
            &[
                (
                    "sign_in_link",
                    format!("{}/invitation#{token}", self.public_url),
                ),
                ("expires_on", self.london_date(expires_at)),
            ],
            format!("invitation:{}", &hash[..32]),
        )
    }

    /// An administrator or co-ordinator invites a person with a fixed role; an
    /// administrator may also put them in a setting or teams, written in the
    /// same transaction as the account.
    pub fn invite(
        &self,
        inviter: &User,
        email: Email,
        name: DisplayName,
        role: Role,
        invited_to: InvitedTo,
    ) -> Result<User, ApiError> {
        if !inviter.role.may_invite(role) {
            return Err(ApiError::Forbidden(format!(
                "A {} cannot invite a {}.",
                inviter.role.label().to_lowercase(),
                role.label().to_lowercase()
            )));
        }
        if !invited_to.is_empty() && !may_manage_organisations(inviter.role) {
            return Err(ApiError::Forbidden(
                "Only administrators can add people to teams and education settings.".into(),
            ));
        }
        // Neither teams nor settings are ever deleted, so checking they exist
        // before the write's transaction is enough.
        self.check_exists(&invited_to)?;
        let new = NewUser {
            id: UserId::new(uuid::Uuid::now_v7().to_string()),
            email,
            display_name: name,
            role,
            status: UserStatus::Invited,
            password_hash: None,
        };
        let event = NewAuditEvent::new(by(inviter), "user.invited", AuditOutcome::Success)
            .object("user", new.id.as_str())
            .detail(format!("role {}", role.as_str()))
            .request_id(self.ctx.request_id.clone());
        let membership_by = AuditContext {
            actor: by(inviter),
            request_id: self.ctx.request_id.clone(),
        };
        self.ctx
            .db
            .transaction(|c| {
                let user = users::create(c, &new, &event, self.ctx.now)?;
                self.add_memberships(c, &user, &invited_to, &membership_by)?;
                self.send_invitation(c, &user, inviter)?;
                Ok(user)
            })
            .map_err(|e| match e {
                PersistenceError::Conflict(_) => ApiError::Invalid(vec![FieldError {
                    field: "email".into(),
                    code: "taken".into(),
                    message: "An account with this email address already exists. A role never changes: \
                              to give this person another role, create an account with a different email address"
                        .into(),
                }]),
                other => other.into(),
            })
    }

    /// A 422 naming each setting or team that does not exist.
    fn check_exists(&self, invited_to: &InvitedTo) -> Result<(), ApiError> {
        if invited_to.is_empty() {
            return Ok(());
        }
        let mut c = self.ctx.db.conn()?;
        let mut errors = Vec::new();
        if let Some((setting, _)) = &invited_to.setting {
            match education_settings::find(&mut c, setting) {
                Ok(_) => {}
                Err(PersistenceError::NotFound) => errors.push(FieldError {
                    field: "setting_id".into(),
                    code: "unknown_setting".into(),
                    message: "There is no education setting with this id".into(),
                }),
                Err(e) => return Err(e.into()),
            }
        }
        for (index, (team, _)) in invited_to.teams.iter().enumerate() {
            match teams::find(&mut c, team) {
                Ok(_) => {}
                Err(PersistenceError::NotFound) => errors.push(FieldError {
                    field: format!("teams.{index}.team_id"),
                    code: "unknown_team".into(),
                    message: "There is no team with this id".into(),
                }),
                Err(e) => return Err(e.into()),
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ApiError::Invalid(errors))
        }
    }

    /// Puts a just-invited person in their setting and teams, as an
    /// administrator would one by one (each audited).
    fn add_memberships(
        &self,
        c: &mut DbConnection,
        user: &User,
        invited_to: &InvitedTo,
        audit_by: &AuditContext,
    ) -> Result<(), PersistenceError> {
        // The caller matched the role to the memberships, so a refusal here is a bug.
        let wrong_role = |e: domain::people::InvalidValue| {
            PersistenceError::Database(format!("invited {} cannot join: {e}", user.id))
        };
        if let Some((setting, title)) = &invited_to.setting {
            let staff = SettingStaffCandidate::check(user).map_err(wrong_role)?;
            education_settings::put_member(c, setting, &staff, title, audit_by, self.ctx.now)?;
        }
        if !invited_to.teams.is_empty() {
            let member = TeamMemberCandidate::check(user).map_err(wrong_role)?;
            for (team, manager) in &invited_to.teams {
                teams::put_member(c, team, &member, *manager, audit_by, self.ctx.now)?;
            }
        }
        Ok(())
    }

    /// Sends a fresh link to someone who has not registered yet (the old link stops working).
    pub fn resend_invitation(&self, inviter: &User, user_id: &UserId) -> Result<User, ApiError> {
        self.ctx.db.transaction(|c| {
            let user = users::find_by_id(c, user_id)?;
            if !inviter.role.may_invite(user.role) {
                return Ok(Err(ApiError::NotFound));
            }
            if user.status != UserStatus::Invited {
                return Ok(Err(ApiError::Conflict(
                    "This person has registered already.".into(),
                )));
            }
            self.send_invitation(c, &user, inviter)?;
            self.audit(
                c,
                NewAuditEvent::new(by(inviter), "user.invitation_resent", AuditOutcome::Success)
                    .object("user", user.id.as_str()),
            )?;
            Ok(Ok(user))
        })?
    }

    /// Who an invitation link is for, to greet them on the "choose a password" page.
    pub fn invitation(&self, token: &str) -> Result<User, ApiError> {
        let mut c = self.ctx.db.conn()?;
        match links::find_invitation(&mut c, &crypto::token_hash(token))? {
            Some(link) if link.usable(self.ctx.now) => {
                Ok(users::find_by_id(&mut c, &link.user_id)?)
            }
            _ => Err(link_not_valid("invitation")),
        }
    }

    /// Registration: the invited person chooses a password. Returns the user and a
    /// pending sign-in token, so that setting up the second factor follows at once.
    pub fn accept_invitation(
        &self,
        token: &str,
        password: &str,
    ) -> Result<(User, String), ApiError> {
        let hash = crypto::token_hash(token);
        let user = self.invitation(token)?;
        self.check_password(password, &user)?;
        let password_hash = crate::passwords::hash(password).map_err(ApiError::Internal)?;
        self.ctx.db.transaction(|c| {
            if !links::use_invitation(c, &hash, self.ctx.now)? {
                return Ok(Err(link_not_valid("invitation")));
            }
            users::set_password(c, &user.id, &password_hash, self.ctx.now)?;
            let (pending_token, pending_hash) = crypto::new_token();
            let expires = self.ctx.now + Duration::minutes(self.ctx.policy.pending_minutes);
            store::create_pending(c, &pending_hash, &user.id, self.ctx.now, expires)?;
            self.audit(
                c,
                NewAuditEvent::new(
                    AuditActor::User(user.id.to_string()),
                    "user.registered",
                    AuditOutcome::Success,
                )
                .object("user", user.id.as_str()),
            )?;
            Ok(Ok((users::find_by_id(c, &user.id)?, pending_token)))
        })?
    }

    fn check_password(&self, password: &str, user: &User) -> Result<(), ApiError> {
        self.password_policy
            .check(
                password,
                &[
                    self.la_name,
                    user.email.local_part(),
                    user.display_name.as_str(),
                ],
            )
            .map_err(|problems| {
                ApiError::Invalid(
                    problems
                        .iter()
                        .map(|p| FieldError {
                            field: "password".into(),
                            code: p.code().into(),
                            message: p.message(),
                        })
                        .collect(),
                )
            })
    }

    /// "Forgot your password": the same answer whether or not the email has an
    /// account; a link is sent only to an active account, at most 3 an hour.
    pub fn request_reset(&self, email: &Email) -> Result<(), ApiError> {
        Ok(self.ctx.db.transaction(|c| {
            let Some(creds) = store::credentials_by_email(c, email)? else {
                self.audit(
                    c,
                    NewAuditEvent::new(
                        AuditActor::Anonymous,
                        "auth.password_reset.requested",
                        AuditOutcome::Failure,
                    )
                    .detail("unknown email"),
                )?;
                return Ok(());
            };
            let user = creds.user;
            let recent = links::resets_since(c, &user.id, self.ctx.now - Duration::hours(1))?;
            if !user.status.may_sign_in() || recent >= 3 {
                let why = if recent >= 3 {
                    "too many requests this hour"
                } else {
                    "account not active"
                };
                self.audit(
                    c,
                    NewAuditEvent::new(
                        by(&user),
                        "auth.password_reset.requested",
                        AuditOutcome::Failure,
                    )
                    .object("user", user.id.as_str())
                    .detail(why),
                )?;
                return Ok(());
            }
            let (token, hash) = crypto::new_token();
            let minutes = self.ctx.policy.reset_minutes;
            links::create_reset(
                c,
                &hash,
                &user.id,
                self.ctx.now,
                self.ctx.now + Duration::minutes(minutes),
            )?;
            self.email(
                c,
                &user.email,
                TemplateKey::PasswordReset,
                &[
                    (
                        "sign_in_link",
                        format!("{}/reset-password#{token}", self.public_url),
                    ),
                    ("minutes_valid", minutes.to_string()),
                ],
                format!("password-reset:{}", &hash[..32]),
            )?;
            self.audit(
                c,
                NewAuditEvent::new(
                    by(&user),
                    "auth.password_reset.requested",
                    AuditOutcome::Success,
                )
                .object("user", user.id.as_str()),
            )
        })?)
    }

    /// A new password from a reset link. Every session ends; the next sign-in
    /// still needs the second factor.
    pub fn complete_reset(&self, token: &str, password: &str) -> Result<(), ApiError> {
        let hash = crypto::token_hash(token);
        let mut c = self.ctx.db.conn()?;
        let link = links::find_reset(&mut c, &hash)?
            .filter(|l| l.usable(self.ctx.now))
            .ok_or_else(|| link_not_valid("password reset"))?;
        let user = users::find_by_id(&mut c, &link.user_id)?;
        drop(c);
        self.check_password(password, &user)?;
        let password_hash = crate::passwords::hash(password).map_err(ApiError::Internal)?;
        self.ctx.db.transaction(|c| {
            if !links::use_reset(c, &hash, &user.id, self.ctx.now)? {
                return Ok(Err(link_not_valid("password reset")));
            }
            users::set_password(c, &user.id, &password_hash, self.ctx.now)?;
            store::set_lockout(c, &user.id, domain::sign_in::Lockout::after_success())?;
            store::revoke_sessions_of(c, &user.id, None, "password reset", self.ctx.now)?;
            store::close_pending_for(c, &user.id, self.ctx.now)?;
            self.email(
                c,
                &user.email,
                TemplateKey::PasswordChanged,
                &[("sign_in_link", format!("{}/sign-in", self.public_url))],
                format!("password-changed:{}", &hash[..32]),
            )?;
            self.audit(
                c,
                NewAuditEvent::new(
                    by(&user),
                    "auth.password_reset.completed",
                    AuditOutcome::Success,
                )
                .object("user", user.id.as_str()),
            )?;
            Ok(Ok(()))
        })?
    }

    /// Checks the signed-in person's password again before a sensitive change; a
    /// wrong one counts towards the lockout like any other.
    fn reauthenticate(&self, user: &User, password: &str) -> Result<(), ApiError> {
        let mut c = self.ctx.db.conn()?;
        let creds = store::credentials_by_id(&mut c, &user.id)?;
        drop(c);
        let ok = creds
            .password_hash
            .as_deref()
            .is_some_and(|h| crate::passwords::verify(password, h));
        if ok && !creds.lockout.is_locked(self.ctx.now) {
            return Ok(());
        }
        self.ctx.db.transaction(|c| {
            let after = creds.lockout.after_failure(self.ctx.policy, self.ctx.now);
            store::set_lockout(c, &user.id, after)?;
            self.audit(
                c,
                NewAuditEvent::new(by(user), "auth.reauthenticate", AuditOutcome::Failure)
                    .object("user", user.id.as_str()),
            )
        })?;
        Err(ApiError::Unauthorized {
            detail: "Your current password is not right.".into(),
            errors: vec![FieldError {
                field: "current_password".into(),
                code: "incorrect".into(),
                message: "Enter your current password".into(),
            }],
        })
    }

    /// A signed-in person changes their password; their other sessions end.
    pub fn change_password(
        &self,
        user: &User,
        session_id: &str,
        current: &str,
        new: &str,
    ) -> Result<(), ApiError> {
        self.reauthenticate(user, current)?;
        self.check_password(new, user)?;
        let hash = crate::passwords::hash(new).map_err(ApiError::Internal)?;
        Ok(self.ctx.db.transaction(|c| {
            users::set_password(c, &user.id, &hash, self.ctx.now)?;
            store::set_lockout(c, &user.id, domain::sign_in::Lockout::after_success())?;
            store::revoke_sessions_of(
                c,
                &user.id,
                Some(session_id),
                "password changed",
                self.ctx.now,
            )?;
            let reference = format!("password-changed:{}", uuid::Uuid::now_v7().simple());
            self.email(
                c,
                &user.email,
                TemplateKey::PasswordChanged,
                &[("sign_in_link", format!("{}/sign-in", self.public_url))],
                reference,
            )?;
            self.audit(
                c,
                NewAuditEvent::new(by(user), "auth.password_changed", AuditOutcome::Success)
                    .object("user", user.id.as_str()),
            )
        })?)
    }

    /// A signed-in person replaces their second factor: after their password, the
    /// old factor and this session end, and a pending sign-in leads to setting up
    /// the new one (as at first sign-in). Returns the pending token.
    pub fn restart_second_factor(&self, user: &User, password: &str) -> Result<String, ApiError> {
        self.reauthenticate(user, password)?;
        Ok(self.ctx.db.transaction(|c| {
            store::remove_second_factor(c, &user.id)?;
            store::revoke_sessions_of(c, &user.id, None, "second factor changed", self.ctx.now)?;
            let (token, hash) = crypto::new_token();
            let expires = self.ctx.now + Duration::minutes(self.ctx.policy.pending_minutes);
            store::create_pending(c, &hash, &user.id, self.ctx.now, expires)?;
            let reference = format!("2fa-changed:{}", uuid::Uuid::now_v7().simple());
            self.email(
                c,
                &user.email,
                TemplateKey::SecondFactorChanged,
                &[("sign_in_link", format!("{}/sign-in", self.public_url))],
                reference,
            )?;
            self.audit(
                c,
                NewAuditEvent::new(
                    by(user),
                    "auth.second_factor.changing",
                    AuditOutcome::Success,
                )
                .object("user", user.id.as_str()),
            )?;
            Ok(token)
        })?)
    }

    fn administered(
        &self,
        admin: &User,
        c: &mut DbConnection,
        user_id: &UserId,
    ) -> Result<Result<User, ApiError>, PersistenceError> {
        if !admin.role.may_administer_accounts() {
            return Ok(Err(ApiError::Forbidden(
                "Only administrators can change other people's accounts.".into(),
            )));
        }
        match users::find_by_id(c, user_id) {
            Ok(user) => Ok(Ok(user)),
            Err(PersistenceError::NotFound) => Ok(Err(ApiError::NotFound)),
            Err(e) => Err(e),
        }
    }

    /// Suspension ends every session of the person at once.
    pub fn suspend(&self, admin: &User, user_id: &UserId) -> Result<User, ApiError> {
        self.ctx.db.transaction(|c| {
            let user = match self.administered(admin, c, user_id)? {
                Ok(u) => u,
                Err(e) => return Ok(Err(e)),
            };
            if user.id == admin.id {
                return Ok(Err(ApiError::Conflict(
                    "You cannot suspend your own account.".into(),
                )));
            }
            users::set_status(c, &user.id, UserStatus::Suspended, self.ctx.now)?;
            let ended = store::revoke_sessions_of(c, &user.id, None, "suspended", self.ctx.now)?;
            store::close_pending_for(c, &user.id, self.ctx.now)?;
            self.audit(
                c,
                NewAuditEvent::new(by(admin), "user.suspended", AuditOutcome::Success)
                    .object("user", user.id.as_str())
                    .detail(format!("{ended} sessions ended")),
            )?;
            Ok(Ok(users::find_by_id(c, &user.id)?))
        })?
    }

    /// Reactivation: an account that had registered is active again; one that had not is invited again.
    pub fn reactivate(&self, admin: &User, user_id: &UserId) -> Result<User, ApiError> {
        self.ctx.db.transaction(|c| {
            let user = match self.administered(admin, c, user_id)? {
                Ok(u) => u,
                Err(e) => return Ok(Err(e)),
            };
            if user.status != UserStatus::Suspended {
                return Ok(Err(ApiError::Conflict(
                    "This account is not suspended.".into(),
                )));
            }
            let registered = store::credentials_by_id(c, &user.id)?
                .password_hash
                .is_some();
            let status = if registered {
                UserStatus::Active
            } else {
                UserStatus::Invited
            };
            users::set_status(c, &user.id, status, self.ctx.now)?;
            self.audit(
                c,
                NewAuditEvent::new(by(admin), "user.reactivated", AuditOutcome::Success)
                    .object("user", user.id.as_str()),
            )?;
            Ok(Ok(users::find_by_id(c, &user.id)?))
        })?
    }

    /// Clears the second factor: the person sets one up again at next sign-in.
    pub fn reset_second_factor(&self, admin: &User, user_id: &UserId) -> Result<User, ApiError> {
        self.ctx.db.transaction(|c| {
            let user = match self.administered(admin, c, user_id)? {
                Ok(u) => u,
                Err(e) => return Ok(Err(e)),
            };
            store::remove_second_factor(c, &user.id)?;
            store::revoke_sessions_of(c, &user.id, None, "second factor reset", self.ctx.now)?;
            store::close_pending_for(c, &user.id, self.ctx.now)?;
            let reference = format!("2fa-reset:{}", uuid::Uuid::now_v7().simple());
            self.email(
                c,
                &user.email,
                TemplateKey::TwoFactorReset,
                &[("sign_in_link", format!("{}/sign-in", self.public_url))],
                reference,
            )?;
            self.audit(
                c,
                NewAuditEvent::new(by(admin), "user.second_factor_reset", AuditOutcome::Success)
                    .object("user", user.id.as_str()),
            )?;
            Ok(Ok(user))
        })?
    }
}

/// Runs an account flow off the async executor, with everything it needs from the state.
pub async fn run<T: Send + 'static>(
    state: &actix_web::web::Data<crate::state::AppState>,
    f: impl FnOnce(&Accounts) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let state = state.get_ref().clone();
    let request_id = crate::request_id::current_request_id();
    crate::problem::blocking(move || {
        let settings = &state.settings;
        let public_url = settings.public_url();
        let accounts = Accounts {
            ctx: Context {
                db: &state.db,
                keys: &state.keys,
                policy: &settings.sign_in,
                now: state.now(),
                request_id,
                issuer: &settings.la.name,
            },
            la_name: &settings.la.name,
            public_url: &public_url,
            password_policy: settings.password_policy(),
        };
        f(&accounts)
    })
    .await
}

fn link_not_valid(what: &str) -> ApiError {
    ApiError::Invalid(vec![FieldError {
        field: "token".into(),
        code: "link_not_valid".into(),
        message: format!(
            "This {what} link has expired or has been used. Ask for a new one: links work once and for a limited time"
        ),
    }])
}
