-- The day each referral start was recorded, as V091 for the other facts: with the publication
-- setting complete-years a year of indicators 8 and 12 is read from what was recorded before its
-- publication day. Rows stored before this version are taken as recorded on their own day.
ALTER TABLE referral_start_fact ADD COLUMN recorded_on DATE;
UPDATE referral_start_fact SET recorded_on = period_date;
ALTER TABLE referral_start_fact ALTER COLUMN recorded_on SET NOT NULL;
