-- V7_2__round_summary.sql: the public "what we do with it" text of a round. A row exists only once a beheerder
-- wrote and approved it, so the portal never shows a draft. approved_by is the admin user's id, not a name.
CREATE TABLE round_summary (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id    BIGINT      NOT NULL,
    text        TEXT        NOT NULL,
    approved_by BIGINT      NOT NULL,
    approved_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_round_summary_round UNIQUE (round_id),
    CONSTRAINT fk_round_summary_round FOREIGN KEY (round_id) REFERENCES participation_round (id),
    CONSTRAINT fk_round_summary_approver FOREIGN KEY (approved_by) REFERENCES admin_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
