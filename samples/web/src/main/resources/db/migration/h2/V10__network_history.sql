-- The register's history beyond partners (schemaVersion 2): founded groups (§ 4 Abs. 2), speakers'
-- terms (§ 4 Abs. 3), guests' registrations and approvals (§ 1 Abs. 5). by_whom is the entry's "by"
-- (who decided: the approving speaker, the electing meeting); detail_json the term, group or guest
-- as JSON; recorded_by / recorded_at who typed it in and when (the coordinator's account).
ALTER TABLE register_history ADD COLUMN by_whom VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE register_history ADD COLUMN detail_json CLOB;
ALTER TABLE register_history ADD COLUMN recorded_by VARCHAR(200);
ALTER TABLE register_history ADD COLUMN recorded_at TIMESTAMP WITH TIME ZONE;
