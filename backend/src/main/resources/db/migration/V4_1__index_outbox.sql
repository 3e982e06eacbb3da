-- Durable queue from the database (the source of truth) to the Lucene index. A change to a submission writes a row
-- here in the same transaction; a background worker applies it to the index and deletes the row only after the
-- Lucene commit, so a crash at any point leaves rows to replay, never a lost change. No foreign key: a row must
-- outlive a deleted submission so the index can forget it too.
CREATE TABLE index_outbox (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id BIGINT      NOT NULL,
    created_at    DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
