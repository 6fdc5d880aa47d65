package io.presskit.library;

import io.presskit.files.OutputFile;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies a whole library into another, empty one — SQLite to PostgreSQL, PostgreSQL to SQLite, or between two of a
 * kind — row by row with every id kept (releases keep the numbers people know them by; revisions, links and
 * versions keep pointing where they did): releases with their trash, status and version, images with originals,
 * renditions and thumbnails, the directory, and the history. The source is read as one snapshot and the receiving
 * library written in one transaction, so a failure leaves it empty. A receiving library that holds anything is
 * refused rather than merged: a merge would renumber releases, and decide which of two contacts is the real one.
 */
public final class LibraryCopy {
    /** Rows per insert batch: enough to be fast, few enough that images do not pile up in memory. */
    private static final int BATCH = 50;

    private enum Col { TEXT, INT, LONG, BLOB, TIME, DATE, JSON }

    /** The tables in the order their references need, each with its columns. */
    private static final Map<String, Map<String, Col>> TABLES = new LinkedHashMap<>();

    static {
        table("image", "sha256", Col.TEXT, "media_type", Col.TEXT, "width", Col.INT, "height", Col.INT,
                "orientation", Col.INT, "has_alpha", Col.INT, "original", Col.BLOB, "thumbnail_type", Col.TEXT,
                "thumbnail", Col.BLOB, "created_at", Col.TIME);
        table("image_rendition", "sha256", Col.TEXT, "recipe", Col.INT, "media_type", Col.TEXT, "width", Col.INT,
                "height", Col.INT, "bytes", Col.BLOB, "bytes_sha256", Col.TEXT);
        table("contact", "id", Col.LONG, "organization", Col.TEXT, "name", Col.TEXT, "phones", Col.JSON,
                "emails", Col.JSON, "created_at", Col.TIME, "updated_at", Col.TIME, "other_organization", Col.TEXT,
                "other_name", Col.TEXT);
        table("boilerplate", "id", Col.LONG, "title", Col.TEXT, "body", Col.JSON, "created_at", Col.TIME,
                "updated_at", Col.TIME, "other_title", Col.TEXT, "other_body", Col.JSON);
        table("release_family", "id", Col.LONG);
        table("release", "id", Col.LONG, "language", Col.TEXT, "issuer", Col.TEXT, "label", Col.TEXT,
                "embargo_until", Col.TEXT, "headline", Col.TEXT, "subheadline", Col.TEXT, "highlights", Col.JSON,
                "dateline_place", Col.TEXT, "dateline_date", Col.DATE, "body", Col.JSON, "end_mark", Col.TEXT,
                "contacts_heading", Col.TEXT, "status", Col.TEXT, "created_at", Col.TIME, "updated_at", Col.TIME,
                "deleted_at", Col.TIME, "version", Col.LONG, "family_id", Col.LONG, "family_position", Col.INT,
                "text_units", Col.TEXT);
        table("release_photo", "release_id", Col.LONG, "position", Col.INT, "image_sha256", Col.TEXT,
                "file_name", Col.TEXT, "caption", Col.TEXT, "credit", Col.TEXT, "alt_text", Col.TEXT);
        table("release_contact", "release_id", Col.LONG, "position", Col.INT, "contact_id", Col.LONG);
        table("release_boilerplate", "release_id", Col.LONG, "position", Col.INT, "boilerplate_id", Col.LONG);
        table("release_snapshot", "sha256", Col.TEXT, "content", Col.BLOB);
        table("release_snapshot_image", "snapshot_sha256", Col.TEXT, "image_sha256", Col.TEXT);
        table("release_revision", "release_id", Col.LONG, "number", Col.INT, "event", Col.TEXT, "status", Col.TEXT,
                "author", Col.TEXT, "started_at", Col.TIME, "saved_at", Col.TIME, "note", Col.TEXT, "changed", Col.TEXT,
                "snapshot_sha256", Col.TEXT);
    }

    private static void table(String name, Object... columns) {
        Map<String, Col> cols = new LinkedHashMap<>();
        for (int i = 0; i < columns.length; i += 2) {
            cols.put((String) columns[i], (Col) columns[i + 1]);
        }
        TABLES.put(name, cols);
    }

    /** What a copy moved: rows per table, in the order they were copied. */
    public record Copied(Map<String, Long> rows) {
        public long of(String table) {
            return rows.getOrDefault(table, 0L);
        }

        /** "12 releases, 108 photos (9 images), 2 contacts, 1 boilerplate, 40 revisions". */
        public String summary() {
            return of("release") + " releases, " + of("release_photo") + " photos (" + of("image") + " images), "
                    + of("contact") + " contacts, " + of("boilerplate") + " boilerplates, " + of("release_revision")
                    + " revisions";
        }
    }

