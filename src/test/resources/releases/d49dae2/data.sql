-- Rows of release d49dae2: the first discussion of the first release's case and indicator facts.
INSERT INTO case_first_discussion (case_id, discussed_on) VALUES (9001, DATE '2026-11-22');
INSERT INTO assessment_fact (id, period_date, municipality_code, case_type, discipline, validated)
    VALUES (9201, DATE '2026-11-21', 'GM0202', 'PREGNANCY', 'MIDWIFE', TRUE);
INSERT INTO discussion_fact (id, period_date, municipality_code, case_type, token, social_case_director)
    VALUES (9201, DATE '2026-11-22', 'GM0202', 'PREGNANCY', 'a1e0c0de-0000-4000-8000-000000009001', TRUE);
INSERT INTO first_discussion_fact (id, period_date, municipality_code, case_type, days_waited)
    VALUES (9201, DATE '2026-11-22', 'GM0202', 'PREGNANCY', 0);
