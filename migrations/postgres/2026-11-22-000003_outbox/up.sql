-- Messages waiting to go, written in the transaction of the change that causes
-- them (architecture.md, "Work that happens later"). A worker claims due rows
-- with a lease, sends them, and records the outcome; the rendered subject and
-- body stay here so the local mailbox can show them.
CREATE TABLE outbox_messages (
    id TEXT PRIMARY KEY,
    -- Our idempotency reference: one row per reference, never personal data.
    reference TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    recipient TEXT NOT NULL,
    template_key TEXT NOT NULL,
    personalisation TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'delivered', 'failed_permanently')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    claimed_until TIMESTAMP,
    last_error TEXT,
    provider_id TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX outbox_messages_reference_key ON outbox_messages (reference);
CREATE INDEX outbox_messages_due ON outbox_messages (next_attempt_at) WHERE status = 'pending';
CREATE INDEX outbox_messages_leased ON outbox_messages (claimed_until) WHERE status = 'sending';
CREATE UNIQUE INDEX outbox_messages_provider_id_key ON outbox_messages (provider_id) WHERE provider_id IS NOT NULL;
CREATE INDEX outbox_messages_recent ON outbox_messages (created_at, id);
CREATE INDEX outbox_messages_recipient ON outbox_messages (recipient, created_at);

-- An administrator's wording for a message type, replacing the built-in default.
CREATE TABLE notification_templates (
    template_key TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    updated_by TEXT
);
