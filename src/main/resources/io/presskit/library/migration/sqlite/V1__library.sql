-- The library: releases, their photos, and the shared contact directory and boilerplate library.
-- Ordered lists of plain strings owned by one row (highlights, paragraphs, phones, emails) are JSON arrays;
-- anything shared or ordered across records is a table with a position.

CREATE TABLE image (
    sha256         TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    media_type     TEXT NOT NULL,
    width          INTEGER NOT NULL CHECK (width > 0),
    height         INTEGER NOT NULL CHECK (height > 0),
    orientation    INTEGER NOT NULL CHECK (orientation BETWEEN 1 AND 8),
    has_alpha      INTEGER NOT NULL CHECK (has_alpha IN (0, 1)),
    original       BLOB NOT NULL,            -- the imported bytes, untouched
    thumbnail_type TEXT NOT NULL,
    thumbnail      BLOB NOT NULL,            -- small, upright, for the UI
    created_at     TEXT NOT NULL
);

-- What a kit embeds: upright, sRGB, long side <= 2500 px; made once, kept, remade when the recipe changes.
CREATE TABLE image_rendition (
    sha256     TEXT PRIMARY KEY REFERENCES image (sha256) ON DELETE CASCADE,
    recipe     INTEGER NOT NULL,
    media_type TEXT NOT NULL,
    width      INTEGER NOT NULL CHECK (width > 0),
    height     INTEGER NOT NULL CHECK (height > 0),
    bytes      BLOB NOT NULL
);

CREATE TABLE release (
    id               INTEGER PRIMARY KEY,
    language         TEXT NOT NULL,
    issuer           TEXT,
    label            TEXT,
    embargo_until    TEXT,                   -- ISO offset date-time [region]; NULL = for immediate release
    headline         TEXT NOT NULL,
    subheadline      TEXT,
    highlights       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(highlights)),
    dateline_place   TEXT,
    dateline_date    TEXT,
    body             TEXT NOT NULL CHECK (json_valid(body)),
    end_mark         TEXT,
    contacts_heading TEXT,
    status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in-review', 'approved', 'issued')),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX release_by_update ON release (updated_at DESC);

CREATE TABLE release_photo (
    release_id   INTEGER NOT NULL REFERENCES release (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    image_sha256 TEXT NOT NULL REFERENCES image (sha256),
    file_name    TEXT NOT NULL,
    caption      TEXT NOT NULL,
    credit       TEXT,
    alt_text     TEXT,
    PRIMARY KEY (release_id, position)
);
CREATE INDEX release_photo_by_image ON release_photo (image_sha256);

CREATE TABLE contact (
    id           INTEGER PRIMARY KEY,
    organization TEXT,
    name         TEXT NOT NULL,
    phones       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(phones)),
    emails       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(emails)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE release_contact (
    release_id INTEGER NOT NULL REFERENCES release (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    contact_id INTEGER NOT NULL REFERENCES contact (id),
    PRIMARY KEY (release_id, position)
);
CREATE INDEX release_contact_by_contact ON release_contact (contact_id);

CREATE TABLE boilerplate (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL CHECK (json_valid(body)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE release_boilerplate (
    release_id     INTEGER NOT NULL REFERENCES release (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    boilerplate_id INTEGER NOT NULL REFERENCES boilerplate (id),
    PRIMARY KEY (release_id, position)
);
CREATE INDEX release_boilerplate_by_boilerplate ON release_boilerplate (boilerplate_id);
