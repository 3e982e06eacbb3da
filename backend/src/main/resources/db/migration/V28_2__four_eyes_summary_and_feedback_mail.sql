-- Issue 14: a round summary is proposed by one beheerder and published by another (ADR 0136), and residents who
-- asked to hear back get one mail through an outbox (ADR 0137).

-- A proposal waits here until another beheerder publishes it; the public summary (round_summary) stays as it was
-- until then. proposed_by is the admin user's id.
CREATE TABLE round_summary_proposal (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id    BIGINT      NOT NULL,
    text        TEXT        NOT NULL,
    proposed_by BIGINT      NOT NULL,
    proposed_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_round_summary_proposal_round UNIQUE (round_id),
    CONSTRAINT fk_round_summary_proposal_round FOREIGN KEY (round_id) REFERENCES participation_round (id),
    CONSTRAINT fk_round_summary_proposal_by FOREIGN KEY (proposed_by) REFERENCES admin_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- approved_by/approved_at of round_summary now mean "published by/at". Rows from before four-eyes had one person
-- for both steps: proposed_by repeats approved_by for them, which is what happened.
ALTER TABLE round_summary ADD COLUMN proposed_by BIGINT NULL;
ALTER TABLE round_summary ADD COLUMN council_decision TEXT NULL;
ALTER TABLE round_summary ADD COLUMN council_decided_on DATE NULL;
UPDATE round_summary SET proposed_by = approved_by;

-- One row per resident (per distinct address within a round) to mail. The address itself is not copied here: it is
-- read from contact_details at sending time and erased there after the mail went out. Claiming a row is an UPDATE on
-- status and lease_until, so several replicas could share the work later.
CREATE TABLE feedback_mail (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id        BIGINT       NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    lease_until     DATETIME(6)  NULL,
    claim_token     CHAR(36)     NULL,
    created_at      DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6)  NULL,
    CONSTRAINT fk_feedback_mail_round FOREIGN KEY (round_id) REFERENCES participation_round (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_feedback_mail_due ON feedback_mail (status, next_attempt_at);

-- The inputs a mail answers. The primary key on submission_id is what makes "one mail, ever" hold: publishing again
-- (a corrected summary) cannot queue a second mail for the same input.
CREATE TABLE feedback_mail_submission (
    submission_id BIGINT NOT NULL PRIMARY KEY,
    mail_id       BIGINT NOT NULL,
    CONSTRAINT fk_feedback_mail_submission_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_feedback_mail_submission_mail FOREIGN KEY (mail_id) REFERENCES feedback_mail (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
