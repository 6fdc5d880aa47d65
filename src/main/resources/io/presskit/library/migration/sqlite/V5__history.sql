-- Review sign-off and history. Every write of a release leaves a revision: an editing session (consecutive saves by
-- one person amend it), a status change with who and a note, a restore. A revision points at a snapshot of the
-- release: canonical JSON, deflated, stored once under the SHA-256 of the JSON, so that revisions with the same
-- content share it. The images a snapshot shows are kept while it exists, so that a restore is whole.

CREATE TABLE release_snapshot (
    sha256  TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    content BLOB NOT NULL
);

CREATE TABLE release_snapshot_image (
    snapshot_sha256 TEXT NOT NULL REFERENCES release_snapshot (sha256) ON DELETE CASCADE,
    image_sha256    TEXT NOT NULL REFERENCES image (sha256),
    PRIMARY KEY (snapshot_sha256, image_sha256)
);
CREATE INDEX release_snapshot_image_by_image ON release_snapshot_image (image_sha256);

CREATE TABLE release_revision (
    release_id      INTEGER NOT NULL REFERENCES release (id) ON DELETE CASCADE,
    number          INTEGER NOT NULL CHECK (number >= 1),
    event           TEXT NOT NULL CHECK (event IN ('created', 'edited', 'status', 'restored')),
    status          TEXT NOT NULL CHECK (status IN ('draft', 'in-review', 'approved', 'issued')),
    author          TEXT NOT NULL,
    started_at      TEXT NOT NULL,
    saved_at        TEXT NOT NULL,
    note            TEXT,
    changed         TEXT NOT NULL DEFAULT '',   -- what changed since the revision before: "headline, body[2], photos"
    snapshot_sha256 TEXT NOT NULL REFERENCES release_snapshot (sha256),
    PRIMARY KEY (release_id, number)
);
CREATE INDEX release_revision_by_snapshot ON release_revision (snapshot_sha256);
