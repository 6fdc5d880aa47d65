-- Every save of a release raises its version, so that a save made from an older copy (another window,
-- another machine) is refused instead of overwriting work it has not seen.
ALTER TABLE release ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);

-- A stored photo is checked against its SHA-256 whenever it is read; a kit rendition gets the digest of its own
-- bytes for the same check. Renditions are derived data: those without a digest are dropped here and made
-- again from their (checked) originals at the next export.
DROP TABLE image_rendition;
CREATE TABLE image_rendition (
    sha256       TEXT PRIMARY KEY REFERENCES image (sha256) ON DELETE CASCADE,
    recipe       INTEGER NOT NULL,
    media_type   TEXT NOT NULL,
    width        INTEGER NOT NULL CHECK (width > 0),
    height       INTEGER NOT NULL CHECK (height > 0),
    bytes        BLOB NOT NULL,
    bytes_sha256 TEXT NOT NULL CHECK (length(bytes_sha256) = 64)
);

-- Storing a release finds its contacts and boilerplates in the directory by name and title: indexed, so that a
-- bundle with a whole directory (20,000 contacts) holds the write lock for a moment instead of scanning the
-- table once per contact.
CREATE INDEX contact_by_name ON contact (name, organization);
CREATE INDEX boilerplate_by_title ON boilerplate (title);
