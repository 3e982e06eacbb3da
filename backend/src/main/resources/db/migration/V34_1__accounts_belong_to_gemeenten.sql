-- Tenancy (issue 18, ADR 0170): an admin account belongs to one or more gemeenten and sees only their data.
-- A row with gemeente_id NULL means "the whole installation, also gemeenten added later": the first beheerder made
-- from INBRENG_ADMIN_* and, for example, a veiligheidsregio's own analyst. An account without rows sees nothing.
CREATE TABLE admin_user_gemeente (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT NOT NULL,
    gemeente_id BIGINT NULL,
    CONSTRAINT uq_admin_user_gemeente UNIQUE (user_id, gemeente_id),
    CONSTRAINT fk_admin_user_gemeente_user FOREIGN KEY (user_id) REFERENCES admin_user (id),
    CONSTRAINT fk_admin_user_gemeente_gemeente FOREIGN KEY (gemeente_id) REFERENCES gemeente (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_admin_user_gemeente_gemeente ON admin_user_gemeente (gemeente_id);

-- Existing accounts keep what they saw: every gemeente the installation has today.
INSERT INTO admin_user_gemeente (user_id, gemeente_id) SELECT u.id, g.id FROM admin_user u CROSS JOIN gemeente g;

-- An installation with one gemeente may hold rows that name none (an input without area or round, a round made
-- before gemeenten mattered). They belong to that one gemeente, so its accounts keep seeing them.
UPDATE submission SET gemeente_id = (SELECT MIN(g.id) FROM gemeente g)
WHERE gemeente_id IS NULL AND (SELECT COUNT(*) FROM gemeente) = 1;
UPDATE participation_round SET gemeente_id = (SELECT MIN(g.id) FROM gemeente g)
WHERE gemeente_id IS NULL AND (SELECT COUNT(*) FROM gemeente) = 1;
UPDATE table_session SET gemeente_id = (SELECT MIN(g.id) FROM gemeente g)
WHERE gemeente_id IS NULL AND (SELECT COUNT(*) FROM gemeente) = 1;
UPDATE kraammoment SET gemeente_id = (SELECT MIN(g.id) FROM gemeente g)
WHERE gemeente_id IS NULL AND (SELECT COUNT(*) FROM gemeente) = 1;
UPDATE organisation SET gemeente_id = (SELECT MIN(g.id) FROM gemeente g)
WHERE gemeente_id IS NULL AND (SELECT COUNT(*) FROM gemeente) = 1;

-- The portal serves each gemeente on its own host name (step 4 of issue 18); NULL: only through /g/<code>.
ALTER TABLE gemeente ADD COLUMN host VARCHAR(253) NULL;
ALTER TABLE gemeente ADD CONSTRAINT uq_gemeente_host UNIQUE (host);
