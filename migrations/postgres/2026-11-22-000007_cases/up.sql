-- The first case tables: a case, its dated events (what the statutory clock
-- reads) and the exceptions recorded against its deadlines. `next_deadline_on`
-- is kept up to date in the transaction that changes the case, so trays filter
-- on an indexed column instead of computing deadlines per request.
CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    case_ref TEXT NOT NULL,
    stage TEXT NOT NULL,
    stage_before_closure TEXT,
    coordinator_id TEXT REFERENCES users (id),
    child_born_on DATE,
    request_received_on DATE,
    next_deadline_id TEXT,
    next_deadline_on DATE,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX cases_case_ref_key ON cases (case_ref COLLATE "C");
CREATE INDEX cases_next_deadline ON cases (next_deadline_on, id) WHERE next_deadline_on IS NOT NULL;

CREATE TABLE case_events (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    occurred_on DATE NOT NULL,
    event TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    recorded_by TEXT REFERENCES users (id)
);
CREATE INDEX case_events_case ON case_events (case_id, occurred_on, recorded_at);

CREATE TABLE case_exceptions (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    code TEXT NOT NULL,
    from_on DATE NOT NULL,
    to_on DATE,
    note TEXT NOT NULL,
    advice_request_id TEXT,
    recorded_by TEXT NOT NULL REFERENCES users (id),
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX case_exceptions_case ON case_exceptions (case_id);
