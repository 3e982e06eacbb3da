-- The gemeente's own identity on the portal and in the admin app: its name, the plan's title, its house style (a
-- published NL Design System token set and/or its own colours and font) and the contact details its privacy and
-- accessibility statements name. Keyed by gemeente so an installation that serves several gemeenten gives each its own.
CREATE TABLE gemeente_identity (
    gemeente_id           BIGINT       NOT NULL PRIMARY KEY,
    display_name          VARCHAR(200) NOT NULL,
    plan_title            VARCHAR(200) NULL,
    token_set             VARCHAR(40)  NOT NULL DEFAULT 'NEUTRAAL',
    color_primary         VARCHAR(7)   NULL,
    color_primary_text    VARCHAR(7)   NULL,
    color_link            VARCHAR(7)   NULL,
    font_family           VARCHAR(200) NULL,
    website_url           VARCHAR(300) NULL,
    phone                 VARCHAR(40)  NULL,
    email                 VARCHAR(254) NULL,
    postal_address        VARCHAR(300) NULL,
    privacy_officer_email VARCHAR(254) NULL,
    logo_alt              VARCHAR(200) NULL,
    updated_at            DATETIME(6)  NOT NULL,
    CONSTRAINT fk_identity_gemeente FOREIGN KEY (gemeente_id) REFERENCES gemeente (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The logo apart from the texts, so reading the identity for every page never drags the image along.
CREATE TABLE gemeente_logo (
    gemeente_id  BIGINT      NOT NULL PRIMARY KEY,
    content_type VARCHAR(40) NOT NULL,
    data         MEDIUMBLOB  NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_logo_gemeente FOREIGN KEY (gemeente_id) REFERENCES gemeente (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
