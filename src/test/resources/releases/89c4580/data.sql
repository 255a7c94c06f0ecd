-- Rows of release 89c4580: a screening platform's service account, a held scheduler lock, and a
-- node with the name of a person who has a meeting open on it.
INSERT INTO user_account (id, username, display_name, discipline, organisation_id, created_at, service_account)
    VALUES (9801, 'r8-screening', 'Screening Release 8', 'OTHER', 9001,
        TIMESTAMP WITH TIME ZONE '2026-12-07 09:00:00+01', TRUE);
INSERT INTO user_role (user_id, role) VALUES (9801, 'SCREENING_PLATFORM');
INSERT INTO shedlock (name, lock_until, locked_at, locked_by)
    VALUES ('case-retention', TIMESTAMP '2026-12-07 03:05:00', TIMESTAMP '2026-12-07 03:00:00', 'node-release-8');
INSERT INTO cluster_node (node_id, started_at, heartbeat_at)
    VALUES ('node-release-8', TIMESTAMP WITH TIME ZONE '2026-12-07 08:00:00+01',
        TIMESTAMP WITH TIME ZONE '2026-12-07 09:00:00+01');
INSERT INTO meeting_presence (node_id, meeting_id, display_name) VALUES ('node-release-8', 9001, 'Victor Release');
