-- Runs once, when the compose file's PostgreSQL volume is created: Keycloak keeps its own
-- database next to the application's, owned by the same (DEMO) account.
CREATE DATABASE keycloak OWNER mdo;
