package io.presskit.library;

import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.model.ReleaseFields;
import io.presskit.model.TextDiff;
import io.presskit.model.WorkflowStatus;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link History} in SQL: revisions point at content-addressed, deflated snapshots of the release. */
final class SqlHistory implements History {
    private static final String COLUMNS = "release_id, number, event, status, author, started_at, saved_at, note, changed, snapshot_sha256";

    private final SqlLibrary lib;
    private final org.jdbi.v3.core.mapper.RowMapper<Row> revisionRow = this::row;

    SqlHistory(SqlLibrary lib) {
        this.lib = lib;
    }

    /** A revision row with the snapshot it points at. */
    private record Row(Revision revision, String snapshot) {
    }

    @Override
    public List<Revision> revisions(long releaseId) throws LibraryException {
        return lib.tx.read(h -> {
            List<Revision> out = rows(h, releaseId).stream().map(Row::revision).toList();
            if (out.isEmpty() && h.createQuery("SELECT 1 FROM release WHERE id = :id").bind("id", releaseId)
                    .mapTo(Integer.class).findOne().isEmpty()) {
                throw SqlLibrary.notInLibrary(releaseId);
            }
            return out;
        });
    }

    @Override
    public Release release(long releaseId, int number) throws LibraryException {
        return lib.tx.read(h -> release(h, releaseId, number));
    }

    private Release release(Handle h, long releaseId, int number) throws LibraryException {
        Row row = row(h, releaseId, number).orElseThrow(() -> new LibraryException("Release " + releaseId
                + " has no revision " + number + " (presskit history " + releaseId + " lists them)."));
        return snapshot(h, row.snapshot(), "Revision " + number + " of release " + releaseId);
    }

    @Override
    public long restore(long releaseId, int number, long expectedVersion) throws LibraryException {
        return lib.tx.write(h -> lib.releases.replace(h, releaseId, expectedVersion, release(h, releaseId, number),
                List.of(), Revision.Event.RESTORED, "revision " + number, false));
    }

    @Override
    public RevisionComparison compare(long releaseId, int older, int newer) throws LibraryException {
        return lib.tx.read(h -> {
            Row a = row(h, releaseId, older).orElseThrow(() -> noRevision(releaseId, older));
            Row b = row(h, releaseId, newer).orElseThrow(() -> noRevision(releaseId, newer));
            Release ra = snapshot(h, a.snapshot(), "Revision " + older + " of release " + releaseId);
            Release rb = snapshot(h, b.snapshot(), "Revision " + newer + " of release " + releaseId);
            Map<String, String> fa = ReleaseFields.of(ra);
            Map<String, String> fb = ReleaseFields.of(rb);
            Set<String> fields = new LinkedHashSet<>(fb.keySet());
            fields.addAll(fa.keySet());
            List<RevisionComparison.FieldDiff> diffs = new ArrayList<>();
            for (String f : fields) {
                if (!Objects.equals(fa.get(f), fb.get(f))) {
                    diffs.add(new RevisionComparison.FieldDiff(f, TextDiff.between(fa.get(f), fb.get(f))));
                }
            }
            return new RevisionComparison(a.revision(), ra, b.revision(), rb, diffs);
        });
    }

    private static LibraryException noRevision(long releaseId, int number) {
        return new LibraryException("Release " + releaseId + " has no revision " + number
                + " (presskit history " + releaseId + " lists them).");
    }

    // ---------------------------------------------------------------- inside transactions

    /**
     * A release stored before history existed (a library upgraded to schema 5) gets its stored content as its first
     * revision before anything changes it, so that the first save's change is recorded against what was there.
     */
    void ensureBaseline(Handle h, long releaseId) {
        if (h.createQuery("SELECT 1 FROM release_revision WHERE release_id = :id LIMIT 1").bind("id", releaseId)
                .mapTo(Integer.class).findOne().isPresent()) {
            return;
        }
        try {
            VersionedRelease v = lib.releases.readVersioned(h, releaseId).orElseThrow();
            Instant at = h.createQuery("SELECT updated_at FROM release WHERE id = :id").bind("id", releaseId)
                    .map((rs, ctx) -> lib.dialect.instant(rs, "updated_at")).one();
            insert(h, releaseId, 1, Revision.Event.CREATED, v.status(), "unknown", at == null ? lib.now() : at,
                    null, List.of(), store(h, ReleaseSnapshot.of(v.release())));
        } catch (LibraryException | RuntimeException e) {
            // a damaged row is overwritten by this save; there is nothing readable to keep
        }
    }

