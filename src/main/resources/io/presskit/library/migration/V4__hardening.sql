-- Every save of a release raises its version, so that a save made from an older copy (another window,
-- another machine) is refused instead of overwriting work it has not seen.
ALTER TABLE release ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
