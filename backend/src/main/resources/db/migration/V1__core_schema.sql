-- Core schema of Inbreng. Runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 in MODE=MySQL (the embedded
-- default), so it keeps to the SQL both understand: no JSON columns, no functional indexes, DATETIME(6).
-- Every table has a surrogate BIGINT id because Micronaut Data maps those most simply.

CREATE TABLE gemeente (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(60)  NOT NULL,
    name       VARCHAR(120) NOT NULL,
    population INT          NULL,
    CONSTRAINT uq_gemeente_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A wijk, buurt or kern in which input can be placed ("veiligheid is maatwerk").
CREATE TABLE area (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    gemeente_id BIGINT       NOT NULL,
    code        VARCHAR(60)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    population  INT          NULL,
    position    INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_area_code UNIQUE (code),
    CONSTRAINT fk_area_gemeente FOREIGN KEY (gemeente_id) REFERENCES gemeente (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE veiligheidsveld (
    code           VARCHAR(10)  NOT NULL PRIMARY KEY,
    name           VARCHAR(160) NOT NULL,
    name_en        VARCHAR(160) NULL,
    description    TEXT         NULL,
    description_en TEXT         NULL,
    position       INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The 22 VNG thema's plus strategic (kind STRATEGISCH), local (LOKAAL) and imported (IMPORT) themes.
CREATE TABLE thema (
    code           VARCHAR(40)  NOT NULL PRIMARY KEY,
    veld_code      VARCHAR(10)  NULL,
    name           VARCHAR(200) NOT NULL,
    name_en        VARCHAR(200) NULL,
    description    TEXT         NULL,
    description_en TEXT         NULL,
    example_words  TEXT         NULL,
    kind           VARCHAR(20)  NOT NULL,
    position       INT          NOT NULL DEFAULT 0,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_thema_veld FOREIGN KEY (veld_code) REFERENCES veiligheidsveld (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE participation_round (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    gemeente_id   BIGINT       NULL,
    slug          VARCHAR(100) NOT NULL,
    title         VARCHAR(200) NOT NULL,
    doelgroep     VARCHAR(20)  NOT NULL,
    intro         TEXT         NULL,
    opens_at      DATETIME(6)  NOT NULL,
    closes_at     DATETIME(6)  NOT NULL,
    by_invitation BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_round_slug UNIQUE (slug),
    CONSTRAINT fk_round_gemeente FOREIGN KEY (gemeente_id) REFERENCES gemeente (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Themes in scope of a round; a round without rows here covers every theme.
CREATE TABLE round_theme (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id   BIGINT      NOT NULL,
    thema_code VARCHAR(40) NOT NULL,
    CONSTRAINT uq_round_theme UNIQUE (round_id, thema_code),
    CONSTRAINT fk_round_theme_round FOREIGN KEY (round_id) REFERENCES participation_round (id),
    CONSTRAINT fk_round_theme_thema FOREIGN KEY (thema_code) REFERENCES thema (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One input. The receipt code itself is never stored, only its SHA-256, so a leaked table grants no access.
-- Texts become NULL when the resident withdraws; the row stays so counts and audit remain honest.
CREATE TABLE submission (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    receipt_hash    CHAR(64)    NULL,
    gemeente_id     BIGINT      NULL,
    round_id        BIGINT      NULL,
    area_id         BIGINT      NULL,
    problem         TEXT        NULL,
    solution        TEXT        NULL,
    respondent_type VARCHAR(20) NOT NULL,
    age_band        VARCHAR(10) NULL,
    channel         VARCHAR(20) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    theme_unsure    BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    withdrawn_at    DATETIME(6) NULL,
    CONSTRAINT uq_submission_receipt UNIQUE (receipt_hash),
    CONSTRAINT fk_submission_gemeente FOREIGN KEY (gemeente_id) REFERENCES gemeente (id),
    CONSTRAINT fk_submission_round FOREIGN KEY (round_id) REFERENCES participation_round (id),
    CONSTRAINT fk_submission_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_submission_created ON submission (created_at);
CREATE INDEX ix_submission_channel ON submission (channel);

CREATE TABLE submission_theme (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id BIGINT      NOT NULL,
    thema_code    VARCHAR(40) NOT NULL,
    is_primary    BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_submission_theme UNIQUE (submission_id, thema_code),
    CONSTRAINT fk_submission_theme_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_submission_theme_thema FOREIGN KEY (thema_code) REFERENCES thema (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Contact details live apart from the input: only with consent, only for the stated purpose, with an end date.
CREATE TABLE contact_details (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id BIGINT       NOT NULL,
    name          VARCHAR(200) NULL,
    email         VARCHAR(254) NULL,
    phone         VARCHAR(40)  NULL,
    purpose       VARCHAR(40)  NOT NULL,
    consent_at    DATETIME(6)  NOT NULL,
    delete_after  DATE         NOT NULL,
    CONSTRAINT uq_contact_submission UNIQUE (submission_id),
    CONSTRAINT fk_contact_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- An anonymous ranked top three of themes.
CREATE TABLE priority_vote (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id        BIGINT      NULL,
    respondent_type VARCHAR(20) NULL,
    created_at      DATETIME(6) NOT NULL,
    CONSTRAINT fk_priority_vote_round FOREIGN KEY (round_id) REFERENCES participation_round (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE priority_vote_theme (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    vote_id       BIGINT      NOT NULL,
    rank_position INT         NOT NULL,
    thema_code    VARCHAR(40) NOT NULL,
    CONSTRAINT uq_priority_vote_rank UNIQUE (vote_id, rank_position),
    CONSTRAINT fk_priority_vote_theme_vote FOREIGN KEY (vote_id) REFERENCES priority_vote (id),
    CONSTRAINT fk_priority_vote_theme_thema FOREIGN KEY (thema_code) REFERENCES thema (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE admin_user (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    display_name    VARCHAR(200) NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(6)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_admin_user_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE admin_user_role (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    CONSTRAINT uq_admin_user_role UNIQUE (user_id, role),
    CONSTRAINT fk_admin_user_role_user FOREIGN KEY (user_id) REFERENCES admin_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
