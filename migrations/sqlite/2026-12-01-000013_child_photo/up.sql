-- The child's photo (in the child's details) is a document of its own section.
-- SQLite cannot change a CHECK constraint, so the table is rebuilt.
CREATE TABLE documents_new (
    id TEXT PRIMARY KEY NOT NULL,
    section TEXT NOT NULL
        CHECK (section IN ('child_views', 'parent_views', 'evidence', 'advice', 'request', 'child_photo')),
    case_id TEXT REFERENCES cases (id),
    advice_request_id TEXT REFERENCES advice_requests (id),
    assessment_request_id TEXT REFERENCES assessment_requests (id),
    file_name TEXT NOT NULL,
    -- Sniffed from the bytes; one of the allow-list in domain::documents.
    media_type TEXT NOT NULL,
    byte_size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    storage_key TEXT NOT NULL UNIQUE,
    -- Empty for a file the family sent with the public request form (no account).
    uploaded_by TEXT REFERENCES users (id),
    on_behalf BOOLEAN NOT NULL,
    uploaded_at TIMESTAMP NOT NULL,
    redacted_at TIMESTAMP,
    redacted_by TEXT REFERENCES users (id),
    redaction_reason TEXT,
    CHECK ((section = 'advice') = (advice_request_id IS NOT NULL)),
    CHECK ((section = 'request') = (assessment_request_id IS NOT NULL)),
    CHECK (section IN ('advice', 'request') OR case_id IS NOT NULL)
);
INSERT INTO documents_new SELECT * FROM documents;
DROP TABLE documents;
ALTER TABLE documents_new RENAME TO documents;
CREATE INDEX documents_by_case ON documents (case_id, section, uploaded_at);
CREATE INDEX documents_by_advice ON documents (advice_request_id);
CREATE INDEX documents_by_request ON documents (assessment_request_id);
