-- Answers to requests sent with an Idempotency-Key, so a retry gets the first answer and stores nothing new.
-- The row is inserted BEFORE the work starts: the unique key_hash lets exactly one of several concurrent
-- retries win; the others wait for its answer. Neither the key nor the answer is stored readable: key_hash
-- is a SHA-256 of the key, and the answer (which holds the secret receipt) is encrypted with a key derived
-- from the Idempotency-Key itself, which only the client knows. Rows are removed after a day.
CREATE TABLE idempotency_record (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    key_hash      CHAR(64)    NOT NULL,
    request_hash  CHAR(64)    NOT NULL,
    status_code   INT         NULL,
    answer_cipher TEXT        NULL,
    created_at    DATETIME(6) NOT NULL,
    completed_at  DATETIME(6) NULL,
    CONSTRAINT uq_idempotency_key UNIQUE (key_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_idempotency_created ON idempotency_record (created_at);
