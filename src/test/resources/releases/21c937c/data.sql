-- Rows of release 21c937c: a counting event with its stored year.
INSERT INTO counting_event (id, period_date, municipality_code, meeting_type, case_type, anonymous, token,
        period_year)
    VALUES (9601, DATE '2026-12-01', 'GM0289', 'MDO_VULNERABLE_PREGNANCY', 'PREGNANCY', FALSE,
        'a1e0c0de-0000-4000-8000-000000009601', 2026);
INSERT INTO counting_event_region (counting_event_id, region_code, period_date, municipality_code, meeting_type,
        case_type, token, period_year)
    VALUES (9601, 'GELDERSE-VALLEI', DATE '2026-12-01', 'GM0289', 'MDO_VULNERABLE_PREGNANCY', 'PREGNANCY',
        'a1e0c0de-0000-4000-8000-000000009601', 2026);
