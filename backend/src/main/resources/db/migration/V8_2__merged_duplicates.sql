-- Near-duplicates merged by the werkgroep: the duplicate keeps its own row, text, themes and status SAMENGEVOEGD,
-- and points at the input it was merged into. Nothing is deleted, so every count still sees every original input;
-- clearing the reference (undo) brings the input back on its own.
ALTER TABLE submission ADD COLUMN duplicate_of BIGINT NULL;
ALTER TABLE submission ADD CONSTRAINT fk_submission_duplicate_of FOREIGN KEY (duplicate_of) REFERENCES submission (id);
CREATE INDEX ix_submission_duplicate_of ON submission (duplicate_of);
