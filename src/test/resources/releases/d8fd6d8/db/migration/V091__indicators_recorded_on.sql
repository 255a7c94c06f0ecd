-- The day each counted discussion and each fact was recorded (application time zone). A year is
-- published once, when it is complete, from what was recorded before its publication day; what is
-- recorded later for that year is kept but never published, so a published year never changes and
-- two answers on different days cannot be subtracted (docs/architecture.md, "The running year").
-- Rows stored before this version are taken as recorded on their own day.
ALTER TABLE counting_event ADD COLUMN recorded_on DATE;
UPDATE counting_event SET recorded_on = period_date;
ALTER TABLE counting_event ALTER COLUMN recorded_on SET NOT NULL;

ALTER TABLE counting_event_region ADD COLUMN recorded_on DATE;
UPDATE counting_event_region SET recorded_on = period_date;
ALTER TABLE counting_event_region ALTER COLUMN recorded_on SET NOT NULL;

ALTER TABLE assessment_fact ADD COLUMN recorded_on DATE;
UPDATE assessment_fact SET recorded_on = period_date;
ALTER TABLE assessment_fact ALTER COLUMN recorded_on SET NOT NULL;

ALTER TABLE discussion_fact ADD COLUMN recorded_on DATE;
UPDATE discussion_fact SET recorded_on = period_date;
ALTER TABLE discussion_fact ALTER COLUMN recorded_on SET NOT NULL;

ALTER TABLE first_discussion_fact ADD COLUMN recorded_on DATE;
UPDATE first_discussion_fact SET recorded_on = period_date;
ALTER TABLE first_discussion_fact ALTER COLUMN recorded_on SET NOT NULL;

-- The yearly indexes of V057 with the recording day at the end: the protected table of a year is
-- still read from the index alone.
DROP INDEX ix_counting_event_by_year;
CREATE INDEX ix_counting_event_by_year
    ON counting_event (period_year, municipality_code, token, case_type, meeting_type, period_date, recorded_on);

DROP INDEX ix_counting_event_region_by_year;
CREATE INDEX ix_counting_event_region_by_year
    ON counting_event_region (period_year, region_code, token, case_type, municipality_code, period_date, recorded_on);

-- The tables of indicators 6, 10 and 12 are kept per year until that year's facts change, read
-- from the number and the highest id of the year's facts (as V060 for counting events).
CREATE INDEX ix_assessment_fact_period_id ON assessment_fact (period_date, id);
CREATE INDEX ix_discussion_fact_period_id ON discussion_fact (period_date, id);
CREATE INDEX ix_first_discussion_fact_period_id ON first_discussion_fact (period_date, id);
