-- The year of each counting event, stored with the event and with each of its region rows, and
-- first in the indexes the yearly exports read: (year, group, token) in index order lets the
-- database count distinct cases per year and group while it reads, without hashing every
-- case-year (docs/benchmarks.md). The check keeps the copy equal to the event's date.
ALTER TABLE counting_event ADD COLUMN period_year INTEGER;
UPDATE counting_event SET period_year = EXTRACT(YEAR FROM period_date);
ALTER TABLE counting_event ALTER COLUMN period_year SET NOT NULL;
ALTER TABLE counting_event ADD CONSTRAINT ck_counting_event_period_year
    CHECK (period_year = EXTRACT(YEAR FROM period_date));

ALTER TABLE counting_event_region ADD COLUMN period_year INTEGER;
UPDATE counting_event_region SET period_year = EXTRACT(YEAR FROM period_date);
ALTER TABLE counting_event_region ALTER COLUMN period_year SET NOT NULL;
ALTER TABLE counting_event_region ADD CONSTRAINT ck_counting_event_region_period_year
    CHECK (period_year = EXTRACT(YEAR FROM period_date));

-- Replace the period-first indexes of V051 and V056: each new one still covers every column its
-- exports read, so they stay index-only, and the month or quarter of a row is still in it.
DROP INDEX ix_counting_event_aggregation;
CREATE INDEX ix_counting_event_by_year
    ON counting_event (period_year, municipality_code, token, case_type, meeting_type, period_date);

DROP INDEX ix_counting_event_region_aggregation;
CREATE INDEX ix_counting_event_region_by_year
    ON counting_event_region (period_year, region_code, token, case_type, municipality_code, period_date);
