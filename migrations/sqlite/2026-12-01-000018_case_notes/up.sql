-- Notes on a case's timeline. A note is a draft, its author's alone, until it
-- is submitted (submitted_at set): then everyone who sees the timeline reads
-- it, a timeline entry (note.added) names it, and it never changes again.
-- version is the draft's ETag for If-Match.
CREATE TABLE case_notes (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id),
    author_id TEXT NOT NULL REFERENCES users (id),
    text TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    submitted_at TIMESTAMP,
    version BIGINT NOT NULL DEFAULT 1
);
-- A timeline read finds the reader's drafts on the case.
CREATE INDEX case_notes_by_case_author ON case_notes (case_id, author_id);
