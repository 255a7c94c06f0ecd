-- The access log is append-only: the database itself refuses to change or remove entries, also
-- for SQL that bypasses the application. H2 triggers are Java classes; H2 has no TRUNCATE trigger.
CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE, DELETE ON audit_entry
    FOR EACH ROW CALL 'nl.kansrijkestart.mdo.audit.internal.AppendOnlyTrigger';
