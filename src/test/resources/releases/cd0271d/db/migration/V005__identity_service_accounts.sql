-- A service account is a machine client's local account (for example the monitoring partner's
-- indicator feed): it may use the API with HTTP Basic, never the sign-in form.
ALTER TABLE user_account ADD COLUMN service_account BOOLEAN DEFAULT FALSE NOT NULL;
