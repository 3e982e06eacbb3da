-- Organisations that speak for a constituency (a wijkraad, an entrepreneurs' association, a school, the police
-- team…), their invitation per round, and the advice they gave.

CREATE TABLE organisation (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    gemeente_id   BIGINT       NULL,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    contact_name  VARCHAR(200) NULL,
    contact_email VARCHAR(254) NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_organisation_gemeente FOREIGN KEY (gemeente_id) REFERENCES gemeente (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One invitation per organisation per round. Only the SHA-256 of the code is stored; the code works once
-- (used_at), until expires_at.
CREATE TABLE round_invitation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id        BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL,
    code_hash       CHAR(64)    NOT NULL,
    expires_at      DATETIME(6) NOT NULL,
    used_at         DATETIME(6) NULL,
    created_at      DATETIME(6) NOT NULL,
    CONSTRAINT uq_round_invitation_code UNIQUE (code_hash),
    CONSTRAINT uq_round_invitation_org UNIQUE (round_id, organisation_id),
    CONSTRAINT fk_round_invitation_round FOREIGN KEY (round_id) REFERENCES participation_round (id),
    CONSTRAINT fk_round_invitation_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- An organisation's advice in a round: it represents a constituency of (optionally) so many members or households.
CREATE TABLE organisation_advice (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id          BIGINT      NOT NULL,
    organisation_id   BIGINT      NOT NULL,
    invitation_id     BIGINT      NOT NULL,
    constituency_size INT         NULL,
    constituency_unit VARCHAR(20) NULL,
    created_at        DATETIME(6) NOT NULL,
    CONSTRAINT uq_organisation_advice_invitation UNIQUE (invitation_id),
    CONSTRAINT fk_organisation_advice_round FOREIGN KEY (round_id) REFERENCES participation_round (id),
    CONSTRAINT fk_organisation_advice_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_organisation_advice_invitation FOREIGN KEY (invitation_id) REFERENCES round_invitation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The problems and solutions per theme are ordinary submissions (channel ONLINE, with the round); this links them.
CREATE TABLE organisation_advice_submission (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    advice_id     BIGINT NOT NULL,
    submission_id BIGINT NOT NULL,
    CONSTRAINT uq_organisation_advice_submission UNIQUE (submission_id),
    CONSTRAINT fk_oas_advice FOREIGN KEY (advice_id) REFERENCES organisation_advice (id),
    CONSTRAINT fk_oas_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The organisation's top three themes.
CREATE TABLE organisation_advice_priority (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    advice_id     BIGINT      NOT NULL,
    rank_position INT         NOT NULL,
    thema_code    VARCHAR(40) NOT NULL,
    CONSTRAINT uq_oap_rank UNIQUE (advice_id, rank_position),
    CONSTRAINT fk_oap_advice FOREIGN KEY (advice_id) REFERENCES organisation_advice (id),
    CONSTRAINT fk_oap_thema FOREIGN KEY (thema_code) REFERENCES thema (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
