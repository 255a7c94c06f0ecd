-- Attendance: the chair marks invited users and guests present during the meeting. Absent until
-- marked, so a quorum is never assumed.
ALTER TABLE meeting_participant ADD COLUMN present BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE meeting_guest ADD COLUMN present BOOLEAN DEFAULT FALSE NOT NULL;
