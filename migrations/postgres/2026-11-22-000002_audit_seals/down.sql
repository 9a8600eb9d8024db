DROP TABLE audit_seals;
