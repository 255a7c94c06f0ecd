-- The chair's conclusion is saved while it is typed, before the chair records whether the item
-- was discussed or postponed. Until then the outcome has a conclusion but no status; the check
-- constraint still admits only the two known statuses once one is recorded.
ALTER TABLE agenda_outcome ALTER COLUMN status DROP NOT NULL;
