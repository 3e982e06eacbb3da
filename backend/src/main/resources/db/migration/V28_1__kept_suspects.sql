-- A suspected piece of personal data that a person looked at and chose to keep (issue 14, ADR 0135).
-- A piece chosen for removal needs no row: the text itself is changed to "[verwijderd]". The piece is stored as a
-- hash of its field and text, never in clear: this table must not become a second copy of what residents wrote.
CREATE TABLE kept_suspect (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id BIGINT       NOT NULL,
    field         VARCHAR(10)  NOT NULL,
    span_hash     CHAR(64)     NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    kept_by       VARCHAR(100) NOT NULL,
    kept_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uq_kept_suspect UNIQUE (submission_id, field, span_hash),
    CONSTRAINT fk_kept_suspect_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
