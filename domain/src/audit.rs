//! What the audit trail records: who did what to which object, and how it ended.
//! The trail is append-only; the rules for sealing it live with its storage.

use serde::{Deserialize, Serialize};

/// Who acted: a signed-in person, an integration client, the system itself
/// (jobs, start-up), or an anonymous caller (failed sign-in, public form).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum AuditActor {
    User(String),
    Client(String),
    System,
    Anonymous,
}

impl AuditActor {
    pub fn kind(&self) -> &'static str {
        match self {
            AuditActor::User(_) => "user",
            AuditActor::Client(_) => "client",
            AuditActor::System => "system",
            AuditActor::Anonymous => "anonymous",
        }
    }
    pub fn id(&self) -> Option<&str> {
        match self {
            AuditActor::User(id) | AuditActor::Client(id) => Some(id),
            AuditActor::System | AuditActor::Anonymous => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditOutcome {
    Success,
    Failure,
    Denied,
}

impl AuditOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            AuditOutcome::Success => "success",
            AuditOutcome::Failure => "failure",
            AuditOutcome::Denied => "denied",
        }
    }
}

/// One entry to append. `action` is a stable dotted name (`user.created`,
/// `auth.sign_in`, `case.read`); `detail` must never hold passwords, codes,
/// tokens or a child's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAuditEvent {
    pub actor: AuditActor,
    pub action: String,
    pub object_type: Option<String>,
    pub object_id: Option<String>,
    pub outcome: AuditOutcome,
    pub request_id: Option<String>,
    pub detail: Option<String>,
}

impl NewAuditEvent {
    pub fn new(actor: AuditActor, action: impl Into<String>, outcome: AuditOutcome) -> Self {
        Self {
            actor,
            action: action.into(),
            object_type: None,
            object_id: None,
            outcome,
            request_id: None,
            detail: None,
        }
    }
    pub fn object(mut self, object_type: impl Into<String>, object_id: impl Into<String>) -> Self {
        self.object_type = Some(object_type.into());
        self.object_id = Some(object_id.into());
        self
    }
    pub fn request_id(mut self, request_id: Option<String>) -> Self {
        self.request_id = request_id;
        self
    }
    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }
}
