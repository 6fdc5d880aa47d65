package io.presskit.library;

import io.presskit.image.PreparedImage;
import io.presskit.model.Dateline;
import io.presskit.model.InvalidReleaseException;
import io.presskit.model.Problem;
import io.presskit.model.Release;
import io.presskit.model.ReleaseRules;
import io.presskit.model.ReleaseSummary;
import io.presskit.model.ReleaseTiming;
import io.presskit.model.SharedParts;
import io.presskit.model.TextUnits;
import io.presskit.model.WorkflowStatus;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link Releases} in SQL, the same statements on SQLite and PostgreSQL. */
final class SqlReleases implements Releases {
    /** What a list row shows, and no more: no body, no JSON. */
    private static final String LISTED = "r.id, r.status, r.language, r.headline, r.created_at, r.updated_at, r.family_id, ";
    private static final String NEWEST_FIRST = " ORDER BY r.updated_at DESC, r.id DESC";

    private final SqlLibrary lib;
    private final org.jdbi.v3.core.mapper.RowMapper<ReleaseSummary> summaryRow = this::summary;

    SqlReleases(SqlLibrary lib) {
        this.lib = lib;
    }

    private String summaries() {
        return "SELECT " + LISTED + lib.dialect.rowCheckColumns() + " FROM release r ";
    }

    // ---------------------------------------------------------------- writes

    @Override
    public long insert(Release release, Collection<PreparedImage> images) throws LibraryException {
        SqlLibrary.refuse(ReleaseRules.hardLimits(release));
        return lib.tx.write(h -> insert(h, release, images, lib.user()));
    }

    /** Inside a transaction: the new release's row, photos, links and first revision, in a family of its own. */
    long insert(Handle h, Release release, Collection<PreparedImage> images, String by) throws LibraryException {
        return insert(h, release, images, by, newFamily(h), 0, TextUnits.positional(release, lib.now()));
    }

    /** A new, empty family; its id is never a release's and never another family's. */
    long newFamily(Handle h) {
        return h.createQuery("INSERT INTO release_family DEFAULT VALUES RETURNING id").mapTo(Long.class).one();
    }

    /** Inside a transaction: a new release as version {@code position} of family {@code family}. */
    long insert(Handle h, Release release, Collection<PreparedImage> images, String by, long family, int position,
                TextUnits units) throws LibraryException {
        Instant now = lib.now();
        lib.images.store(h, images);
        long id = bindContent(h.createQuery("""
                INSERT INTO release (language, issuer, label, embargo_until, headline, subheadline, highlights,
                    dateline_place, dateline_date, body, end_mark, contacts_heading, status, created_at, updated_at,
                    family_id, family_position, text_units)
                VALUES (:language, :issuer, :label, :embargo, :headline, :subheadline, :highlights, :place, :date,
                    :body, :endMark, :contactsHeading, 'draft', :now, :now, :family, :position, :units) RETURNING id"""), release)
                .bind("now", now).bind("family", family).bind("position", position)
                .bind("units", TextUnitsJson.write(units)).mapTo(Long.class).one();
        lib.directory.writeLinks(h, id, release, false);
        lib.history.record(h, id, Revision.Event.CREATED, readRelease(h, id), WorkflowStatus.DRAFT, by, null);
        return id;
    }

    @Override
    public long save(long id, long expectedVersion, Release release, Collection<PreparedImage> newImages)
            throws LibraryException {
        SqlLibrary.refuse(ReleaseRules.hardLimits(release));
        return lib.tx.write(h -> replace(h, id, expectedVersion, release, newImages, Revision.Event.EDITED, null, false));
    }

    @Override
    public long saveBackToDraft(long id, long expectedVersion, Release release, Collection<PreparedImage> newImages,
                                String note) throws LibraryException {
        SqlLibrary.refuse(ReleaseRules.hardLimits(release));
        return lib.tx.write(h -> replace(h, id, expectedVersion, release, newImages, Revision.Event.STATUS, note, true));
    }

    /**
     * The one save: version checked, lock respected (unless {@code toDraft}), content, links and photos in place,
     * version raised, the revision recorded, the shared parts carried to the other language versions. {@code
     * lenientLinks}: a restore meets contacts that were deleted since.
     */
    long replace(Handle h, long id, long expected, Release release, Collection<PreparedImage> newImages,
                 Revision.Event event, String note, boolean toDraft) throws LibraryException {
        return replace(h, id, expected, release, null, null, newImages, event, note, toDraft);
    }

