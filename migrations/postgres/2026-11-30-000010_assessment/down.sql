DROP TABLE idempotency_keys;
DROP TABLE case_timeline;
DROP TABLE advice_allocations;
DROP TABLE advice_requests;
DROP TABLE case_access;
DROP TABLE case_children;
DROP TABLE request_co_authors;
DROP TABLE assessment_requests;
