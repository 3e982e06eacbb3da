-- Server-side admin sessions: the cookie carries a random token, the table only its SHA-256, so a copy of the
-- database cannot be used to take over a session. Each session has its own CSRF token.
CREATE TABLE admin_session (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash   CHAR(64)    NOT NULL,
    user_id      BIGINT      NOT NULL,
    csrf_token   VARCHAR(64) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    last_seen_at DATETIME(6) NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    CONSTRAINT uq_admin_session_token UNIQUE (token_hash),
    CONSTRAINT fk_admin_session_user FOREIGN KEY (user_id) REFERENCES admin_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
