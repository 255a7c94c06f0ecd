-- Rows of release 1f98a40: an account under a temporary lock that ends by itself, locked for the
-- second time.
INSERT INTO user_account (id, username, display_name, discipline, organisation_id, created_at, locked_until,
        lock_count)
    VALUES (9701, 'r7-verloskundige', 'Vera Release 7', 'MIDWIFE', 9001,
        TIMESTAMP WITH TIME ZONE '2026-12-06 09:00:00+01', TIMESTAMP WITH TIME ZONE '2026-12-06 09:15:00+01', 2);
INSERT INTO user_role (user_id, role) VALUES (9701, 'PROFESSIONAL');
