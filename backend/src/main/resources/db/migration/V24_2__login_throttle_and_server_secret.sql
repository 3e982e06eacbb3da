-- Throttling of admin sign-in attempts (docs/adr/0118-login-throttling-without-lock-out.md). One row per key: a
-- client and account pair, an account (for browsers it has not seen), a client, or a known browser. Keys are HMACs
-- with the server secret, so the table shows neither names nor addresses. Rows go a day after their last failure.
CREATE TABLE login_throttle (
    key_hash        CHAR(64)    NOT NULL PRIMARY KEY,
    account_hash    CHAR(64)    NULL,
    failures        INT         NOT NULL,
    last_failure_at DATETIME(6) NOT NULL,
    blocked_until   DATETIME(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_login_throttle_account ON login_throttle (account_hash);
CREATE INDEX ix_login_throttle_last ON login_throttle (last_failure_at);

-- Browsers that signed in to an account before: a random token in an HttpOnly cookie, stored as its SHA-256. Failed
-- attempts from a known browser count for that browser only, so strangers cannot lock its owner out.
CREATE TABLE login_device (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash   CHAR(64)    NOT NULL,
    account_hash CHAR(64)    NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    last_used_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_login_device UNIQUE (token_hash, account_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A random secret made at first start when the operator sets no INBRENG_PEPPER (docs/adr/0119-server-secret.md).
CREATE TABLE server_secret (
    name       VARCHAR(40)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(100) NOT NULL,
    created_at DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
