-- The protected tables of indicators 8 and 12 (by the report) are kept per year until that year's
-- referral starts change, read from the number and the highest id of the year's starts, as V091
-- does for the other facts.
CREATE INDEX ix_referral_start_fact_period_id ON referral_start_fact (period_date, id);
