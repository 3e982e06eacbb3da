-- V8_4__clustering_curation.sql: a stored clustering remembers the import it was filtered on and when an analyst
-- last curated it, so the screen can reopen it and the council report can use the curated groups of a round.
-- Portable: MariaDB/MySQL and H2 (MODE=MySQL).

ALTER TABLE clustering ADD COLUMN filter_import BIGINT NULL;
ALTER TABLE clustering ADD COLUMN curated_at DATETIME(6) NULL;

CREATE INDEX ix_clustering_round ON clustering (filter_round);
CREATE INDEX ix_clustering_member_submission ON clustering_member (submission_id);
