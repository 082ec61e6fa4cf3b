-- What applying a declaration found (JSON list of findings), kept with the file: the page after
-- the redirect reads it back by the file's id, so the session carries no findings (issue 23: the
-- findings are not serialisable and a session in the database cannot hold them). Also the
-- coordinator's later look at a refused declaration still says why it was refused.
ALTER TABLE received_declaration ADD COLUMN apply_findings_json TEXT;