    /**
     * {@link #replace} with the keys of the highlights and paragraphs when the caller knows them (the side-by-side
     * editor); null keys: the library finds which paragraph each one was ({@link TextUnits#afterSave}).
     */
    long replace(Handle h, long id, long expected, Release release, List<String> highlightKeys, List<String> bodyKeys,
                 Collection<PreparedImage> newImages, Revision.Event event, String note, boolean toDraft)
            throws LibraryException {
        List<Member> family = lockFamily(h, id);
        Member me = family.stream().filter(m -> m.id() == id).findFirst().orElseThrow(() -> SqlLibrary.notInLibrary(id));
        if (me.version() != expected) {
            throw new ConflictException(id, expected, readVersioned(h, id).orElseThrow(), release);
        }
        if (locked(me.status()) && !toDraft) {
            throw locked(h, id, me.status());
        }
        List<Stored> others = new ArrayList<>();
        for (Member m : family) {
            Stored o = m.id() == id ? null : stored(h, m);
            if (o != null) {
                others.add(o);
            }
        }
        Stored before = stored(h, me);
        List<TextUnits> siblingUnits = others.stream().map(Stored::units).toList();
        Instant now = lib.now();
        Release was = before == null ? Release.blank(release.language()) : before.release();
        TextUnits wasUnits = before == null ? TextUnits.positional(was, now) : before.units();
        TextUnits units = highlightKeys == null
                ? TextUnits.afterSave(was, wasUnits, release, siblingUnits, now)
                : TextUnits.afterKeyedSave(was, wasUnits, release, highlightKeys, bodyKeys, siblingUnits, now);
        WorkflowStatus status = toDraft ? WorkflowStatus.DRAFT : me.status();
        write(h, id, release, status, units, newImages, event, note, lib.user());
        shareFrom(h, id, units, others, status, event == Revision.Event.STATUS ? note : null);
        return me.version() + 1;
    }

    /** A version of a family as its row stands, locked for the rest of the transaction. */
    record Member(long id, long family, int position, long version, WorkflowStatus status, String units, Instant updatedAt,
                  boolean deleted) {
    }

    /** A version's content with its text units. */
    record Stored(Member member, Release release, TextUnits units) {
    }

    /** The versions of release {@code id}'s family, their rows locked in id order (so two saves never deadlock). */
    List<Member> lockFamily(Handle h, long id) throws LibraryException {
        Long family = h.createQuery("SELECT family_id FROM release WHERE id = :id").bind("id", id).mapTo(Long.class)
                .findOne().orElseThrow(() -> SqlLibrary.notInLibrary(id));
        return members(h, family, true);
    }

    List<Member> members(Handle h, long family, boolean lock) {
        return h.createQuery("SELECT id, family_id, family_position, version, status, text_units, updated_at, deleted_at "
                        + "FROM release WHERE family_id = :family ORDER BY id" + (lock ? lib.dialect.forUpdate() : ""))
                .bind("family", family)
                .map((rs, ctx) -> new Member(rs.getLong("id"), rs.getLong("family_id"), rs.getInt("family_position"),
                        rs.getLong("version"), status(rs.getString("status")), rs.getString("text_units"),
                        lib.dialect.instant(rs, "updated_at"), rs.getString("deleted_at") != null))
                .list().stream().sorted(java.util.Comparator.comparingInt(Member::position).thenComparingLong(Member::id))
                .toList();
    }

    /** The version's content and units; null for a row damaged by hand, which a save overwrites and nothing copies. */
    Stored stored(Handle h, Member m) {
        Release r;
        try {
            r = readRelease(h, m.id());
        } catch (LibraryException | Transactions.Refusal e) {
            return null;
        }
        return new Stored(m, r, TextUnitsJson.read(m.units(), r, m.updatedAt() == null ? lib.now() : m.updatedAt()));
    }

