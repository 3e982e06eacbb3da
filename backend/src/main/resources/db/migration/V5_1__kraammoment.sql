-- Kraammomenten (market-stall days) and the kiosk that collects input there.
-- The unlock code is stored only as a bcrypt hash; kiosk sessions only as a SHA-256 of their token.

CREATE TABLE kraammoment (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    gemeente_id      BIGINT       NULL,
    name             VARCHAR(200) NOT NULL,
    place            VARCHAR(200) NOT NULL,
    held_on          DATE         NOT NULL,
    kiosk_token      VARCHAR(64)  NOT NULL,
    unlock_code_hash VARCHAR(255) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uq_kraammoment_kiosk_token UNIQUE (kiosk_token),
    CONSTRAINT fk_kraammoment_gemeente FOREIGN KEY (gemeente_id) REFERENCES gemeente (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE kiosk_session (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    kraammoment_id BIGINT      NOT NULL,
    token_hash     CHAR(64)    NOT NULL,
    device_id      VARCHAR(64) NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    expires_at     DATETIME(6) NOT NULL,
    CONSTRAINT uq_kiosk_session_token UNIQUE (token_hash),
    CONSTRAINT fk_kiosk_session_kraammoment FOREIGN KEY (kraammoment_id) REFERENCES kraammoment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Links an input to the stall day and device that collected it. The unique idempotency key is what makes a
-- retried send from the kiosk outbox store nothing new: the second insert fails and rolls back its input.
CREATE TABLE kiosk_submission (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id    BIGINT       NOT NULL,
    kraammoment_id   BIGINT       NOT NULL,
    device_id        VARCHAR(64)  NULL,
    idempotency_key  VARCHAR(100) NULL,
    request_hash     CHAR(64)     NULL,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uq_kiosk_submission_submission UNIQUE (submission_id),
    CONSTRAINT uq_kiosk_submission_key UNIQUE (idempotency_key),
    CONSTRAINT fk_kiosk_submission_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_kiosk_submission_kraammoment FOREIGN KEY (kraammoment_id) REFERENCES kraammoment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_kiosk_submission_moment ON kiosk_submission (kraammoment_id, created_at);
