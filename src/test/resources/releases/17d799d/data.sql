-- Rows of release 17d799d: the work phone of the first release's midwife, printed on the wegwijzer
-- she hands over as contact person, and a second start of support in the year of the first release's
-- start fact (read by the index of V120).
UPDATE user_account SET work_phone = '026 123 45 67' WHERE id = 9001;
INSERT INTO referral_start_fact (id, period_date, municipality_code, case_type, offer_kind, birth_phase, days_waited,
        first_of_kind, first_local_team, recorded_on)
    VALUES (9902, DATE '2026-12-04', 'GM0202', 'PREGNANCY', 'STEVIG_OUDERSCHAP', 'BEFORE_BIRTH', 14, FALSE, FALSE,
        DATE '2026-12-04');