    /**
     * Writes a version's content as it is given, no checks: row, links, photos, units, version raised, revision
     * recorded, images no longer used collected.
     */
    void write(Handle h, long id, Release release, WorkflowStatus status, TextUnits units,
               Collection<PreparedImage> newImages, Revision.Event event, String note, String by) throws LibraryException {
        lib.history.ensureBaseline(h, id);
        List<String> oldImages = h.createQuery("SELECT image_sha256 FROM release_photo WHERE release_id = :id")
                .bind("id", id).mapTo(String.class).list();
        lib.images.store(h, newImages);
        bindContent(h.createUpdate("""
                UPDATE release SET language = :language, issuer = :issuer, label = :label, embargo_until = :embargo,
                    headline = :headline, subheadline = :subheadline, highlights = :highlights, dateline_place = :place,
                    dateline_date = :date, body = :body, end_mark = :endMark, contacts_heading = :contactsHeading,
                    status = :status, text_units = :units, updated_at = :now, version = version + 1 WHERE id = :id"""), release)
                .bind("status", status.key()).bind("units", TextUnitsJson.write(units)).bind("now", lib.now())
                .bind("id", id).execute();
        for (String t : List.of("release_photo", "release_contact", "release_boilerplate")) {
            h.createUpdate("DELETE FROM " + t + " WHERE release_id = :id").bind("id", id).execute();
        }
        lib.directory.writeLinks(h, id, release, event == Revision.Event.RESTORED);
        lib.history.record(h, id, event, readRelease(h, id), status, by, note);
        lib.images.collect(h, oldImages);
    }

    /**
     * After a save of version {@code id}: every other version of its family gets its shared parts (photos, contacts,
     * boilerplates, embargo instant) and its status, each one changed written as an edit of that version (its
     * version raised, a revision in its history), so an editor holding its older copy meets a conflict.
     */
    void shareFrom(Handle h, long id, TextUnits units, List<Stored> others, WorkflowStatus status, String statusNote)
            throws LibraryException {
        if (others.isEmpty()) {
            return;
        }
        Release source = readRelease(h, id);
        List<TextUnits> all = new ArrayList<>();
        all.add(units);
        others.forEach(o -> all.add(o.units()));
        for (int i = 0; i < others.size(); i++) {
            Stored o = others.get(i);
            Release shared = SharedParts.of(source, o.release());
            boolean content = !shared.equals(o.release());
            if (!content && o.member().status() == status) {
                continue;
            }
            List<TextUnits> siblings = new ArrayList<>(all);
            siblings.remove(i + 1);
            TextUnits u = TextUnits.afterSave(o.release(), o.units(), shared, siblings, lib.now());
            write(h, o.member().id(), shared, status, u, List.of(),
                    content ? Revision.Event.EDITED : Revision.Event.STATUS,
                    content ? null : statusNote, lib.user());
        }
    }

    static boolean locked(WorkflowStatus s) {
        return s == WorkflowStatus.APPROVED || s == WorkflowStatus.ISSUED;
    }

    private LibraryException locked(Handle h, long id, WorkflowStatus status) {
        Optional<Revision> by = lib.history.lastStatusChange(h, id);
        return new LibraryException(LibraryException.Kind.LOCKED, "Release " + id + " is " + status.key()
                + by.map(r -> " (by " + r.by() + ", " + r.savedAt().toString().substring(0, 10) + ")").orElse("")
                + ", so it is locked; send it back to draft to edit it.", null);
    }

    /**
     * A status is the family's: every version moves with release {@code id}, and approving or issuing needs every
     * version outside the trash to be complete.
     */
    @Override
    public long setStatus(long id, WorkflowStatus status, String by, String note) throws LibraryException {
        return lib.tx.write(h -> {
            List<Member> family = lockFamily(h, id);
            Member me = family.stream().filter(m -> m.id() == id).findFirst().orElseThrow(() -> SqlLibrary.notInLibrary(id));
            if (family.stream().allMatch(m -> m.status() == status)) {
                return me.version();
            }
            if (locked(status)) {
                for (Member m : family) {
                    if (m.deleted() && m.id() != id) {
                        continue;
                    }
                    List<Problem> problems = ReleaseRules.validate(readRelease(h, m.id()));
                    if (!problems.isEmpty()) {
                        throw new LibraryException("Release " + id + " cannot be " + status.key() + " yet: "
                                + (m.id() == id ? "" : "its " + readRelease(h, m.id()).language() + " version (release "
                                + m.id() + ") is not complete: ") + problems.get(0).sentence());
                    }
                }
            }
            for (Member m : family) {
                if (m.status() == status) {
                    continue;
                }
                lib.history.ensureBaseline(h, m.id());
                h.createUpdate("UPDATE release SET status = :status, updated_at = :now, version = version + 1 WHERE id = :id")
                        .bind("status", status.key()).bind("now", lib.now()).bind("id", m.id()).execute();
                lib.history.record(h, m.id(), Revision.Event.STATUS, readRelease(h, m.id()), status, by, note);
            }
            return me.version() + 1;
        });
    }