    /**
     * Records a write: amends the open editing session of {@code by} (see {@link History}), or adds a revision; then
     * thins the release's history.
     */
    void record(Handle h, long releaseId, Revision.Event event, Release content, WorkflowStatus status, String by,
                String note) throws LibraryException {
        Instant now = lib.now();
        ReleaseSnapshot snap = ReleaseSnapshot.of(content);
        List<Row> last = h.createQuery("SELECT " + COLUMNS + " FROM release_revision WHERE release_id = :id "
                        + "ORDER BY number DESC LIMIT 2")
                .bind("id", releaseId).map(revisionRow).list();
        Row open = last.isEmpty() ? null : last.get(0);
        boolean amend = event == Revision.Event.EDITED && open != null && open.revision().event() == Revision.Event.EDITED
                && open.revision().by().equals(by) && !now.isAfter(open.revision().savedAt().plus(SESSION_GAP));
        if (event == Revision.Event.EDITED && open != null && open.snapshot().equals(snap.sha256()) && !amend) {
            return; // saved again unchanged: no new revision
        }
        store(h, snap);
        if (amend) {
            Release before = last.size() > 1 ? snapshot(h, last.get(1).snapshot(), "A revision of release " + releaseId) : null;
            h.createUpdate("UPDATE release_revision SET saved_at = :now, snapshot_sha256 = :snap, changed = :changed, "
                            + "status = :status WHERE release_id = :id AND number = :n")
                    .bind("now", now).bind("snap", snap.sha256()).bind("changed", changedText(before, content))
                    .bind("status", status.key()).bind("id", releaseId).bind("n", open.revision().number()).execute();
            collectSnapshots(h, List.of(open.snapshot()));
            return;
        }
        Release before = open == null ? null : snapshot(h, open.snapshot(), "A revision of release " + releaseId);
        List<String> changed = event == Revision.Event.CREATED ? List.of() : ReleaseFields.changed(before, content);
        insert(h, releaseId, open == null ? 1 : open.revision().number() + 1, event, status, by, now, note, changed,
                snap.sha256());
        thin(h, releaseId, now);
    }

    private void insert(Handle h, long releaseId, int number, Revision.Event event, WorkflowStatus status, String by,
                        Instant at, String note, List<String> changed, String snapshot) {
        h.createUpdate("INSERT INTO release_revision (" + COLUMNS + ") VALUES (:id, :n, :event, :status, :by, :at, :at, "
                        + ":note, :changed, :snap)")
                .bind("id", releaseId).bind("n", number).bind("event", event.key()).bind("status", status.key())
                .bind("by", by).bind("at", at).bind("note", note == null || note.isBlank() ? null : note.strip())
                .bind("changed", String.join(", ", changed)).bind("snap", snapshot).execute();
    }

    /** Stores a snapshot once, with the images it shows (kept while a revision needs them, for a whole restore). */
    private String store(Handle h, ReleaseSnapshot snap) {
        h.createUpdate("INSERT INTO release_snapshot (sha256, content) VALUES (:sha, :content) ON CONFLICT (sha256) DO NOTHING")
                .bind("sha", snap.sha256()).bind("content", snap.deflated()).execute();
        Set<String> images = new LinkedHashSet<>();
        for (Photo p : snap.release().photos()) {
            images.add(p.sha256());
        }
        images.retainAll(lib.images.present(h, images));
        if (!images.isEmpty()) {
            var batch = h.prepareBatch("INSERT INTO release_snapshot_image (snapshot_sha256, image_sha256) "
                    + "VALUES (:snap, :image) ON CONFLICT (snapshot_sha256, image_sha256) DO NOTHING");
            for (String image : images) {
                batch.bind("snap", snap.sha256()).bind("image", image).add();
            }
            batch.execute();
        }
        return snap.sha256();
    }

    private String changedText(Release before, Release after) {
        return String.join(", ", ReleaseFields.changed(before, after));
    }

