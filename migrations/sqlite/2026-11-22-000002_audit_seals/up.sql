-- One seal per audit entry, chained in sequence order: each covers its entry's
-- content and the previous seal. Written by the sealing job, never changed.
CREATE TABLE audit_seals (
    seq INTEGER PRIMARY KEY NOT NULL REFERENCES audit_events (seq),
    seal TEXT NOT NULL,
    sealed_at TIMESTAMP NOT NULL
);
CREATE TRIGGER audit_seals_no_update BEFORE UPDATE ON audit_seals
BEGIN
    SELECT RAISE(ABORT, 'audit_seals is append-only');
END;
CREATE TRIGGER audit_seals_no_delete BEFORE DELETE ON audit_seals
BEGIN
    SELECT RAISE(ABORT, 'audit_seals is append-only');
END;
