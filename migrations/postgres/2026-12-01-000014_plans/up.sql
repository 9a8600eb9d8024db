-- EHC plans. Each version of a case's plan is a row: a draft (its author's
-- alone), then shared with the family and consulted settings, then final
-- (frozen: nothing changes it again; an amendment is a new version). The
-- content is the domain's plan (sections A-K) as JSON.
CREATE TABLE plans (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id),
    version_no INTEGER NOT NULL CHECK (version_no >= 1),
    status TEXT NOT NULL CHECK (status IN ('draft', 'shared', 'final')),
    content TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES users (id),
    -- The day the draft was served on the family (the representations clock, D5).
    shared_on DATE,
    issued_on DATE,
    next_review_on DATE,
    issued_by TEXT REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    UNIQUE (case_id, version_no),
    CHECK ((status = 'final') = (issued_on IS NOT NULL)),
    CHECK (status = 'draft' OR shared_on IS NOT NULL OR status = 'final')
);
-- At most one plan being written per case.
CREATE UNIQUE INDEX plans_one_open ON plans (case_id) WHERE status <> 'final';

-- What the family says about a shared draft: a comment on a section, a request
-- for a meeting, or the setting they would like named.
CREATE TABLE plan_representations (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL REFERENCES plans (id),
    author_id TEXT NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL CHECK (kind IN ('comment', 'meeting', 'preferred_setting')),
    section TEXT,
    body TEXT NOT NULL,
    setting_id TEXT REFERENCES education_settings (id),
    created_at TIMESTAMP NOT NULL,
    CHECK ((kind = 'comment') = (section IS NOT NULL))
);
CREATE INDEX plan_representations_by_plan ON plan_representations (plan_id, created_at);

-- Settings consulted on being named in the plan, and their answers (D6).
CREATE TABLE plan_consultations (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL REFERENCES plans (id),
    setting_id TEXT NOT NULL REFERENCES education_settings (id),
    sent_by TEXT NOT NULL REFERENCES users (id),
    sent_on DATE NOT NULL,
    answer TEXT CHECK (answer IN ('yes', 'no')),
    reasons TEXT NOT NULL DEFAULT '',
    answered_by TEXT REFERENCES users (id),
    answered_at TIMESTAMP,
    UNIQUE (plan_id, setting_id),
    CHECK ((answer IS NULL) = (answered_at IS NULL))
);
