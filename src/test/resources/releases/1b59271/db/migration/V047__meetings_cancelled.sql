-- A planned meeting can be cancelled by its chair: it stays visible to the invited participants as
-- cancelled, and the cases on its agenda are released so they can be submitted elsewhere.
ALTER TABLE meeting DROP CONSTRAINT ck_meeting_status;
ALTER TABLE meeting ADD CONSTRAINT ck_meeting_status CHECK (status IN ('PLANNED', 'RUNNING', 'CLOSED', 'CANCELLED'));
