-- V8_5: a manual weight per theme for the conceptprioritering, and the year of an area's population figure.

-- A werkgroep member's manual weight for one theme, for one round or for all rounds together. round_scope is the
-- round's id, or 0 for "all rounds": a NOT NULL scope lets the unique key hold (NULLs never collide in MySQL), so
-- there is never more than one weight per theme and scope. set_by is the admin user's id, not a name.
CREATE TABLE theme_weight (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_scope BIGINT        NOT NULL,
    thema_code  VARCHAR(40)   NOT NULL,
    weight      DECIMAL(3, 2) NOT NULL,
    reason      VARCHAR(300)  NOT NULL,
    set_by      BIGINT        NOT NULL,
    set_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uq_theme_weight_scope UNIQUE (round_scope, thema_code),
    CONSTRAINT fk_theme_weight_thema FOREIGN KEY (thema_code) REFERENCES thema (code),
    CONSTRAINT fk_theme_weight_setter FOREIGN KEY (set_by) REFERENCES admin_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- area.population exists since V1; a share of the population is only honest when it says which year it counts.
ALTER TABLE area ADD COLUMN population_year INT NULL;