    /** Drops thinned revisions (see {@link HistoryRules}) and recomputes what the next kept one changed. */
    private void thin(Handle h, long releaseId, Instant now) throws LibraryException {
        List<Row> rows = rows(h, releaseId);
        Set<Integer> drop = HistoryRules.toDrop(rows.stream().map(r -> new HistoryRules.Entry(r.revision().number(),
                r.revision().event(), r.revision().savedAt())).toList(), now);
        if (drop.isEmpty()) {
            return;
        }
        List<String> freed = new ArrayList<>();
        Row previousKept = null;
        boolean gap = false;
        for (Row r : rows) {
            if (drop.contains(r.revision().number())) {
                h.createUpdate("DELETE FROM release_revision WHERE release_id = :id AND number = :n")
                        .bind("id", releaseId).bind("n", r.revision().number()).execute();
                freed.add(r.snapshot());
                gap = true;
                continue;
            }
            if (gap && previousKept != null && r.revision().event() != Revision.Event.CREATED) {
                Release before = snapshot(h, previousKept.snapshot(), "A revision of release " + releaseId);
                Release after = snapshot(h, r.snapshot(), "A revision of release " + releaseId);
                h.createUpdate("UPDATE release_revision SET changed = :changed WHERE release_id = :id AND number = :n")
                        .bind("changed", changedText(before, after)).bind("id", releaseId)
                        .bind("n", r.revision().number()).execute();
            }
            gap = false;
            previousKept = r;
        }
        collectSnapshots(h, freed);
    }

    /** Deletes snapshots (and their image links) that no revision points at any more; then unused images may go. */
    private void collectSnapshots(Handle h, List<String> candidates) {
        Set<String> distinct = new LinkedHashSet<>(candidates);
        if (distinct.isEmpty()) {
            return;
        }
        List<String> images = h.createQuery("SELECT image_sha256 FROM release_snapshot_image WHERE snapshot_sha256 IN (<s>)")
                .bindList("s", new ArrayList<>(distinct)).mapTo(String.class).list();
        h.createUpdate("DELETE FROM release_snapshot WHERE sha256 IN (<s>) AND NOT EXISTS "
                        + "(SELECT 1 FROM release_revision v WHERE v.snapshot_sha256 = release_snapshot.sha256)")
                .bindList("s", new ArrayList<>(distinct)).execute();
        lib.images.collect(h, images);
    }

    /** After releases were deleted for good: every snapshot no revision needs. */
    void collect(Handle h) {
        h.createUpdate("DELETE FROM release_snapshot WHERE NOT EXISTS "
                + "(SELECT 1 FROM release_revision v WHERE v.snapshot_sha256 = release_snapshot.sha256)").execute();
    }

    Optional<Revision> lastStatusChange(Handle h, long releaseId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM release_revision WHERE release_id = :id AND event = 'status' "
                        + "ORDER BY number DESC LIMIT 1")
                .bind("id", releaseId).map(revisionRow).findOne().map(Row::revision);
    }

    private List<Row> rows(Handle h, long releaseId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM release_revision WHERE release_id = :id ORDER BY number")
                .bind("id", releaseId).map(revisionRow).list();
    }

    private Optional<Row> row(Handle h, long releaseId, int number) {
        return h.createQuery("SELECT " + COLUMNS + " FROM release_revision WHERE release_id = :id AND number = :n")
                .bind("id", releaseId).bind("n", number).map(revisionRow).findOne();
    }

    private Row row(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        String changed = rs.getString("changed");
        Instant started = lib.dialect.instant(rs, "started_at");
        Instant saved = lib.dialect.instant(rs, "saved_at");
        return new Row(new Revision(rs.getLong("release_id"), rs.getInt("number"),
                Revision.Event.fromKey(rs.getString("event")), SqlReleases.status(rs.getString("status")),
                rs.getString("author"), started == null ? Instant.EPOCH : started, saved == null ? Instant.EPOCH : saved,
                rs.getString("note"), changed == null || changed.isEmpty() ? List.of() : List.of(changed.split(", "))),
                rs.getString("snapshot_sha256"));
    }

    private Release snapshot(Handle h, String sha, String what) throws LibraryException {
        byte[] content = h.createQuery("SELECT content FROM release_snapshot WHERE sha256 = :sha").bind("sha", sha)
                .map((rs, ctx) -> rs.getBytes(1)).findOne()
                .orElseThrow(() -> new Transactions.Refusal(new LibraryException(what + " is missing from the library.")));
        return ReleaseSnapshot.read(content, what);
    }
}
