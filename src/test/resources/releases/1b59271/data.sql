-- Rows of release 1b59271: an addendum to the closed meeting's item, a cancelled meeting, and an
-- outcome whose status is not decided yet (the live conclusion).
INSERT INTO agenda_addendum (id, agenda_item_id, text, written_by_user_id, written_by, written_at)
    VALUES (9401, 9001, 'Aanvulling: schuldhulp is gestart.', 9001, 'Vera Release',
        TIMESTAMP WITH TIME ZONE '2026-12-01 09:00:00+01');
INSERT INTO meeting (id, type, starts_at, duration_minutes, video_link, region_code, chair_user_id, chair_name,
        status, created_at, created_by, updated_at, updated_by)
    VALUES (9401, 'POP', TIMESTAMP WITH TIME ZONE '2026-12-10 14:00:00+01', 90, 'https://overleg.example/r4',
        'GELDERLAND-MIDDEN', 9002, 'Victor Release', 'CANCELLED', TIMESTAMP WITH TIME ZONE '2026-12-01 09:00:00+01',
        'r1-voorzitter', TIMESTAMP WITH TIME ZONE '2026-12-01 09:30:00+01', 'r1-voorzitter');
INSERT INTO agenda_item (id, meeting_id, case_number, anonymous, submitted_by_user_id, submitted_by_name,
        submitted_at, question, parents_attend, status)
    VALUES (9401, 9401, 'R1-0001', FALSE, 9001, 'Vera Release', TIMESTAMP WITH TIME ZONE '2026-12-01 09:05:00+01',
        'Tweede bespreking na de schuldhulp.', FALSE, 'ACCEPTED');
INSERT INTO agenda_outcome (id, agenda_item_id, status, conclusion, follow_up, recorded_by, recorded_at)
    VALUES (9401, 9401, NULL, 'Concept van de conclusie', 'NONE', 'r1-voorzitter',
        TIMESTAMP WITH TIME ZONE '2026-12-01 09:10:00+01');
