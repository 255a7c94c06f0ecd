-- The agenda item the chair is discussing now. Every open meeting page highlights it, and it is
-- stored (not only held in memory) so that a participant who joins late, or a page opened after
-- a server restart, shows the same item. Deleting the item clears it.
ALTER TABLE meeting ADD COLUMN current_item_id BIGINT;
ALTER TABLE meeting ADD CONSTRAINT fk_meeting_current_item FOREIGN KEY (current_item_id)
    REFERENCES agenda_item (id) ON DELETE SET NULL;
