-- Rows of release cd0271d: a service account of a monitoring partner.
INSERT INTO user_account (id, username, display_name, discipline, organisation_id, created_at, service_account)
    VALUES (9301, 'r3-feed', 'Monitor Release 3', 'OTHER', 9001, TIMESTAMP WITH TIME ZONE '2026-12-01 09:00:00+01',
        TRUE);
INSERT INTO user_role (user_id, role) VALUES (9301, 'COORDINATOR');
