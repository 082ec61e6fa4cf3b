-- One submission, one stored file: the form page hands out a random submission token, and the key
-- (SHA-256 of token and file hash) is unique, so a double click on „Absenden“ or „Hochladen“ —
-- also two requests at the same moment, also on two instances — stores the file once and both
-- requests answer with the same receipt (issue 23). NULL for files sent without a token.
ALTER TABLE received_declaration ADD COLUMN submission_key CHAR(64);
CREATE UNIQUE INDEX received_declaration_submission ON received_declaration (submission_key);
