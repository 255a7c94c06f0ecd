-- Rows of release 2d256bc: a counting event whose region rows carry the event's fields.
INSERT INTO counting_event (id, period_date, municipality_code, meeting_type, case_type, anonymous, token)
    VALUES (9501, DATE '2025-06-30', 'GM0228', 'POP', 'FAMILY', TRUE, 'a1e0c0de-0000-4000-8000-000000009501');
INSERT INTO counting_event_region (counting_event_id, region_code, period_date, municipality_code, meeting_type,
        case_type, token)
    VALUES (9501, 'GELDERLAND-MIDDEN', DATE '2025-06-30', 'GM0228', 'POP', 'FAMILY',
        'a1e0c0de-0000-4000-8000-000000009501');
