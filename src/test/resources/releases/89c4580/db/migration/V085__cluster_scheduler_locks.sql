-- ShedLock's lock rows: scheduled work that must run once per cluster (the nightly retention
-- erasure, the demo data) takes its row first; a node that finds it held skips or waits.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);
