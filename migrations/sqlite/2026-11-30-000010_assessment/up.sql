-- The assessment pathway: requests for assessment (drafts, submitted, registered
-- as cases), the child a case is about, who has been granted the case,
-- requests for advice with their answers, the case timeline, and the responses
-- remembered for Idempotency-Key retries.
CREATE TABLE assessment_requests (
    id TEXT PRIMARY KEY NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'registered')),
    route TEXT NOT NULL CHECK (route IN ('setting', 'parent', 'coordinator')),
    author_id TEXT REFERENCES users (id),
    setting_id TEXT REFERENCES education_settings (id),
    content TEXT NOT NULL,
    received_on DATE,
    received_via TEXT,
    submitted_at TIMESTAMP,
    case_id TEXT REFERENCES cases (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX assessment_requests_author ON assessment_requests (author_id, status);
CREATE INDEX assessment_requests_waiting ON assessment_requests (status, received_on, id);

CREATE TABLE request_co_authors (
    request_id TEXT NOT NULL REFERENCES assessment_requests (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id),
    added_at TIMESTAMP NOT NULL,
    PRIMARY KEY (request_id, user_id)
);
CREATE INDEX request_co_authors_user ON request_co_authors (user_id);

-- The child a case is about (the date of birth, which the clock reads, stays on
-- the case). Correctable by a co-ordinator; never sent in any message.
CREATE TABLE case_children (
    case_id TEXT PRIMARY KEY NOT NULL REFERENCES cases (id),
    given_names TEXT NOT NULL,
    family_name TEXT NOT NULL,
    looked_after BOOLEAN NOT NULL DEFAULT FALSE,
    parental_responsibility TEXT NOT NULL DEFAULT '',
    preferred_language TEXT NOT NULL DEFAULT '',
    setting_id TEXT REFERENCES education_settings (id),
    updated_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX case_children_setting ON case_children (setting_id);

-- Who has been granted the case: family members and named people by user id,
-- settings (all their staff) by setting id.
CREATE TABLE case_access (
    case_id TEXT NOT NULL REFERENCES cases (id),
    party_kind TEXT NOT NULL CHECK (party_kind IN ('family', 'person', 'setting')),
    party_id TEXT NOT NULL,
    granted_by TEXT NOT NULL REFERENCES users (id),
    granted_at TIMESTAMP NOT NULL,
    PRIMARY KEY (case_id, party_kind, party_id)
);
CREATE INDEX case_access_party ON case_access (party_kind, party_id);

CREATE TABLE advice_requests (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id),
    kind TEXT NOT NULL CHECK (kind IN ('advice', 'review_views')),
    recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('person', 'team')),
    recipient_id TEXT NOT NULL,
    state TEXT NOT NULL,
    note TEXT NOT NULL,
    sent_on DATE NOT NULL,
    completed_on DATE,
    -- The answer (JSON), draft or submitted; "not known to the service" details.
    content TEXT,
    declined_note TEXT,
    answered_by TEXT REFERENCES users (id),
    requested_by TEXT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX advice_requests_case ON advice_requests (case_id);
CREATE INDEX advice_requests_recipient ON advice_requests (recipient_kind, recipient_id, state);

CREATE TABLE advice_allocations (
    request_id TEXT NOT NULL REFERENCES advice_requests (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    allocated_by TEXT NOT NULL REFERENCES users (id),
    allocated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (request_id, user_id)
);
CREATE INDEX advice_allocations_user ON advice_allocations (user_id);

-- Everything that happened on a case, for people: who, when, what.
CREATE TABLE case_timeline (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id),
    at TIMESTAMP NOT NULL,
    actor_id TEXT REFERENCES users (id),
    kind TEXT NOT NULL,
    summary TEXT NOT NULL,
    object_kind TEXT,
    object_id TEXT
);
CREATE INDEX case_timeline_case ON case_timeline (case_id, at, id);

-- A create request's response, kept so a retry with the same Idempotency-Key
-- gets the same answer instead of creating a second thing.
CREATE TABLE idempotency_keys (
    principal TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    operation TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    location TEXT,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (principal, idempotency_key)
);
