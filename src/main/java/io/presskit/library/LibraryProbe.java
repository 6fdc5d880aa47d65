package io.presskit.library;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a file is a Presskit library before anything is written to it. Opening a database read-write
 * is already a write (the journal mode goes into the header, a log left by a crash is merged into the file), so
 * an empty file, another program's database or a damaged library must be recognised read-only and refused
 * unchanged: the file, its log and the folder stay exactly as they were.
 */
final class LibraryProbe {
    /** What the path holds, when it may be opened. */
    enum State { MISSING, LIBRARY }

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** Tables only a Presskit library has together. */
    private static final Set<String> OURS = Set.of("flyway_schema_history", "release");

    private LibraryProbe() {
    }

    static State inspect(Path file) throws LibraryException {
        if (!Files.exists(file)) {
            return State.MISSING; // a dangling link too: the library is created where it points
        }
        if (Files.isDirectory(file)) {
            throw notALibrary(file, "The library " + file + " is a folder, not a library file");
        }
        byte[] header;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            header = in.readNBytes(100);
        } catch (IOException e) {
            throw new LibraryException(LibraryException.Kind.READ_ONLY, "The library " + file + " cannot be read ("
                    + e.getMessage() + ").", e);
        }
        if (size == 0) {
            throw new LibraryException(LibraryException.Kind.DAMAGED, "The library " + file
                    + " is an empty file, not a Presskit library, and was left as it is" + newestBackup(file), null);
        }
        if (header.length < 100 || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
            throw notALibrary(file, "The file " + file + " is not a Presskit library (it is not an SQLite database)");
        }
        checkLength(file, header, size);
        List<String> tables = tables(file);
        if (!tables.containsAll(OURS)) {
            List<String> theirs = tables.stream().filter(t -> !t.startsWith("sqlite_")).limit(3).toList();
            throw notALibrary(file, theirs.isEmpty()
                    ? "The file " + file + " is an empty SQLite database, not a Presskit library, and was left as it is"
                    : "The file " + file + " is another program's SQLite database (it holds " + String.join(", ", theirs)
                    + (tables.size() > theirs.size() ? ", …" : "") + "), not a Presskit library, and was left as it is");
        }
        return State.LIBRARY;
    }

    /**
     * A file shorter than the pages its header counts was cut off (a copy that stopped, a full disk during a
     * move). A crash in the middle of a checkpoint can leave the same picture with the missing pages still in
     * the log, so the log's length is allowed for, as SQLite itself does before a checkpoint.
     */
    private static void checkLength(Path file, byte[] header, long size) throws LibraryException {
        ByteBuffer h = ByteBuffer.wrap(header);
        int pageSize = Short.toUnsignedInt(h.getShort(16));
        pageSize = pageSize == 1 ? 65536 : pageSize;
        long pages = Integer.toUnsignedLong(h.getInt(28));
        boolean pagesValid = pages > 0 && h.getInt(24) == h.getInt(92);
        if (!pagesValid || pageSize < 512) {
            return;
        }
        long log;
        try {
            Path wal = Path.of(file + "-wal");
            log = Files.exists(wal) ? Files.size(wal) : 0;
        } catch (IOException e) {
            log = 0;
        }
        if (size + 65536 + log < pages * pageSize) {
            throw damaged(file, "the file is shorter than the database it holds");
        }
    }

    /** The names of the file's tables, read without writing: immutable when no log exists, else read-only. */
    private static List<String> tables(Path file) throws LibraryException {
        Path wal = Path.of(file + "-wal");
        Path shm = Path.of(file + "-shm");
        boolean logged = Files.exists(wal);
        boolean hadShm = Files.exists(shm);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        // Without a log nobody has the file open in WAL mode, so nothing can change under an immutable read;
        // with one, the read goes through it (with locks), as the library's last commits may be there.
        String url = Migrations.url(file, logged ? "mode=ro" : "immutable=1");
        try (Connection c = config.createConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            if (names.containsAll(OURS)) {
                int version = Migrations.schemaVersion(c);
                if (version > Migrations.LATEST) {
                    throw Migrations.newerSchema(file, version);
                }
            }
            return names;
        } catch (SQLiteException e) {
            throw switch (e.getResultCode().code & 0xff) {
                case 26 -> notALibrary(file, "The file " + file + " is not a Presskit library (it is not an SQLite database)");
                case 11 -> damaged(file, "the database disk image is malformed");
                default -> Migrations.describe(file, e);
            };
        } catch (SQLException e) {
            throw Migrations.describe(file, e);
        } finally {
            if (logged && !hadShm) {
                try {
                    Files.deleteIfExists(shm); // made by this read; nobody else had the file open
                } catch (IOException ignored) {
                    // a stray index file is rebuilt by SQLite whenever needed
                }
            }
        }
    }

    static LibraryException damaged(Path file, String why) {
        return new LibraryException(LibraryException.Kind.DAMAGED, "The library " + file + " is damaged (" + why
                + ") and was left as it is" + newestBackup(file), null);
    }

    private static LibraryException notALibrary(Path file, String sentence) {
        return new LibraryException(LibraryException.Kind.NOT_A_LIBRARY, sentence + newestBackup(file), null);
    }

    /** "; the newest backup is …." or ".": the end of a refusal's sentence. */
    static String newestBackup(Path file) {
        return Backups.newest(file).map(b -> "; the newest backup is " + b + ".").orElse(".");
    }
}
