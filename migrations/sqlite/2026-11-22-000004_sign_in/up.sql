-- Sign-in: lockout counters, second factors, pending sign-ins between password
-- and code, server-side sessions, recovery codes. Tokens and codes are stored
-- only as hashes; TOTP secrets only encrypted.
ALTER TABLE users ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until TIMESTAMP;

CREATE TABLE second_factors (
    user_id TEXT PRIMARY KEY NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL CHECK (kind IN ('totp', 'sms')),
    totp_secret TEXT,
    totp_last_step BIGINT,
    phone TEXT,
    confirmed_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE pending_sign_ins (
    token_hash TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    sms_code_hash TEXT,
    sms_code_expires_at TIMESTAMP,
    sms_sent_at TEXT NOT NULL DEFAULT '[]',
    completed_at TIMESTAMP
);
CREATE INDEX pending_sign_ins_user ON pending_sign_ins (user_id);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    revoked_reason TEXT
);
CREATE INDEX sessions_live_by_user ON sessions (user_id) WHERE revoked_at IS NULL;

CREATE TABLE recovery_codes (
    user_id TEXT NOT NULL REFERENCES users (id),
    code_hash TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    PRIMARY KEY (user_id, code_hash)
);
