-- What a thematafel produced: per theme one submission (channel THEMATAFEL) with the problems and solutions
-- the table named, plus the table's priority advice for that theme (rank 1-3 = its top three, or none).
CREATE TABLE table_outcome (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id    BIGINT      NOT NULL,
    submission_id BIGINT      NOT NULL,
    thema_code    VARCHAR(40) NOT NULL,
    priority_rank INT         NULL,
    advice        TEXT        NULL,
    created_at    DATETIME(6) NOT NULL,
    CONSTRAINT uq_table_outcome_submission UNIQUE (submission_id),
    CONSTRAINT uq_table_outcome_rank UNIQUE (session_id, priority_rank),
    CONSTRAINT fk_table_outcome_session FOREIGN KEY (session_id) REFERENCES table_session (id),
    CONSTRAINT fk_table_outcome_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_table_outcome_thema FOREIGN KEY (thema_code) REFERENCES thema (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
