-- Deleting a release moves it to the trash first, so that a slip of the hand can be undone.
ALTER TABLE release ADD COLUMN deleted_at TEXT;
CREATE INDEX release_by_deleted ON release (deleted_at);
