-- The reminders and overdue notices the advice sweep has sent, one row per
-- request and kind, written with the messages: the next sweep reads a page's
-- rows in one query instead of looking up every holder again.
CREATE TABLE advice_notices (
    request_id TEXT NOT NULL REFERENCES advice_requests (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    PRIMARY KEY (request_id, kind)
);