    @Override
    public void moveToTrash(long id) throws LibraryException {
        setDeleted(id, lib.now());
    }

    @Override
    public void restoreFromTrash(long id) throws LibraryException {
        setDeleted(id, null);
    }

    private void setDeleted(long id, Instant when) throws LibraryException {
        lib.tx.write(h -> {
            if (h.createUpdate("UPDATE release SET deleted_at = :when WHERE id = :id")
                    .bindByType("when", when, Instant.class).bind("id", id).execute() != 1) {
                throw SqlLibrary.notInLibrary(id);
            }
            return null;
        });
    }

    @Override
    public void emptyTrash() throws LibraryException {
        lib.tx.write(h -> {
            h.createUpdate("DELETE FROM release WHERE deleted_at IS NOT NULL").execute();
            collectFamilies(h);
            lib.history.collect(h);
            lib.images.collectAll(h);
            return null;
        });
    }

    @Override
    public void delete(long id) throws LibraryException {
        lib.tx.write(h -> {
            if (h.createUpdate("DELETE FROM release WHERE id = :id").bind("id", id).execute() != 1) {
                throw SqlLibrary.notInLibrary(id);
            }
            collectFamilies(h);
            lib.history.collect(h);
            lib.images.collectAll(h);
            return null;
        });
    }

    /** Families with no version left. */
    static void collectFamilies(Handle h) {
        h.createUpdate("DELETE FROM release_family WHERE NOT EXISTS (SELECT 1 FROM release r WHERE r.family_id = release_family.id)")
                .execute();
    }

    @Override
    public long duplicate(long id) throws LibraryException {
        return lib.tx.write(h -> insert(h, readRelease(h, id), List.of(), lib.user()));
    }

    // ---------------------------------------------------------------- reads

    @Override
    public Optional<VersionedRelease> read(long id) throws LibraryException {
        return lib.tx.read(h -> readVersioned(h, id));
    }

    Release readRelease(Handle h, long id) throws LibraryException {
        return readVersioned(h, id).orElseThrow(() -> SqlLibrary.notInLibrary(id)).release();
    }

