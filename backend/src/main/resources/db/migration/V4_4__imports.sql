-- Inputs the werkgroep brings in from a spreadsheet (earlier surveys, a partner's form). One row per upload, and a
-- link from each created input back to its upload and line, with the source's own number when it has one, so an
-- import can be traced, filtered on and explained. Counts are kept so the history stays readable after inputs
-- are withdrawn.
CREATE TABLE data_import (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_name      VARCHAR(200) NULL,
    created_by     BIGINT       NULL,
    created_at     DATETIME(6)  NOT NULL,
    imported_count INT          NOT NULL DEFAULT 0,
    rejected_count INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_data_import_user FOREIGN KEY (created_by) REFERENCES admin_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE import_submission (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    import_id     BIGINT       NOT NULL,
    submission_id BIGINT       NOT NULL,
    line_number   INT          NOT NULL,
    external_id   VARCHAR(100) NULL,
    CONSTRAINT uq_import_submission UNIQUE (submission_id),
    CONSTRAINT fk_import_submission_import FOREIGN KEY (import_id) REFERENCES data_import (id),
    CONSTRAINT fk_import_submission_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_import_submission_import ON import_submission (import_id);
