DROP TABLE case_exceptions;
DROP TABLE case_events;
DROP TABLE cases;
