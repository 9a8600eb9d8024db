-- In-app notifications: each person's inbox in the web app, beside (or instead
-- of) email for messages that are not about security.
CREATE TABLE inbox_items (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    reference TEXT NOT NULL,
    template_key TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    link TEXT,
    created_at TIMESTAMP NOT NULL,
    read_at TIMESTAMP
);
CREATE UNIQUE INDEX inbox_items_user_reference ON inbox_items (user_id, reference);
CREATE INDEX inbox_items_unread ON inbox_items (user_id, created_at) WHERE read_at IS NULL;

ALTER TABLE users ADD COLUMN email_notifications BOOLEAN NOT NULL DEFAULT TRUE;