    Optional<VersionedRelease> readVersioned(Handle h, long id) throws LibraryException {
        Optional<VersionedRelease> row = h.createQuery("""
                        SELECT r.id, r.version, r.status, r.language, r.issuer, r.label, r.embargo_until, r.headline,
                               r.subheadline, r.highlights, r.dateline_place, r.dateline_date, r.body, r.end_mark,
                               r.contacts_heading, r.created_at, r.updated_at, """ + lib.dialect.rowCheckColumns()
                        + " FROM release r WHERE r.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> {
                    String damage = ReleaseRowCheck.damage(rs, lib.dialect.instant(rs, "created_at"),
                            lib.dialect.instant(rs, "updated_at"));
                    if (damage != null) {
                        throw new Transactions.Refusal(new LibraryException("Release " + id
                                + " is damaged in the library: " + damage + "."));
                    }
                    return new VersionedRelease(id, rs.getLong("version"), status(rs.getString("status")), content(rs, id));
                })
                .findOne();
        if (row.isEmpty()) {
            return row;
        }
        VersionedRelease v = row.get();
        Release r = v.release();
        Release whole = new Release(r.language(), r.issuer(), r.label(), r.timing(), r.headline(), r.subheadline(),
                r.highlights(), r.dateline(), r.body(), r.endMark(), lib.images.photosOf(h, id),
                lib.directory.boilerplatesOf(h, id), r.contactsHeading(), lib.directory.contactsOf(h, id));
        return Optional.of(new VersionedRelease(id, v.version(), v.status(), whole));
    }

    /** The row's own fields; photos and links are read apart. */
    private static Release content(ResultSet rs, long id) throws SQLException {
        String embargo = rs.getString("embargo_until");
        ReleaseTiming timing;
        try {
            timing = embargo == null ? ReleaseTiming.IMMEDIATE
                    : new ReleaseTiming.Embargoed(ReleaseRules.parseEmbargo("release.until", embargo));
        } catch (InvalidReleaseException e) {
            throw Transactions.refuse("The library holds a release it cannot read: " + e.getMessage(), e);
        }
        String place = rs.getString("dateline_place");
        String date = rs.getString("dateline_date");
        Dateline dateline = place == null ? null : new Dateline(place, date == null ? null : LocalDate.parse(date));
        return new Release(rs.getString("language"), rs.getString("issuer"), rs.getString("label"), timing,
                rs.getString("headline"), rs.getString("subheadline"), texts(rs.getString("highlights"), id, "highlights"),
                dateline, texts(rs.getString("body"), id, "body"), rs.getString("end_mark"), List.of(), List.of(),
                rs.getString("contacts_heading"), List.of());
    }

    /** A release's list of texts; damaged items are named in words, as the row checks name the rest. */
    private static List<String> texts(String json, long id, String field) {
        try {
            return SqlLibrary.strings(json);
        } catch (SQLException e) {
            throw new Transactions.Refusal(new LibraryException("Release " + id + " is damaged in the library: its "
                    + field + " holds something other than texts.", e));
        }
    }

    @Override
    public Optional<Long> version(long id) throws LibraryException {
        return lib.tx.read(h -> h.createQuery("SELECT version FROM release WHERE id = :id").bind("id", id)
                .mapTo(Long.class).findOne());
    }

    @Override
    public List<ReleaseSummary> list() throws LibraryException {
        return lib.tx.read(h -> h.createQuery(summaries() + "WHERE r.deleted_at IS NULL" + NEWEST_FIRST)
                .map(summaryRow).list());
    }

    @Override
    public Optional<ReleaseSummary> summary(long id) throws LibraryException {
        return lib.tx.read(h -> h.createQuery(summaries() + "WHERE r.id = :id").bind("id", id).map(summaryRow).findOne());
    }

    @Override
    public List<ReleaseSummary> search(String query) throws LibraryException {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return list();
        }
        return lib.tx.read(h -> h.createQuery(summaries() + lib.dialect.searchCondition(q)
                        + " AND r.deleted_at IS NULL" + NEWEST_FIRST)
                .bind("q", lib.dialect.searchArgument(q)).map(summaryRow).list());
    }

    @Override
    public List<ReleaseSummary> trash() throws LibraryException {
        return lib.tx.read(h -> h.createQuery(summaries() + "WHERE r.deleted_at IS NOT NULL ORDER BY r.deleted_at DESC, r.id DESC")
                .map(summaryRow).list());
    }

    /** The releases linked from {@code linkTable} to shared record {@code id}. */
    List<ReleaseSummary> using(String linkTable, String column, long id) throws LibraryException {
        return lib.tx.read(h -> h.createQuery(summaries() + "WHERE r.id IN (SELECT release_id FROM " + linkTable
                + " WHERE " + column + " = :id)" + NEWEST_FIRST).bind("id", id).map(summaryRow).list());
    }

    /** A summary row; a damaged one is kept, marked, with stand-in times where its own cannot be read. */
    ReleaseSummary summary(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        Instant created = lib.dialect.instant(rs, "created_at");
        Instant updated = lib.dialect.instant(rs, "updated_at");
        String damage = ReleaseRowCheck.damage(rs, created, updated);
        created = created != null ? created : updated != null ? updated : Instant.EPOCH;
        return new ReleaseSummary(rs.getLong("id"), status(rs.getString("status")), rs.getString("language"),
                rs.getString("headline"), created, updated != null ? updated : created, damage, rs.getLong("family_id"));
    }

    static WorkflowStatus status(String key) {
        return WorkflowStatus.fromKey(key).orElse(WorkflowStatus.DRAFT);
    }

    private static <S extends SqlStatement<S>> S bindContent(S st, Release r) {
        return st.bind("language", r.language())
                .bind("issuer", r.issuer())
                .bind("label", r.label())
                .bind("embargo", r.timing() instanceof ReleaseTiming.Embargoed e ? e.iso() : null)
                .bind("headline", r.headline())
                .bind("subheadline", r.subheadline())
                .bind("highlights", SqlLibrary.json(r.highlights()))
                .bind("place", r.dateline() == null ? null : r.dateline().place())
                .bindByType("date", r.dateline() == null ? null : r.dateline().date(), LocalDate.class)
                .bind("body", SqlLibrary.json(r.body()))
                .bind("endMark", r.endMark())
                .bind("contactsHeading", r.contactsHeading());
    }
}
