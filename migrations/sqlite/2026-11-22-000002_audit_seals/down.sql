DROP TRIGGER audit_seals_no_delete;
DROP TRIGGER audit_seals_no_update;
DROP TABLE audit_seals;
