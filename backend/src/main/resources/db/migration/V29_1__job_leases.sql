-- Jobs that must run once per installation, however many replicas run (docs/adr/0140-job-leases.md).
CREATE TABLE job_lease (
    name         VARCHAR(80)  NOT NULL PRIMARY KEY,
    holder       VARCHAR(80)  NOT NULL,
    leased_until DATETIME(6)  NOT NULL
);

-- A reminder is claimed for a short while before it is sent and marked sent after, so a replica that dies between
-- the two leaves it to the next run instead of leaving the participant unreminded.
ALTER TABLE table_registration ADD COLUMN reminder_claimed_until DATETIME(6) NULL;
