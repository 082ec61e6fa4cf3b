-- A reading is claimed before it starts: one instance reads a file once, and after a restart the
-- files whose reading was under way (they get a final state) are told from those never started
-- (they are read).
ALTER TABLE received_declaration ADD COLUMN reading_started_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX received_declaration_status ON received_declaration (status);
