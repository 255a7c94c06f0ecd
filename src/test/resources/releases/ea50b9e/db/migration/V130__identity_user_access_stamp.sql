-- Raised whenever what an account may do changes (enabled, roles, discipline, organisation,
-- municipalities). A session remembers the stamp it signed in with; on every node, a request of a
-- session whose account now has another stamp (or is disabled) ends that session.
ALTER TABLE user_account ADD COLUMN access_stamp BIGINT DEFAULT 0 NOT NULL;
