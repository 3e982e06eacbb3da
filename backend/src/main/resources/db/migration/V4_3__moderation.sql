-- Moderation by the werkgroep: internal notes on an input, and a history of hide/spam/restore/re-tag actions.
-- The history also remembers which status a restore goes back to, so the submission table stays unchanged.
CREATE TABLE submission_note (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id  BIGINT      NOT NULL,
    author_user_id BIGINT      NOT NULL,
    body           TEXT        NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    CONSTRAINT fk_submission_note_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_submission_note_author FOREIGN KEY (author_user_id) REFERENCES admin_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_submission_note_submission ON submission_note (submission_id);

CREATE TABLE moderation_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id  BIGINT      NOT NULL,
    author_user_id BIGINT      NOT NULL,
    action         VARCHAR(20) NOT NULL,
    reason_code    VARCHAR(40) NULL,
    restore_status VARCHAR(20) NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    CONSTRAINT fk_moderation_event_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_moderation_event_author FOREIGN KEY (author_user_id) REFERENCES admin_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_moderation_event_submission ON moderation_event (submission_id);
