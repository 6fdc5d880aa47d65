package io.presskit.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.presskit.bundle.BundleExporter;
import io.presskit.image.ImageInfo;
import io.presskit.image.ImagePipeline;
import io.presskit.image.ImageRejectedException;
import io.presskit.image.ImageRules;
import io.presskit.image.PhotoRendition;
import io.presskit.image.PhotoSource;
import io.presskit.image.PreparedImage;
import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.Dateline;
import io.presskit.model.InvalidReleaseException;
import io.presskit.model.Photo;
import io.presskit.model.Problem;
import io.presskit.model.Release;
import io.presskit.model.ReleaseRules;
import io.presskit.model.ReleaseSummary;
import io.presskit.model.ReleaseTiming;
import io.presskit.model.WorkflowStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The library: one SQLite file holding every release, photo (originals untouched), contact and
 * boilerplate. WAL journal, foreign keys on, a busy timeout, and every change in one transaction, so a
 * crash or a refused input never leaves half a change behind. All methods are thread-safe (one
 * connection, serialised); the UI calls them off the FX thread.
 */
public final class LibraryStore implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final Path file;
    private final Connection conn;
    private final Clock clock;
    private final boolean created;

    private LibraryStore(Path file, Connection conn, Clock clock, boolean created) {
        this.file = file;
        this.conn = conn;
        this.clock = clock;
        this.created = created;
    }

    /** Opens (creating and migrating as needed) the library at {@code file}. */
    public static LibraryStore open(Path file) throws LibraryException {
        return open(file, Clock.systemUTC());
    }

    public static LibraryStore open(Path file, Clock clock) throws LibraryException {
        Path abs = file.toAbsolutePath();
        boolean existed;
        try {
            existed = Files.exists(abs) && Files.size(abs) > 0;
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
        } catch (IOException e) {
            throw new LibraryException("The library folder " + abs.getParent() + " cannot be created (" + e.getMessage() + ").", e);
        }
        Connection conn = Migrations.openAndMigrate(abs);
        return new LibraryStore(abs, conn, clock, !existed);
    }

    /**
     * Opens an existing library read-only: for a read-only file, or one another Presskit window holds.
     * Every write is refused with a sentence saying so.
     */
    public static LibraryStore openReadOnly(Path file) throws LibraryException {
        Path abs = file.toAbsolutePath();
        if (!Files.isRegularFile(abs)) {
            throw new LibraryException("The library " + abs + " does not exist.");
        }
        return new LibraryStore(abs, Migrations.openReadOnly(abs), Clock.systemUTC(), false);
    }

    /**
     * Writes a consistent copy of the library to {@code target} with SQLite's online backup, while the
     * library stays open; refuses to overwrite an existing file.
     */
    public synchronized void backup(Path target) throws LibraryException {
        Path abs = target.toAbsolutePath();
        if (Files.exists(abs)) {
            throw new LibraryException(target + " already exists; choose a new file name for the backup.");
        }
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
            Backups.backup(conn, abs);
        } catch (IOException | SQLException e) {
            throw new LibraryException("The backup " + target + " could not be written (" + e.getMessage() + ").", e);
        }
    }

    /** True when this open created the file: the caller seeds a new library with the sample release. */
    public boolean isNew() {
        return created;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException ignored) {
            // closing: nothing left to protect, every change was committed or rolled back
        }
    }

    // ---------------------------------------------------------------- releases

    /** Stores a new release with its photos (originals, thumbnails, renditions) in one transaction. */
    public synchronized long insertRelease(Release release, Collection<PreparedImage> images) throws LibraryException {
        check(release);
        return tx(() -> {
            storeImages(images);
            String now = now();
            long id;
            try (PreparedStatement ps = conn.prepareStatement("""
                    INSERT INTO release (language, issuer, label, embargo_until, headline, subheadline, highlights,
                        dateline_place, dateline_date, body, end_mark, contacts_heading, status, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                bindContent(ps, release);
                ps.setString(13, now);
                ps.setString(14, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            writeLinks(id, release);
            return id;
        });
    }

    /** Replaces the content of release {@code id} (the editor's autosave); new photos come with their images. */
    public synchronized void saveRelease(long id, Release release, Collection<PreparedImage> newImages)
            throws LibraryException {
        check(release);
        tx(() -> {
            storeImages(newImages);
            try (PreparedStatement ps = conn.prepareStatement("""
                    UPDATE release SET language = ?, issuer = ?, label = ?, embargo_until = ?, headline = ?,
                        subheadline = ?, highlights = ?, dateline_place = ?, dateline_date = ?, body = ?, end_mark = ?,
                        contacts_heading = ?, updated_at = ? WHERE id = ?""")) {
                bindContent(ps, release);
                ps.setString(13, now());
                ps.setLong(14, id);
                if (ps.executeUpdate() != 1) {
                    throw new LibraryException("Release " + id + " is not in the library.");
                }
            }
            for (String t : List.of("release_photo", "release_contact", "release_boilerplate")) {
                try (PreparedStatement ps = conn.prepareStatement("DELETE FROM " + t + " WHERE release_id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            }
            writeLinks(id, release);
            deleteUnusedImages();
            return null;
        });
    }

    public synchronized Optional<Release> release(long id) throws LibraryException {
        return read(() -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM release WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    String embargo = rs.getString("embargo_until");
                    ReleaseTiming timing = embargo == null ? ReleaseTiming.IMMEDIATE
                            : new ReleaseTiming.Embargoed(ReleaseRules.parseEmbargo("release.until", embargo));
                    String place = rs.getString("dateline_place");
                    String date = rs.getString("dateline_date");
                    Dateline dateline = place == null ? null
                            : new Dateline(place, date == null ? null : LocalDate.parse(date));
                    return Optional.of(new Release(rs.getString("language"), rs.getString("issuer"),
                            rs.getString("label"), timing, rs.getString("headline"), rs.getString("subheadline"),
                            strings(rs.getString("highlights")), dateline, strings(rs.getString("body")),
                            rs.getString("end_mark"), photos(id), boilerplatesOf(id),
                            rs.getString("contacts_heading"), contactsOf(id)));
                }
            }
        });
    }

    /** Every release, most recently edited first. */
    public synchronized List<ReleaseSummary> list() throws LibraryException {
        return read(() -> summaries("SELECT * FROM release WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC", null));
    }

    public synchronized Optional<ReleaseSummary> summary(long id) throws LibraryException {
        return read(() -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM release WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(summary(rs)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Releases whose headline or text contains {@code query} (any language: trigram index for three or more
     * characters, a LIKE scan of the same index for one or two), most recently edited first.
     */
    public synchronized List<ReleaseSummary> search(String query) throws LibraryException {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return list();
        }
        return read(() -> {
            if (q.codePointCount(0, q.length()) >= 3) {
                String phrase = "\"" + q.replace("\"", "\"\"") + "\"";
                return summaries("SELECT r.* FROM release r JOIN release_search s ON s.rowid = r.id "
                        + "WHERE release_search MATCH ? AND r.deleted_at IS NULL ORDER BY r.updated_at DESC, r.id DESC", phrase);
            }
            String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            try (PreparedStatement ps = conn.prepareStatement("SELECT r.* FROM release r JOIN release_search s ON s.rowid = r.id "
                    + "WHERE (s.headline LIKE ?1 ESCAPE '\\' OR s.text LIKE ?1 ESCAPE '\\') AND r.deleted_at IS NULL ORDER BY r.updated_at DESC, r.id DESC")) {
                ps.setString(1, like);
                return collect(ps);
            }
        });
    }

    public synchronized void setStatus(long id, WorkflowStatus status) throws LibraryException {
        tx(() -> {
            try (PreparedStatement ps = conn.prepareStatement("UPDATE release SET status = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, status.key());
                ps.setString(2, now());
                ps.setLong(3, id);
                if (ps.executeUpdate() != 1) {
                    throw new LibraryException("Release " + id + " is not in the library.");
                }
            }
            return null;
        });
    }

    /** Moves a release to the trash: it leaves the list and search, and {@link #restoreRelease} brings it back. */
    public synchronized void trashRelease(long id) throws LibraryException {
        setDeleted(id, now());
    }

    public synchronized void restoreRelease(long id) throws LibraryException {
        setDeleted(id, null);
    }

    /** The releases in the trash, most recently deleted first. */
    public synchronized List<ReleaseSummary> trash() throws LibraryException {
        return read(() -> summaries("SELECT * FROM release WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC", null));
    }

    /** Deletes every release in the trash for good, with the photos no other release uses. */
    public synchronized void emptyTrash() throws LibraryException {
        tx(() -> {
            try (Statement st = conn.createStatement()) {
                st.executeUpdate("DELETE FROM release WHERE deleted_at IS NOT NULL");
            }
            deleteUnusedImages();
            return null;
        });
    }

    private void setDeleted(long id, String when) throws LibraryException {
        tx(() -> {
            try (PreparedStatement ps = conn.prepareStatement("UPDATE release SET deleted_at = ? WHERE id = ?")) {
                ps.setString(1, when);
                ps.setLong(2, id);
                if (ps.executeUpdate() != 1) {
                    throw new LibraryException("Release " + id + " is not in the library.");
                }
            }
            return null;
        });
    }

    /** Deletes a release for good, with the photos no other release uses. */
    public synchronized void deleteRelease(long id) throws LibraryException {
        tx(() -> {
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM release WHERE id = ?")) {
                ps.setLong(1, id);
                if (ps.executeUpdate() != 1) {
                    throw new LibraryException("Release " + id + " is not in the library.");
                }
            }
            deleteUnusedImages();
            return null;
        });
    }

    /** A copy of a release as a new draft (to start a translation or a follow-up); photos are shared, not copied. */
    public synchronized long duplicateRelease(long id) throws LibraryException {
        Release r = release(id).orElseThrow(() -> new LibraryException("Release " + id + " is not in the library."));
        return insertRelease(r, List.of());
    }

    // ---------------------------------------------------------------- photos

    /** The photo's original bytes, as imported. */
    public synchronized byte[] original(String sha256) throws LibraryException {
        return read(() -> blob("SELECT original FROM image WHERE sha256 = ?", sha256)
                .orElseThrow(() -> new LibraryException("The photo " + sha256.substring(0, 12) + " is not in the library.")));
    }

    public synchronized Optional<PhotoRendition> thumbnail(String sha256) throws LibraryException {
        return read(() -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT thumbnail_type, thumbnail FROM image WHERE sha256 = ?")) {
                ps.setString(1, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    byte[] bytes = rs.getBytes(2);
                    return Optional.of(new PhotoRendition(rs.getString(1), 0, 0, bytes));
                }
            }
        });
    }

    /**
     * A stored image as the pipeline prepared it (original, thumbnail, kit rendition), or empty when no release
     * uses it any more and it is gone. The editor keeps the images of photos it removes, so that undo can put
     * a photo back after its image left the library.
     */
    public Optional<PreparedImage> storedImage(Photo photo) throws LibraryException {
        Optional<PreparedImage> partial;
        synchronized (this) {
            partial = read(() -> {
                try (PreparedStatement ps = conn.prepareStatement("""
                        SELECT media_type, width, height, orientation, has_alpha, original, thumbnail_type, thumbnail
                        FROM image WHERE sha256 = ?""")) {
                    ps.setString(1, photo.sha256());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            return Optional.empty();
                        }
                        return Optional.of(new PreparedImage(photo.sha256(), rs.getBytes(6), new ImageInfo(rs.getString(1),
                                rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5) == 1),
                                new PhotoRendition(rs.getString(7), 0, 0, rs.getBytes(8)), null));
                    }
                }
            });
        }
        if (partial.isEmpty()) {
            return partial;
        }
        PreparedImage p = partial.get();
        return Optional.of(new PreparedImage(p.sha256(), p.original(), p.info(), p.thumbnail(), rendition(photo)));
    }

    /**
     * The kit rendition of a photo: the stored one when its recipe is current, else made from the
     * original now and stored, so exports never remake it.
     */
    public PhotoRendition rendition(Photo photo) throws LibraryException {
        Optional<PhotoRendition> stored;
        synchronized (this) {
            stored = read(() -> {
                try (PreparedStatement ps = conn.prepareStatement(
                        "SELECT media_type, width, height, bytes FROM image_rendition WHERE sha256 = ? AND recipe = ?")) {
                    ps.setString(1, photo.sha256());
                    ps.setInt(2, ImageRules.RENDITION_RECIPE);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(new PhotoRendition(rs.getString(1), rs.getInt(2), rs.getInt(3),
                                rs.getBytes(4))) : Optional.empty();
                    }
                }
            });
        }
        if (stored.isPresent()) {
            return stored.get();
        }
        PhotoRendition made;
        try {
            made = ImagePipeline.rendition(photo.fileName(), original(photo.sha256()));
        } catch (ImageRejectedException e) {
            throw new LibraryException("The stored photo " + photo.fileName() + " can no longer be decoded.", e);
        }
        synchronized (this) {
            tx(() -> {
                putRendition(photo.sha256(), made);
                return null;
            });
        }
        return made;
    }

    /** The library as the kit's photo source. */
    public PhotoSource photoSource() {
        return photo -> {
            try {
                return rendition(photo);
            } catch (LibraryException e) {
                throw new IOException(e.getMessage(), e);
            }
        };
    }

    /** The library as the originals of a bundle export: each photo's imported bytes. */
    public BundleExporter.Originals originals() {
        return photo -> {
            try {
                return original(photo.sha256());
            } catch (LibraryException e) {
                throw new IOException(e.getMessage(), e);
            }
        };
    }

    // ---------------------------------------------------------------- contacts and boilerplates

    /** The contact directory, by name. */
    public synchronized List<Contact> contacts() throws LibraryException {
        return read(() -> {
            List<Contact> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM contact ORDER BY name COLLATE NOCASE, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(contact(rs));
                }
            }
            return out;
        });
    }

    /** Adds (id null) or updates a contact of the directory; every release linking to it changes with it. */
    public synchronized Contact saveContact(Contact c) throws LibraryException {
        refuse(ReleaseRules.contactHardLimits(c, ""));
        return tx(() -> {
            if (c.id() == null) {
                return c.withId(insertContact(c));
            }
            try (PreparedStatement ps = conn.prepareStatement(
                    "UPDATE contact SET organization = ?, name = ?, phones = ?, emails = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, c.organization());
                ps.setString(2, c.name());
                ps.setString(3, json(c.phones()));
                ps.setString(4, json(c.emails()));
                ps.setString(5, now());
                ps.setLong(6, c.id());
                if (ps.executeUpdate() != 1) {
                    throw new LibraryException("Contact " + c.id() + " is not in the directory.");
                }
            }
            touchReleasesUsing("release_contact", "contact_id", c.id());
            return c;
        });
    }

    /** Removes a contact from the directory and from every release that listed it. */
    public synchronized void deleteContact(long id) throws LibraryException {
        tx(() -> {
            touchReleasesUsing("release_contact", "contact_id", id);
            unlink("release_contact", "contact_id", id);
            exec("DELETE FROM contact WHERE id = ?", id);
            return null;
        });
    }

    /** The releases that list this contact: shown before a shared record is changed. */
    public synchronized List<ReleaseSummary> releasesUsingContact(long id) throws LibraryException {
        return read(() -> summaries("SELECT DISTINCT r.* FROM release r JOIN release_contact l ON l.release_id = r.id "
                + "WHERE l.contact_id = ? ORDER BY r.updated_at DESC", id));
    }

    public synchronized List<Boilerplate> boilerplates() throws LibraryException {
        return read(() -> {
            List<Boilerplate> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM boilerplate ORDER BY title COLLATE NOCASE, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(boilerplate(rs));
                }
            }
            return out;
        });
    }

    public synchronized Boilerplate saveBoilerplate(Boilerplate b) throws LibraryException {
        refuse(ReleaseRules.boilerplateHardLimits(b, ""));
        return tx(() -> {
            if (b.id() == null) {
                return b.withId(insertBoilerplate(b));
            }
            try (PreparedStatement ps = conn.prepareStatement(
                    "UPDATE boilerplate SET title = ?, body = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, b.title());
                ps.setString(2, json(b.body()));
                ps.setString(3, now());
                ps.setLong(4, b.id());
                if (ps.executeUpdate() != 1) {
                    throw new LibraryException("Boilerplate " + b.id() + " is not in the library.");
                }
            }
            touchReleasesUsing("release_boilerplate", "boilerplate_id", b.id());
            return b;
        });
    }

    public synchronized void deleteBoilerplate(long id) throws LibraryException {
        tx(() -> {
            touchReleasesUsing("release_boilerplate", "boilerplate_id", id);
            unlink("release_boilerplate", "boilerplate_id", id);
            exec("DELETE FROM boilerplate WHERE id = ?", id);
            return null;
        });
    }

    public synchronized List<ReleaseSummary> releasesUsingBoilerplate(long id) throws LibraryException {
        return read(() -> summaries("SELECT DISTINCT r.* FROM release r JOIN release_boilerplate l ON l.release_id = r.id "
                + "WHERE l.boilerplate_id = ? ORDER BY r.updated_at DESC", id));
    }

    // ---------------------------------------------------------------- internals

    /** For fault tests in this package: run a pragma on the library's own connection. */
    synchronized void pragmaForTests(String pragma) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("PRAGMA " + pragma);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException, LibraryException, InvalidReleaseException;
    }

    /** Runs {@code work} in one IMMEDIATE transaction: all of it lands, or none of it. */
    private <T> T tx(Work<T> work) throws LibraryException {
        try {
            conn.setAutoCommit(false);
            try {
                T result = work.run();
                conn.commit();
                return result;
            } catch (Throwable t) {
                conn.rollback();
                throw t;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw Migrations.describe(file, e);
        } catch (InvalidReleaseException e) {
            throw new LibraryException(e.getMessage(), e);
        }
    }

    private <T> T read(Work<T> work) throws LibraryException {
        try {
            return work.run();
        } catch (SQLException e) {
            throw Migrations.describe(file, e);
        } catch (InvalidReleaseException e) {
            throw new LibraryException("The library holds a release it cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Storage refuses only what breaks its hard limits: a draft is saved as typed, problems and all; being
     * complete is checked where a release is issued (export, approval, export-bundle), never here.
     */
    private static void check(Release release) throws LibraryException {
        refuse(ReleaseRules.hardLimits(release));
    }

    private static void refuse(List<Problem> problems) throws LibraryException {
        if (!problems.isEmpty()) {
            throw new LibraryException(problems.get(0).sentence());
        }
    }

    private String now() {
        return Instant.now(clock).toString();
    }

    private void bindContent(PreparedStatement ps, Release r) throws SQLException {
        ps.setString(1, r.language());
        ps.setString(2, r.issuer());
        ps.setString(3, r.label());
        ps.setString(4, r.timing() instanceof ReleaseTiming.Embargoed e ? e.iso() : null);
        ps.setString(5, r.headline());
        ps.setString(6, r.subheadline());
        ps.setString(7, json(r.highlights()));
        ps.setString(8, r.dateline() == null ? null : r.dateline().place());
        // a draft's dateline may have its place before its date
        ps.setString(9, r.dateline() == null || r.dateline().date() == null ? null : r.dateline().date().toString());
        ps.setString(10, json(r.body()));
        ps.setString(11, r.endMark());
        ps.setString(12, r.contactsHeading());
    }

    private void storeImages(Collection<PreparedImage> images) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                INSERT OR IGNORE INTO image (sha256, media_type, width, height, orientation, has_alpha, original,
                    thumbnail_type, thumbnail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (PreparedImage img : images) {
                ps.setString(1, img.sha256());
                ps.setString(2, img.info().mediaType());
                ps.setInt(3, img.info().width());
                ps.setInt(4, img.info().height());
                ps.setInt(5, img.info().orientation());
                ps.setInt(6, img.info().hasAlpha() ? 1 : 0);
                ps.setBytes(7, img.original());
                ps.setString(8, img.thumbnail().mediaType());
                ps.setBytes(9, img.thumbnail().bytes());
                ps.setString(10, now());
                ps.executeUpdate();
            }
        }
        for (PreparedImage img : images) {
            putRendition(img.sha256(), img.rendition());
        }
    }

    private void putRendition(String sha, PhotoRendition r) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                INSERT OR REPLACE INTO image_rendition (sha256, recipe, media_type, width, height, bytes)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, sha);
            ps.setInt(2, ImageRules.RENDITION_RECIPE);
            ps.setString(3, r.mediaType());
            ps.setInt(4, r.width());
            ps.setInt(5, r.height());
            ps.setBytes(6, r.bytes());
            ps.executeUpdate();
        }
    }

    private void writeLinks(long id, Release r) throws SQLException, LibraryException {
        try (PreparedStatement ps = conn.prepareStatement("""
                INSERT INTO release_photo (release_id, position, image_sha256, file_name, caption, credit, alt_text)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < r.photos().size(); i++) {
                Photo p = r.photos().get(i);
                if (!exists("SELECT 1 FROM image WHERE sha256 = ?", p.sha256())) {
                    throw new LibraryException("photos[" + i + "]: the image of " + p.fileName() + " is not in the library");
                }
                ps.setLong(1, id);
                ps.setInt(2, i);
                ps.setString(3, p.sha256());
                ps.setString(4, p.fileName());
                ps.setString(5, p.caption());
                ps.setString(6, p.credit());
                ps.setString(7, p.altText());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO release_contact (release_id, position, contact_id) VALUES (?, ?, ?)")) {
            for (int i = 0; i < r.contacts().size(); i++) {
                ps.setLong(1, id);
                ps.setInt(2, i);
                ps.setLong(3, contactId(r.contacts().get(i)));
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO release_boilerplate (release_id, position, boilerplate_id) VALUES (?, ?, ?)")) {
            for (int i = 0; i < r.boilerplates().size(); i++) {
                ps.setLong(1, id);
                ps.setInt(2, i);
                ps.setLong(3, boilerplateId(r.boilerplates().get(i)));
                ps.executeUpdate();
            }
        }
    }

    /**
     * The directory id of a release's contact: its own id when it has one, else the id of a directory
     * entry with the same content (so importing a release twice does not duplicate its contacts), else a
     * new entry.
     */
    private long contactId(Contact c) throws SQLException, LibraryException {
        if (c.id() != null) {
            if (!exists("SELECT 1 FROM contact WHERE id = ?", c.id())) {
                throw new LibraryException("Contact " + c.id() + " is not in the directory.");
            }
            return c.id();
        }
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT * FROM contact WHERE name = ? AND organization IS ? ORDER BY id")) {
            ps.setString(1, c.name());
            ps.setString(2, c.organization());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (contact(rs).sameContent(c)) {
                        return rs.getLong("id");
                    }
                }
            }
        }
        return insertContact(c);
    }

    private long insertContact(Contact c) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                INSERT INTO contact (organization, name, phones, emails, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            String now = now();
            ps.setString(1, c.organization());
            ps.setString(2, c.name());
            ps.setString(3, json(c.phones()));
            ps.setString(4, json(c.emails()));
            ps.setString(5, now);
            ps.setString(6, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private long boilerplateId(Boilerplate b) throws SQLException, LibraryException {
        if (b.id() != null) {
            if (!exists("SELECT 1 FROM boilerplate WHERE id = ?", b.id())) {
                throw new LibraryException("Boilerplate " + b.id() + " is not in the library.");
            }
            return b.id();
        }
        try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM boilerplate WHERE title = ? ORDER BY id")) {
            ps.setString(1, b.title());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (boilerplate(rs).sameContent(b)) {
                        return rs.getLong("id");
                    }
                }
            }
        }
        return insertBoilerplate(b);
    }

    private long insertBoilerplate(Boilerplate b) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO boilerplate (title, body, created_at, updated_at) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            String now = now();
            ps.setString(1, b.title());
            ps.setString(2, json(b.body()));
            ps.setString(3, now);
            ps.setString(4, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** A shared record changed: the releases showing it count as edited now. */
    private void touchReleasesUsing(String linkTable, String column, long id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE release SET updated_at = ? WHERE id IN "
                + "(SELECT release_id FROM " + linkTable + " WHERE " + column + " = ?)")) {
            ps.setString(1, now());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** Removes every link to a shared record and closes the gaps in each release's order. */
    private void unlink(String linkTable, String column, long id) throws SQLException {
        exec("DELETE FROM " + linkTable + " WHERE " + column + " = ?", id);
        // Renumber positions 0..n-1 per release, via negative positions to dodge the primary key.
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("UPDATE " + linkTable + " SET position = -1 - (SELECT count(*) FROM " + linkTable
                    + " o WHERE o.release_id = " + linkTable + ".release_id AND o.position < " + linkTable + ".position)");
            st.executeUpdate("UPDATE " + linkTable + " SET position = -1 - position");
        }
    }

    private void exec(String sql, long id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private void deleteUnusedImages() throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("DELETE FROM image WHERE sha256 NOT IN (SELECT image_sha256 FROM release_photo)");
        }
    }

    private Optional<byte[]> blob(String sql, Object key) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    private boolean exists(String sql, Object key) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private List<Photo> photos(long releaseId) throws SQLException {
        List<Photo> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("""
                SELECT p.file_name, p.image_sha256, i.media_type, i.width, i.height, i.orientation, p.caption,
                       p.credit, p.alt_text
                FROM release_photo p JOIN image i ON i.sha256 = p.image_sha256
                WHERE p.release_id = ? ORDER BY p.position""")) {
            ps.setLong(1, releaseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Photo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                            rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
        }
        return out;
    }

    private List<Contact> contactsOf(long releaseId) throws SQLException {
        List<Contact> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT c.* FROM release_contact l JOIN contact c "
                + "ON c.id = l.contact_id WHERE l.release_id = ? ORDER BY l.position")) {
            ps.setLong(1, releaseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(contact(rs));
                }
            }
        }
        return out;
    }

    private List<Boilerplate> boilerplatesOf(long releaseId) throws SQLException {
        List<Boilerplate> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT b.* FROM release_boilerplate l JOIN boilerplate b "
                + "ON b.id = l.boilerplate_id WHERE l.release_id = ? ORDER BY l.position")) {
            ps.setLong(1, releaseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(boilerplate(rs));
                }
            }
        }
        return out;
    }

    private static Contact contact(ResultSet rs) throws SQLException {
        return new Contact(rs.getLong("id"), rs.getString("organization"), rs.getString("name"),
                strings(rs.getString("phones")), strings(rs.getString("emails")));
    }

    private static Boilerplate boilerplate(ResultSet rs) throws SQLException {
        return new Boilerplate(rs.getLong("id"), rs.getString("title"), strings(rs.getString("body")));
    }

    private List<ReleaseSummary> summaries(String sql, Object param) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            if (param != null) {
                ps.setObject(1, param);
            }
            return collect(ps);
        }
    }

    private static List<ReleaseSummary> collect(PreparedStatement ps) throws SQLException {
        List<ReleaseSummary> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(summary(rs));
            }
        }
        return out;
    }

    private static ReleaseSummary summary(ResultSet rs) throws SQLException {
        return new ReleaseSummary(rs.getLong("id"),
                WorkflowStatus.fromKey(rs.getString("status")).orElse(WorkflowStatus.DRAFT),
                rs.getString("language"), rs.getString("headline"), Instant.parse(rs.getString("created_at")),
                Instant.parse(rs.getString("updated_at")));
    }

    private static String json(List<String> list) {
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String json) throws SQLException {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored list is not valid JSON", e);
        }
    }
}
