-- Thematafels: sessions per theme where professionals and entrepreneurs give advice, and who registered.
-- Session times are Dutch wall-clock time (Europe/Amsterdam), as the facilitator announces them.

CREATE TABLE table_session (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    gemeente_id          BIGINT       NULL,
    round_id             BIGINT       NULL,
    title                VARCHAR(200) NOT NULL,
    description          TEXT         NULL,
    starts_at            DATETIME(6)  NOT NULL,
    ends_at              DATETIME(6)  NOT NULL,
    place                VARCHAR(200) NOT NULL,
    capacity             INT          NOT NULL,
    facilitator          VARCHAR(200) NULL,
    verslag              TEXT         NULL,
    verslag_published_at DATETIME(6)  NULL,
    created_at           DATETIME(6)  NOT NULL,
    CONSTRAINT fk_table_session_gemeente FOREIGN KEY (gemeente_id) REFERENCES gemeente (id),
    CONSTRAINT fk_table_session_round FOREIGN KEY (round_id) REFERENCES participation_round (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_table_session_starts ON table_session (starts_at);

CREATE TABLE table_session_theme (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id BIGINT      NOT NULL,
    thema_code VARCHAR(40) NOT NULL,
    CONSTRAINT uq_table_session_theme UNIQUE (session_id, thema_code),
    CONSTRAINT fk_table_session_theme_session FOREIGN KEY (session_id) REFERENCES table_session (id),
    CONSTRAINT fk_table_session_theme_thema FOREIGN KEY (thema_code) REFERENCES thema (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One person's place at a table. The personal link's token is stored only as its SHA-256. The unique key on
-- (session, normalised e-mail) makes a double registration impossible even if two requests race; a person
-- who cancelled and comes back reuses their row.
CREATE TABLE table_registration (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id       BIGINT       NOT NULL,
    token_hash       CHAR(64)     NOT NULL,
    name             VARCHAR(200) NOT NULL,
    organisation     VARCHAR(200) NULL,
    email            VARCHAR(254) NOT NULL,
    email_normalised VARCHAR(254) NOT NULL,
    access_needs     TEXT         NULL,
    status           VARCHAR(20)  NOT NULL,
    attended         BOOLEAN      NULL,
    registered_at    DATETIME(6)  NOT NULL,
    status_changed_at DATETIME(6) NOT NULL,
    reminder_sent_at DATETIME(6)  NULL,
    CONSTRAINT uq_table_registration_token UNIQUE (token_hash),
    CONSTRAINT uq_table_registration_email UNIQUE (session_id, email_normalised),
    CONSTRAINT fk_table_registration_session FOREIGN KEY (session_id) REFERENCES table_session (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_table_registration_status ON table_registration (session_id, status);
