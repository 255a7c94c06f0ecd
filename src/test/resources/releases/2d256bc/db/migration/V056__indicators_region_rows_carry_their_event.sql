-- A region grouping used to join every region row (about 2.4 per event) to its counting event for
-- the period, municipality, types and token. Counting events never change, so the region rows now
-- carry copies of those columns and the region export reads this one table (docs/benchmarks.md).
-- Still nothing about the person: the token is the event's random per-case-per-year token.
ALTER TABLE counting_event_region ADD COLUMN period_date DATE;
ALTER TABLE counting_event_region ADD COLUMN municipality_code VARCHAR(6);
ALTER TABLE counting_event_region ADD COLUMN meeting_type VARCHAR(30);
ALTER TABLE counting_event_region ADD COLUMN case_type VARCHAR(20);
ALTER TABLE counting_event_region ADD COLUMN token VARCHAR(36);

UPDATE counting_event_region
SET period_date       = (SELECT e.period_date FROM counting_event e WHERE e.id = counting_event_region.counting_event_id),
    municipality_code = (SELECT e.municipality_code FROM counting_event e WHERE e.id = counting_event_region.counting_event_id),
    meeting_type      = (SELECT e.meeting_type FROM counting_event e WHERE e.id = counting_event_region.counting_event_id),
    case_type         = (SELECT e.case_type FROM counting_event e WHERE e.id = counting_event_region.counting_event_id),
    token             = (SELECT e.token FROM counting_event e WHERE e.id = counting_event_region.counting_event_id);

ALTER TABLE counting_event_region ALTER COLUMN period_date SET NOT NULL;
ALTER TABLE counting_event_region ALTER COLUMN municipality_code SET NOT NULL;
ALTER TABLE counting_event_region ALTER COLUMN meeting_type SET NOT NULL;
ALTER TABLE counting_event_region ALTER COLUMN case_type SET NOT NULL;
ALTER TABLE counting_event_region ALTER COLUMN token SET NOT NULL;

-- Covers every column a region grouping reads, period first: one year of the region export is an
-- index-only range scan of this index, without the table and without counting_event.
CREATE INDEX ix_counting_event_region_aggregation
    ON counting_event_region (period_date, region_code, case_type, municipality_code, token);
