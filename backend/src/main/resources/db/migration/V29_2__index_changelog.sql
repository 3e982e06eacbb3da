-- The index outbox becomes a change log that every replica reads from its own position (kept in its Lucene commit
-- data) instead of a queue that the one replica emptied (docs/adr/0141-index-change-log.md). Old rows are pruned;
-- a replica whose position lies below what was pruned rebuilds its index from the database.
CREATE INDEX index_outbox_created_at ON index_outbox (created_at);

CREATE TABLE index_changelog_state (
    id              TINYINT NOT NULL PRIMARY KEY,
    pruned_through  BIGINT  NOT NULL
);
INSERT INTO index_changelog_state (id, pruned_through) VALUES (1, 0);