    private LibraryCopy() {
    }

    /**
     * Copies every row of {@code from} into {@code to}, which must be empty; both stay open. Returns the rows per table,
     * checked against the source's counts before the receiving transaction commits.
     */
    public static Copied copy(LibraryStore from, LibraryStore to) throws LibraryException {
        Dialect src = from.sql().dialect;
        Dialect dst = to.sql().dialect;
        return from.sql().tx.read(in -> to.sql().tx.write(out -> {
            long held = out.createQuery("SELECT (SELECT count(*) FROM release) + (SELECT count(*) FROM contact) "
                    + "+ (SELECT count(*) FROM boilerplate) + (SELECT count(*) FROM image)").mapTo(Long.class).one();
            if (held > 0) {
                throw new LibraryException("The library " + to.location().shown() + " is not empty; presskit copy fills "
                        + "an empty library only (a new file, or a new database), so that every release keeps its number.");
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, Col>> t : TABLES.entrySet()) {
                rows.put(t.getKey(), copyTable(in, src, out, t.getKey(), t.getValue()));
            }
            for (String table : List.of("release", "contact", "boilerplate", "release_family")) {
                dst.idsInserted(out, table);
            }
            for (String table : TABLES.keySet()) {
                long there = out.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one();
                if (there != rows.get(table)) {
                    throw new LibraryException("The copy into " + to.location().shown() + " was stopped: " + table + " holds "
                            + there + " rows instead of " + rows.get(table) + "; nothing was written.");
                }
            }
            return new Copied(rows);
        }));
    }

    private static long copyTable(Handle in, Dialect src, Handle out, String table, Map<String, Col> cols)
            throws LibraryException {
        List<String> names = new ArrayList<>(cols.keySet());
        PreparedBatch batch = out.prepareBatch("INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", names.stream().map(n -> ":" + n).toList()) + ")");
        long[] count = {0};
        try (var rows = in.createQuery("SELECT " + String.join(", ", names) + " FROM " + table)
                .setFetchSize(BATCH).map((rs, ctx) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (String n : names) {
                        row.put(n, read(rs, src, n, cols.get(n), table));
                    }
                    return row;
                }).iterator()) {
            while (rows.hasNext()) {
                Map<String, Object> row = rows.next();
                for (String n : names) {
                    batch.bindByType(n, row.get(n), type(cols.get(n)));
                }
                batch.add();
                if (++count[0] % BATCH == 0) {
                    batch.execute();
                }
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
        return count[0];
    }

    private static Object read(ResultSet rs, Dialect src, String column, Col col, String table) throws SQLException {
        return switch (col) {
            case TEXT -> rs.getString(column);
            case INT -> rs.getInt(column);
            case LONG -> rs.getLong(column);
            case BLOB -> rs.getBytes(column);
            case TIME -> {
                Instant t = src.instant(rs, column);
                if (t == null && rs.getString(column) != null) {
                    throw new Transactions.Refusal(new LibraryException("The " + table + " row with " + column + " \""
                            + rs.getString(column) + "\" is damaged (not a time); repair it before copying."));
                }
                yield t;
            }
            case DATE -> {
                String d = rs.getString(column);
                try {
                    yield d == null ? null : LocalDate.parse(d);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new Transactions.Refusal(new LibraryException("The " + table + " row with " + column + " \""
                            + d + "\" is damaged (not a date); repair it before copying."));
                }
            }
            // written anew, compact: jsonb gives its text back with spaces, and a round trip should give the same file
            case JSON -> SqlLibrary.json(SqlLibrary.strings(rs.getString(column)));
        };
    }

    private static Type type(Col col) {
        return switch (col) {
            case TEXT -> String.class;
            case INT -> Integer.class;
            case LONG -> Long.class;
            case BLOB -> byte[].class;
            case TIME -> Instant.class;
            case DATE -> LocalDate.class;
            case JSON -> Dialect.JsonText.class;
        };
    }

    /**
     * A new library file at {@code target} holding a copy of {@code from}: made under a temporary name beside it and
     * moved in when whole, never over an existing file.
     */
    public static Copied toNewFile(LibraryStore from, Path target) throws LibraryException {
        Path abs = target.toAbsolutePath();
        try (OutputFile out = OutputFile.beside(abs, ".db", false)) {
            Copied copied;
            try (LibraryStore made = LibraryStore.sqlite(abs, Migrations.openAndMigrate(out.temp(), abs), Clock.systemUTC(), true)) {
                copied = copy(from, made);
            }
            out.placeNew();
            return copied;
        } catch (FileAlreadyExistsException e) {
            throw new LibraryException(target + " already exists; choose a new file name for the copy.", e);
        } catch (IOException e) {
            throw new LibraryException("The copy " + target + " could not be written (" + e.getMessage() + ").", e);
        }
    }
}
