-- Language versions (issue 10): releases in different languages that are one release form a family. The versions of
-- a family share their photos (files, order, credits), contacts, boilerplate links, status and embargo instant (the
-- library keeps those equal in every version's own rows) and each holds its own text. A family has a row of its own,
-- so that its id is never a release's and never comes back to another family; every release is in one, and every
-- existing release is a family of one, with the release's id.
CREATE TABLE release_family (
    id INTEGER PRIMARY KEY
);
INSERT INTO release_family (id) SELECT id FROM release;

-- SQLite adds a column with a reference only when its default is NULL; every row gets its family here, and the
-- library always writes one.
ALTER TABLE release ADD COLUMN family_id INTEGER REFERENCES release_family (id);
UPDATE release SET family_id = id;
-- The versions' order in the family: 0 is the release's own language (the one it was written in first).
ALTER TABLE release ADD COLUMN family_position INTEGER NOT NULL DEFAULT 0;
CREATE INDEX release_by_family ON release (family_id, family_position);

-- Which paragraph of a version is the counterpart of which in the others, and when each piece last changed and was
-- last in line with its counterparts (a JSON object, see model.TextUnits); NULL for a release not saved since this
-- schema: its paragraphs by position, all written when it was last saved.
ALTER TABLE release ADD COLUMN text_units TEXT CHECK (text_units IS NULL OR json_valid(text_units));

-- A contact named in the other script too (張麗蘭 / Ms Julia Cheung); a boilerplate with its version in the other
-- language.
ALTER TABLE contact ADD COLUMN other_organization TEXT;
ALTER TABLE contact ADD COLUMN other_name TEXT;
ALTER TABLE boilerplate ADD COLUMN other_title TEXT;
ALTER TABLE boilerplate ADD COLUMN other_body TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(other_body));
