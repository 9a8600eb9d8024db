-- The reasons the LA gave with a decision (not to assess, not to issue), kept
-- with the decision so its letter can quote them.
ALTER TABLE case_events ADD COLUMN note TEXT;
