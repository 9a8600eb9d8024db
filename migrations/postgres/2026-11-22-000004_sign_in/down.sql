DROP TABLE recovery_codes;
DROP TABLE sessions;
DROP TABLE pending_sign_ins;
DROP TABLE second_factors;
ALTER TABLE users DROP COLUMN locked_until;
ALTER TABLE users DROP COLUMN failed_attempts;
