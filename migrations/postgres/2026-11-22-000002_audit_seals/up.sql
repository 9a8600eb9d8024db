-- One seal per audit entry, chained in sequence order: each covers its entry's
-- content and the previous seal. Written by the sealing job, never changed.
CREATE TABLE audit_seals (
    seq BIGINT PRIMARY KEY REFERENCES audit_events (seq),
    seal TEXT NOT NULL,
    sealed_at TIMESTAMP NOT NULL
);
CREATE TRIGGER audit_seals_no_update BEFORE UPDATE OR DELETE ON audit_seals
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_seals_no_truncate BEFORE TRUNCATE ON audit_seals
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
