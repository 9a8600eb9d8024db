-- Work trays read one table. What they filter and sort on is kept on the case,
-- in the transaction that changes it: the child's name (as shown, and as
-- searched: lower case, single spaces), the child's setting, the flags a
-- co-ordinator sets, and the next deadline as a sortable date (9999-12-31 when
-- there is none, so cases without one sort last on both databases).
ALTER TABLE cases ADD COLUMN child_name TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN child_name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN setting_id TEXT REFERENCES education_settings (id);
ALTER TABLE cases ADD COLUMN deadline_sort DATE NOT NULL DEFAULT '9999-12-31';
ALTER TABLE cases ADD COLUMN flag_mediation BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN flag_tribunal BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN flag_safeguarding BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN flag_eotas BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN flag_looked_after BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN flag_neet BOOLEAN NOT NULL DEFAULT 0;

UPDATE cases SET
    child_name = COALESCE((SELECT trim(ch.given_names || ' ' || ch.family_name)
                           FROM case_children ch WHERE ch.case_id = cases.id), ''),
    child_name_key = COALESCE((SELECT lower(trim(ch.given_names || ' ' || ch.family_name))
                               FROM case_children ch WHERE ch.case_id = cases.id), ''),
    setting_id = (SELECT ch.setting_id FROM case_children ch WHERE ch.case_id = cases.id),
    flag_looked_after = COALESCE((SELECT ch.looked_after FROM case_children ch
                                  WHERE ch.case_id = cases.id), 0),
    deadline_sort = COALESCE(next_deadline_on, '9999-12-31');

DROP INDEX cases_next_deadline;
-- Each sort, with the stage first for the status filter, then the id so a
-- cursor names one place.
CREATE INDEX cases_tray_deadline ON cases (deadline_sort, id);
CREATE INDEX cases_tray_stage_deadline ON cases (stage, deadline_sort, id);
CREATE INDEX cases_tray_coordinator ON cases (coordinator_id, deadline_sort, id);
CREATE INDEX cases_tray_setting ON cases (setting_id, deadline_sort, id);
CREATE INDEX cases_tray_updated ON cases (updated_at, id);
CREATE INDEX cases_tray_name ON cases (child_name_key, id);
CREATE INDEX cases_tray_ref ON cases (case_ref, id);
CREATE INDEX cases_tray_requested ON cases (request_received_on, id);
-- Partial-name search scans child_name_key: SQLite serves a single LA's cases.
