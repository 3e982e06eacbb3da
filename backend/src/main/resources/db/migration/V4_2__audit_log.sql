-- Who did what when in the admin app. Only the user, the call and its outcome: no input text, no contact details,
-- no IP address (AVG). Kept as long as the werkgroep exists; beheerders read it.
CREATE TABLE audit_log (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    acted_at      DATETIME(6)  NOT NULL,
    user_id       BIGINT       NULL,
    username      VARCHAR(100) NOT NULL,
    action        VARCHAR(10)  NOT NULL,
    target        VARCHAR(300) NOT NULL,
    outcome       INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_audit_log_at ON audit_log (acted_at);
