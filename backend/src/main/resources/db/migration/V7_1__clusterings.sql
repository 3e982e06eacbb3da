-- V7_1__clusterings.sql: stored clusterings so that an analyst can curate them (rename, merge, move, pin)
-- and new input can later join the nearest curated cluster. Portable: MariaDB/MySQL and H2 (MODE=MySQL).

CREATE TABLE clustering (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    filter_theme       VARCHAR(40) NULL,
    filter_channel     VARCHAR(20) NULL,
    filter_area        VARCHAR(60) NULL,
    filter_round       BIGINT      NULL,
    requested_clusters INT         NULL,
    seed               BIGINT      NOT NULL,
    created_at         DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE clustering_cluster (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    clustering_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    label         VARCHAR(300) NOT NULL,
    key_phrases   TEXT         NULL,
    overig        BOOLEAN      NOT NULL DEFAULT FALSE,
    theme_code    VARCHAR(40)  NULL,
    pinned        BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_clustering_cluster_clustering FOREIGN KEY (clustering_id) REFERENCES clustering (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE clustering_member (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    cluster_id     BIGINT  NOT NULL,
    submission_id  BIGINT  NOT NULL,
    representative BOOLEAN NOT NULL DEFAULT FALSE,
    is_new         BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_clustering_member_cluster FOREIGN KEY (cluster_id) REFERENCES clustering_cluster (id),
    CONSTRAINT fk_clustering_member_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_clustering_member_cluster ON clustering_member (cluster_id);

-- Summary sentences are copied from inputs; source_ids is the comma-separated list of inputs that contain it.
CREATE TABLE clustering_sentence (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    cluster_id BIGINT NOT NULL,
    position   INT    NOT NULL,
    sentence   TEXT   NOT NULL,
    source_ids TEXT   NOT NULL,
    CONSTRAINT fk_clustering_sentence_cluster FOREIGN KEY (cluster_id) REFERENCES clustering_cluster (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
