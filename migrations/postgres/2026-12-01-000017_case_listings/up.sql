-- Where each case is listed for people who do not see every case: one row per
-- key the access policy lets someone open it under (family:<user>,
-- named:<user>, setting:<setting>, holder:<user>, team:<team>) and
-- awaiting:<team> while a request to that team waits to be allocated.
-- grace_from is the day a grace period runs from (9999-12-31: none), so a
-- tray filters expired access with `grace_from >= today - grace days`.
-- Derived from the case in the transaction that changes it; listings_version
-- says which rules derived them, and the server relists older ones at start.
CREATE TABLE case_listings (
    listed_to TEXT NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    grace_from DATE NOT NULL,
    -- grace_from rides in the key's index, so a tray reads a person's
    -- listings from the index alone.
    PRIMARY KEY (listed_to, case_id) INCLUDE (grace_from)
);
CREATE INDEX case_listings_case ON case_listings (case_id);
ALTER TABLE cases ADD COLUMN listings_version INTEGER NOT NULL DEFAULT 0;
