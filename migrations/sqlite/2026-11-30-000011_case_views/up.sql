-- The child's views ("About me") and the parents' or carers' views on a case:
-- one text each, written by the family or entered on their behalf by a setting
-- or the co-ordinator (recorded as such). Photos, videos and scans attach to
-- these through documents.
CREATE TABLE case_views (
    case_id TEXT NOT NULL REFERENCES cases (id),
    kind TEXT NOT NULL CHECK (kind IN ('child', 'parent')),
    body TEXT NOT NULL,
    written_by TEXT NOT NULL REFERENCES users (id),
    on_behalf BOOLEAN NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL DEFAULT 1,
    PRIMARY KEY (case_id, kind)
);
