-- V22_1__clustering_count_reason.sql: a stored clustering remembers why it has the number of groups it has
-- (asked for, the themes that fit, or the gap statistic), so the screen can show the reason when it is reopened.
-- Portable: MariaDB/MySQL and H2 (MODE=MySQL).

ALTER TABLE clustering ADD COLUMN count_reason VARCHAR(1000) NULL;
