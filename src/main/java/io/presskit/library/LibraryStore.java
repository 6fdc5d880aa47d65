package io.presskit.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.presskit.bundle.BundleExporter;
import io.presskit.files.OutputFile;
import io.presskit.image.ImagePipeline;
import io.presskit.image.ImageRejectedException;
import io.presskit.image.ImageRules;
import io.presskit.image.PhotoRendition;
import io.presskit.image.PhotoSource;
import io.presskit.image.PhotoUnavailableException;
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
import java.nio.file.FileAlreadyExistsException;
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
    /** The columns of a release list row: the row, and what SQLite sees of its JSON (see {@link ReleaseRowCheck}). */
    private static final String SUMMARY = "SELECT r.*, " + ReleaseRowCheck.COLUMNS + " FROM release r ";

    /** How long a write waits for another writer in all, SQLite's own busy timeout included. */
    private static final java.time.Duration BUSY_PATIENCE = java.time.Duration.ofSeconds(60);

    private final Path file;
    private final Connection conn;
    private final Clock clock;
    private final boolean created;
    /** Statements the write paths run thousands of times, prepared once (see {@link #prepared}). */
    private final java.util.Map<String, PreparedStatement> statements = new java.util.HashMap<>();
    /** Set once the file was found damaged: closing then leaves it (and its log) exactly as it is. */
    private volatile boolean damaged;

    private LibraryStore(Path file, Connection conn, Clock clock, boolean created) {
        this.file = file;
        this.conn = conn;
        this.clock = clock;
        this.created = created;
    }

    /** What a new library starts with, written in the same step that creates it. */
    @FunctionalInterface
    public interface Seed {
        Seed NOTHING = library -> {
        };

        void into(LibraryStore newLibrary) throws LibraryException;
    }

    /** Opens (creating and migrating as needed) the library at {@code file}; a new one starts empty. */
    public static LibraryStore open(Path file) throws LibraryException {
        return open(file, Clock.systemUTC(), Seed.NOTHING);
    }

    public static LibraryStore open(Path file, Clock clock) throws LibraryException {
        return open(file, clock, Seed.NOTHING);
    }

    /**
     * Opens the library at {@code file}, migrating it as needed. A file that is not a Presskit library is refused
     * before anything is written to it. A new library is made whole under a temporary name beside {@code file}
     * (schema, then {@code seed}) and appears under its name in one step, or not at all: a full disk leaves
     * nothing behind, so the next open starts again, and of several first opens at once exactly one library
     * (with one sample) wins and the others open it.
     */
    public static LibraryStore open(Path file, Clock clock, Seed seed) throws LibraryException {
        Path abs = file.toAbsolutePath();
        boolean missing = LibraryProbe.inspect(abs) == LibraryProbe.State.MISSING;
        boolean created = missing && create(abs, clock, seed);
        if (missing && !created) {
            LibraryProbe.inspect(abs); // another process made it meanwhile: what it made is checked like any file
        }
        return new LibraryStore(abs, Migrations.openAndMigrate(abs), clock, created);
    }

    /** Makes a new library at {@code file}; false when another process made it first. */
    private static boolean create(Path file, Clock clock, Seed seed) throws LibraryException {
        try (OutputFile out = OutputFile.beside(file, ".db", false)) {
            try (LibraryStore made = new LibraryStore(file, Migrations.openAndMigrate(out.temp(), file), clock, true)) {
                seed.into(made);
            }
            try {
                out.placeNew();
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            }
        } catch (LibraryException e) {
            throw e.kind() == LibraryException.Kind.DISK_FULL
                    ? new LibraryException(e.kind(), "The disk holding " + file + " is full; the new library was not created.", e)
                    : e;
        } catch (IOException e) {
            throw new LibraryException("The library " + file + " cannot be created (" + e.getMessage() + ").", e);
        }
    }

    /** For fault tests in this package: the pages the library occupies now. */
    synchronized long pageCountForTests() throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Opens an existing library read-only: for a read-only file, or one another Presskit window holds.
     * Every write is refused with a sentence saying so.
     */
    public static LibraryStore openReadOnly(Path file) throws LibraryException {
        Path abs = file.toAbsolutePath();
        if (LibraryProbe.inspect(abs) == LibraryProbe.State.MISSING) {
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
        if (Files.exists(abs, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new LibraryException(target + " already exists; choose a new file name for the backup.");
        }
        try {
            Backups.backup(conn, abs);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new LibraryException(target + " already exists; choose a new file name for the backup.", e);
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
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        statements.clear();
        if (damaged) {
            Migrations.closeLeavingFileAlone(conn, file);
            return;
        }
        try {
            conn.close();
        } catch (SQLException ignored) {
            // closing: nothing left to protect, every change was committed or rolled back
        }
    }

    /** The sentence for a database error; a damaged file is remembered, so that closing does not write to it. */
    private LibraryException describe(SQLException e) {
        LibraryException le = Migrations.describe(file, e);
        if (le.kind() == LibraryException.Kind.DAMAGED || le.kind() == LibraryException.Kind.NOT_A_LIBRARY) {
            damaged = true;
        }
        return le;
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

    /**
     * Replaces the content of release {@code id} (the editor's autosave); new photos come with their images.
     * Raises the release's version, but does not check it: {@link #saveRelease(long, long, Release, Collection)}
     * does, and is what a window that may meet another should call.
     */
    public synchronized void saveRelease(long id, Release release, Collection<PreparedImage> newImages)
            throws LibraryException {
        check(release);
        tx(() -> replaceContent(id, null, release, newImages));
    }

    /**
     * Replaces the content of release {@code id} if it is still at {@code expectedVersion} (the version it was
     * read at, from {@link #releaseWithVersion}); returns the new version. A release someone saved in between is
     * left alone and a {@link LibraryException.Kind#CONFLICT} refusal says so.
     */
    public synchronized long saveRelease(long id, long expectedVersion, Release release, Collection<PreparedImage> newImages)
            throws LibraryException {
        check(release);
        return tx(() -> replaceContent(id, expectedVersion, release, newImages));
    }

    /** The one save: content, links and photos in place, version raised; {@code expected} null skips the check. */
    private long replaceContent(long id, Long expected, Release release, Collection<PreparedImage> newImages)
            throws SQLException, LibraryException {
        long version = versionOf(id);
        if (expected != null && expected != version) {
            throw new LibraryException(LibraryException.Kind.CONFLICT, "Someone else saved release " + id
                    + " first (it is at version " + version + ", this copy was read at version " + expected
                    + "); this save was not written over their work.", null);
        }
        storeImages(newImages);
        try (PreparedStatement ps = conn.prepareStatement("""
                UPDATE release SET language = ?, issuer = ?, label = ?, embargo_until = ?, headline = ?,
                    subheadline = ?, highlights = ?, dateline_place = ?, dateline_date = ?, body = ?, end_mark = ?,
                    contacts_heading = ?, updated_at = ?, version = version + 1 WHERE id = ?""")) {
            bindContent(ps, release);
            ps.setString(13, now());
            ps.setLong(14, id);
            ps.executeUpdate();
        }
        for (String t : List.of("release_photo", "release_contact", "release_boilerplate")) {
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM " + t + " WHERE release_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
        writeLinks(id, release);
        deleteUnusedImages();
        return version + 1;
    }

    /** The stored version of release {@code id}, inside a transaction. */
    private long versionOf(long id) throws SQLException, LibraryException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT version FROM release WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new LibraryException("Release " + id + " is not in the library.");
                }
                return rs.getLong(1);
            }
        }
    }

    public synchronized Optional<Release> release(long id) throws LibraryException {
        return releaseWithVersion(id).map(VersionedRelease::release);
    }

    /** Release {@code id} with the version it was read at, for a checked save. */
    public synchronized Optional<VersionedRelease> releaseWithVersion(long id) throws LibraryException {
        return read(() -> {
            try (PreparedStatement ps = conn.prepareStatement(SUMMARY + "WHERE r.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    String damage = ReleaseRowCheck.damage(rs, ReleaseRowCheck.instant(rs.getString("created_at")),
                            ReleaseRowCheck.instant(rs.getString("updated_at")));
                    if (damage != null) {
                        throw new LibraryException("Release " + id + " is damaged in the library: " + damage + ".");
                    }
                    String embargo = rs.getString("embargo_until");
                    ReleaseTiming timing = embargo == null ? ReleaseTiming.IMMEDIATE
                            : new ReleaseTiming.Embargoed(ReleaseRules.parseEmbargo("release.until", embargo));
                    String place = rs.getString("dateline_place");
                    Dateline dateline = place == null ? null
                            : new Dateline(place, LocalDate.parse(rs.getString("dateline_date")));
                    Release release = new Release(rs.getString("language"), rs.getString("issuer"),
                            rs.getString("label"), timing, rs.getString("headline"), rs.getString("subheadline"),
                            texts(rs.getString("highlights"), id, "highlights"), dateline,
                            texts(rs.getString("body"), id, "body"),
                            rs.getString("end_mark"), photos(id), boilerplatesOf(id),
                            rs.getString("contacts_heading"), contactsOf(id));
                    return Optional.of(new VersionedRelease(id, rs.getLong("version"), release));
                }
            }
        });
    }

    /** Every release, most recently edited first. */
    public synchronized List<ReleaseSummary> list() throws LibraryException {
        return read(() -> summaries(SUMMARY + "WHERE r.deleted_at IS NULL ORDER BY r.updated_at DESC, r.id DESC", null));
    }

    public synchronized Optional<ReleaseSummary> summary(long id) throws LibraryException {
        return read(() -> {
            try (PreparedStatement ps = conn.prepareStatement(SUMMARY + "WHERE r.id = ?")) {
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
                return summaries(SUMMARY + "JOIN release_search s ON s.rowid = r.id "
                        + "WHERE release_search MATCH ? AND r.deleted_at IS NULL ORDER BY r.updated_at DESC, r.id DESC", phrase);
            }
            String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            try (PreparedStatement ps = conn.prepareStatement(SUMMARY + "JOIN release_search s ON s.rowid = r.id "
                    + "WHERE (s.headline LIKE ?1 ESCAPE '\\' OR s.text LIKE ?1 ESCAPE '\\') AND r.deleted_at IS NULL ORDER BY r.updated_at DESC, r.id DESC")) {
                ps.setString(1, like);
                return collect(ps);
            }
        });
    }

    /** Moves a release to another workflow status: a save like any other, so it raises the version (returned). */
    public synchronized long setStatus(long id, WorkflowStatus status) throws LibraryException {
        return tx(() -> {
            long version = versionOf(id);
            try (PreparedStatement ps = conn.prepareStatement(
                    "UPDATE release SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
                ps.setString(1, status.key());
                ps.setString(2, now());
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            return version + 1;
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
        return read(() -> summaries(SUMMARY + "WHERE r.deleted_at IS NOT NULL ORDER BY r.deleted_at DESC, r.id DESC", null));
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

    private static final String PHOTO_REMEDY = ": restore the library from a backup, or remove the photo from the release "
            + "and add it again.";

    /** The photo's original bytes, as imported, checked against the SHA-256 they are stored under. */
    public byte[] original(String sha256) throws LibraryException {
        return original(sha256, "The photo " + sha256.substring(0, Math.min(12, sha256.length())));
    }

    private byte[] original(String sha256, String named) throws LibraryException {
        Optional<byte[]> stored;
        synchronized (this) {
            stored = read(() -> blob("SELECT original FROM image WHERE sha256 = ?", sha256));
        }
        if (stored.isEmpty()) {
            throw new LibraryException(named + " is missing from the library" + PHOTO_REMEDY);
        }
        if (!ImagePipeline.sha256(stored.get()).equals(sha256)) {
            throw new LibraryException(named + " is damaged in the library (its bytes no longer match the photo that "
                    + "was imported)" + PHOTO_REMEDY);
        }
        return stored.get();
    }

    /** "Photo 3 (opening.jpg)" when the release is known, else "The photo opening.jpg": how refusals name a photo. */
    private static String named(Release release, Photo photo) {
        int n = release == null ? -1 : release.photos().indexOf(photo);
        return n < 0 ? "The photo " + photo.fileName() : "Photo " + (n + 1) + " (" + photo.fileName() + ")";
    }

    /**
     * Refuses a release one of whose photos has lost its stored image (a hand edit of the file, a bad restore),
     * naming the first: checked before an export, so that it says so instead of writing a kit without it.
     */
    public synchronized void requireImages(Release release) throws LibraryException {
        for (Photo p : release.photos()) {
            boolean present = read(() -> exists("SELECT 1 FROM image WHERE sha256 = ?", p.sha256()));
            if (!present) {
                throw new LibraryException(named(release, p) + " is missing from the library" + PHOTO_REMEDY);
            }
        }
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
     * The kit rendition of a photo: the stored one when its recipe is current and its bytes match their digest,
     * else made again from the (checked) original and stored, so that exports never remake it twice and never
     * print a damaged one.
     */
    public PhotoRendition rendition(Photo photo) throws LibraryException {
        return rendition(photo, named(null, photo));
    }

    private PhotoRendition rendition(Photo photo, String named) throws LibraryException {
        Optional<PhotoRendition> stored;
        synchronized (this) {
            stored = read(() -> {
                try (PreparedStatement ps = conn.prepareStatement("SELECT media_type, width, height, bytes, bytes_sha256 "
                        + "FROM image_rendition WHERE sha256 = ? AND recipe = ?")) {
                    ps.setString(1, photo.sha256());
                    ps.setInt(2, ImageRules.RENDITION_RECIPE);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next() || !ImagePipeline.sha256(rs.getBytes(4)).equals(rs.getString(5))) {
                            return Optional.empty();
                        }
                        return Optional.of(new PhotoRendition(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBytes(4)));
                    }
                }
            });
        }
        if (stored.isPresent()) {
            return stored.get();
        }
        PhotoRendition made;
        try {
            made = ImagePipeline.rendition(photo.fileName(), original(photo.sha256(), named));
        } catch (ImageRejectedException e) {
            throw new LibraryException(named + " can no longer be decoded" + PHOTO_REMEDY, e);
        }
        try {
            synchronized (this) {
                tx(() -> {
                    putRendition(photo.sha256(), made);
                    return null;
                });
            }
        } catch (LibraryException e) {
            // a read-only or full library: the rendition is still right, it is only not kept for next time
        }
        return made;
    }

    /** The library as the kit's photo source; refusals name photos by file name. */
    public PhotoSource photoSource() {
        return photoSource(null);
    }

    /** The library as the kit's photo source for {@code release}: refusals name a photo by its number and file. */
    public PhotoSource photoSource(Release release) {
        return photo -> {
            try {
                return rendition(photo, named(release, photo));
            } catch (LibraryException e) {
                throw new PhotoUnavailableException(e.getMessage(), e);
            }
        };
    }

    /** The library as the originals of a bundle export: each photo's imported bytes. */
    public BundleExporter.Originals originals() {
        return originals(null);
    }

    /** The originals of {@code release}'s photos: refusals name a photo by its number and file. */
    public BundleExporter.Originals originals(Release release) {
        return photo -> {
            try {
                return original(photo.sha256(), named(release, photo));
            } catch (LibraryException e) {
                throw new PhotoUnavailableException(e.getMessage(), e);
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
        return read(() -> summaries("SELECT DISTINCT r.*, " + ReleaseRowCheck.COLUMNS + " FROM release r JOIN release_contact l ON l.release_id = r.id "
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
        return read(() -> summaries("SELECT DISTINCT r.*, " + ReleaseRowCheck.COLUMNS + " FROM release r JOIN release_boilerplate l ON l.release_id = r.id "
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

    /**
     * Runs {@code work} in one IMMEDIATE transaction: all of it lands, or none of it. The first failure is
     * the one reported: after a full disk or an I/O error SQLite has often rolled the transaction back
     * itself, and the clean-up's own complaint ("no transaction is active") must not hide the cause.
     */
    private <T> T tx(Work<T> work) throws LibraryException {
        begin();
        try {
            T result = work.run();
            execute("COMMIT");
            return result;
        } catch (SQLException e) {
            rollbackAfter(e);
            throw describe(e);
        } catch (InvalidReleaseException e) {
            rollbackAfter(e);
            throw new LibraryException(e.getMessage(), e);
        } catch (LibraryException | RuntimeException | Error e) {
            rollbackAfter(e);
            throw e;
        }
    }

    /**
     * Takes the write lock. Another writer holding it (an import, another window, the command line) makes SQLite
     * wait its busy timeout; past that the store keeps waiting, quietly, up to {@link #BUSY_PATIENCE}: an
     * autosave that meets a busy library is late, not lost. Nothing has been written yet, so trying again is safe.
     */
    private void begin() throws LibraryException {
        long deadline = System.nanoTime() + BUSY_PATIENCE.toNanos();
        for (long pause = 20; ; pause = Math.min(pause * 2, 1000)) {
            try {
                execute("BEGIN IMMEDIATE");
                return;
            } catch (SQLException e) {
                LibraryException le = describe(e);
                if (le.kind() != LibraryException.Kind.BUSY || System.nanoTime() + pause * 1_000_000 > deadline) {
                    throw le;
                }
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LibraryException(LibraryException.Kind.BUSY, "The library " + file
                        + " is busy in another program; the change was not saved.", e);
            }
        }
    }

    private void rollbackAfter(Throwable failure) {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            failure.addSuppressed(e); // usually: SQLite rolled back already
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute(sql);
        }
    }

    private <T> T read(Work<T> work) throws LibraryException {
        try {
            return work.run();
        } catch (SQLException e) {
            throw describe(e);
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
        ps.setString(9, r.dateline() == null ? null : r.dateline().date().toString());
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
                INSERT OR REPLACE INTO image_rendition (sha256, recipe, media_type, width, height, bytes, bytes_sha256)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, sha);
            ps.setInt(2, ImageRules.RENDITION_RECIPE);
            ps.setString(3, r.mediaType());
            ps.setInt(4, r.width());
            ps.setInt(5, r.height());
            ps.setBytes(6, r.bytes());
            ps.setString(7, ImagePipeline.sha256(r.bytes()));
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
        List<Long> contacts = new ArrayList<>();
        for (Contact c : r.contacts()) {
            contacts.add(contactId(c));
        }
        insertLinks("release_contact", "contact_id", id, contacts);
        List<Long> boilerplates = new ArrayList<>();
        for (Boilerplate b : r.boilerplates()) {
            boilerplates.add(boilerplateId(b));
        }
        insertLinks("release_boilerplate", "boilerplate_id", id, boilerplates);
    }

    /**
     * A release's ordered links to shared records. A bundle may bring a whole directory (20,000 contacts): the
     * statements are prepared once and the links go in as one batch, so the write lock is held for a moment.
     */
    private void insertLinks(String table, String column, long releaseId, List<Long> ids) throws SQLException {
        PreparedStatement ps = prepared("INSERT INTO " + table + " (release_id, position, " + column + ") VALUES (?, ?, ?)");
        for (int i = 0; i < ids.size(); i++) {
            ps.setLong(1, releaseId);
            ps.setInt(2, i);
            ps.setLong(3, ids.get(i));
            ps.addBatch();
        }
        ps.executeBatch();
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
        PreparedStatement ps = prepared("SELECT * FROM contact WHERE name = ? AND organization IS ? ORDER BY id");
        ps.setString(1, c.name());
        ps.setString(2, c.organization());
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (contact(rs).sameContent(c)) {
                    return rs.getLong("id");
                }
            }
        }
        return insertContact(c);
    }

    private long insertContact(Contact c) throws SQLException {
        PreparedStatement ps = prepared("""
                INSERT INTO contact (organization, name, phones, emails, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""");
        String now = now();
        ps.setString(1, c.organization());
        ps.setString(2, c.name());
        ps.setString(3, json(c.phones()));
        ps.setString(4, json(c.emails()));
        ps.setString(5, now);
        ps.setString(6, now);
        return insertedId(ps);
    }

    private long boilerplateId(Boilerplate b) throws SQLException, LibraryException {
        if (b.id() != null) {
            if (!exists("SELECT 1 FROM boilerplate WHERE id = ?", b.id())) {
                throw new LibraryException("Boilerplate " + b.id() + " is not in the library.");
            }
            return b.id();
        }
        PreparedStatement ps = prepared("SELECT * FROM boilerplate WHERE title = ? ORDER BY id");
        ps.setString(1, b.title());
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (boilerplate(rs).sameContent(b)) {
                    return rs.getLong("id");
                }
            }
        }
        return insertBoilerplate(b);
    }

    private long insertBoilerplate(Boilerplate b) throws SQLException {
        PreparedStatement ps = prepared("INSERT INTO boilerplate (title, body, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id");
        String now = now();
        ps.setString(1, b.title());
        ps.setString(2, json(b.body()));
        ps.setString(3, now);
        ps.setString(4, now);
        return insertedId(ps);
    }

    /** Runs an {@code INSERT … RETURNING id}. */
    private static long insertedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.executeQuery()) {
            keys.next();
            return keys.getLong(1);
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
        PreparedStatement ps = prepared(sql);
        ps.setObject(1, key);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /** A statement prepared once for this connection and kept (callers close its result sets, never it). */
    private PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = conn.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    private List<Photo> photos(long releaseId) throws SQLException {
        List<Photo> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("""
                SELECT p.file_name, p.image_sha256, i.media_type, i.width, i.height, coalesce(i.orientation, 1),
                       p.caption, p.credit, p.alt_text
                FROM release_photo p LEFT JOIN image i ON i.sha256 = p.image_sha256
                WHERE p.release_id = ? ORDER BY p.position""")) {
            ps.setLong(1, releaseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // A photo whose image is gone stays in the release (without a pixel size), so that it is
                    // named where it is needed instead of silently missing from a kit.
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

    /** A summary row; a damaged one is kept, marked, with stand-in times where its own cannot be read. */
    private static ReleaseSummary summary(ResultSet rs) throws SQLException {
        Instant created = ReleaseRowCheck.instant(rs.getString("created_at"));
        Instant updated = ReleaseRowCheck.instant(rs.getString("updated_at"));
        String damage = ReleaseRowCheck.damage(rs, created, updated);
        created = created != null ? created : updated != null ? updated : Instant.EPOCH;
        return new ReleaseSummary(rs.getLong("id"),
                WorkflowStatus.fromKey(rs.getString("status")).orElse(WorkflowStatus.DRAFT),
                rs.getString("language"), rs.getString("headline"), created, updated != null ? updated : created,
                damage);
    }

    private static String json(List<String> list) {
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A release's list of texts; damaged items are named in words, as the row checks name the rest. */
    private static List<String> texts(String json, long id, String field) throws LibraryException {
        try {
            return strings(json);
        } catch (SQLException e) {
            throw new LibraryException("Release " + id + " is damaged in the library: its " + field
                    + " holds something other than texts.", e);
        }
    }

    private static List<String> strings(String json) throws SQLException {
        List<String> list;
        try {
            list = json == null ? null : JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            list = null;
        }
        if (list == null || list.contains(null)) {
            throw new SQLException("a stored list is damaged (it is " + json + " instead of a list of texts)");
        }
        return list;
    }
}
