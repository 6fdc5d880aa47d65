package io.presskit.library;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens the library connection with its pragmas and brings the schema up to date with Flyway
 * (versioned SQL under {@code io/presskit/library/migration/sqlite}). When the schema is already current,
 * Flyway is not started at all: opening stays fast.
 */
final class Migrations {
    /** The newest schema this version writes; a library from a newer one is refused, never overwritten. */
    static final int LATEST = 6;
    static final String LOCATION = "classpath:io/presskit/library/migration/sqlite";
    /**
     * Held so that the level set below is not garbage-collected away; Flyway talks through JUL. Silent: every
     * failure reaches the user as one sentence ({@link #describe}); Flyway's own lines (a stack trace when a full
     * disk stops a migration) would be a second, developer's text on standard error.
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.OFF);
    }

    private Migrations() {
    }

    static SQLiteConfig config() {
        SQLiteConfig c = new SQLiteConfig();
        c.setJournalMode(SQLiteConfig.JournalMode.WAL);
        c.enforceForeignKeys(true);
        c.setBusyTimeout(5000);
        // FULL: in WAL mode each commit is synced, so a power cut loses nothing that was reported saved.
        c.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        c.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return c;
    }

    /** Checks an open connection before it is handed out; throws to refuse it (the connection is then closed). */
    @FunctionalInterface
    private interface Check {
        void accept(Connection conn) throws LibraryException, SQLException;
    }

    private static Connection connect(Path file, Path shownAs, SQLiteConfig config, Check check) throws LibraryException {
        try {
            Connection conn = config.createConnection("jdbc:sqlite:" + file);
            try {
                check.accept(conn);
                return conn;
            } catch (LibraryException | SQLException | RuntimeException e) {
                LibraryException.Kind kind = e instanceof LibraryException le ? le.kind()
                        : e instanceof SQLException sql ? describe(shownAs, sql).kind() : LibraryException.Kind.GENERAL;
                if (kind == LibraryException.Kind.DAMAGED || kind == LibraryException.Kind.NOT_A_LIBRARY) {
                    closeLeavingFileAlone(conn, file);
                } else {
                    conn.close();
                }
                throw e;
            }
        } catch (SQLException e) {
            throw describe(shownAs, e);
        }
    }

    static Connection openAndMigrate(Path file) throws LibraryException {
        return openAndMigrate(file, file);
    }

    /**
     * Opens the library at {@code file} and brings its schema up to date; sentences name {@code shownAs} (a new
     * library is made under a temporary name and shown under its own).
     */
    static Connection openAndMigrate(Path file, Path shownAs) throws LibraryException {
        SQLiteConfig config = config();
        return connect(file, shownAs, config, conn -> {
            int version = schemaVersion(conn);
            if (version > LATEST) {
                throw newerSchema(shownAs, version);
            }
            if (version < LATEST) {
                if (version > 0) {
                    // An upgrade rewrites the user's work: keep the file as it was, beside it, first.
                    Path before = Backups.beforeMigration(file, version);
                    try {
                        Backups.backup(conn, before);
                    } catch (java.io.IOException e) {
                        throw new LibraryException("The library " + file + " was not upgraded: its backup " + before
                                + " could not be written first (" + e.getMessage() + ").", e);
                    }
                }
                migrate("jdbc:sqlite:" + file, config, shownAs);
            }
        });
    }

    static LibraryException newerSchema(Path file, int version) {
        return new LibraryException(LibraryException.Kind.NEWER_SCHEMA, "The library " + file
                + " was made by a newer Presskit (schema " + version + "); this version reads schema "
                + LATEST + " or older. Nothing was changed.", null);
    }

    /**
     * The URI of {@code file} for SQLite's URI parameters ({@code mode=ro}, {@code immutable=1}): every byte
     * outside the unreserved set is percent-encoded, so no character of a file name is read as syntax.
     */
    static String url(Path file, String parameters) {
        StringBuilder sb = new StringBuilder("jdbc:sqlite:file:");
        for (byte b : file.toAbsolutePath().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int u = b & 0xff;
            if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || "/-._~".indexOf(u) >= 0) {
                sb.append((char) u);
            } else {
                sb.append('%').append(String.format("%02X", u));
            }
        }
        return sb.append('?').append(parameters).toString();
    }

    /**
     * Closes a connection to a damaged library without the close-time checkpoint, which would merge the log into
     * the damaged file (and delete the log that may hold the last good commits). SQLite checkpoints on close only
     * when no other connection holds the file, so a read-only connection holds it until the first is closed;
     * being read-only, it cannot checkpoint either.
     */
    static void closeLeavingFileAlone(Connection conn, Path file) {
        SQLiteConfig ro = new SQLiteConfig();
        ro.setReadOnly(true);
        Connection guard = null;
        try {
            guard = ro.createConnection(url(file, "mode=ro"));
            try (Statement st = guard.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                rs.next(); // a read opens the log: from here this connection holds the file
            }
        } catch (SQLException e) {
            // page 1 itself is unreadable: then the closing connection cannot read it to checkpoint either
        }
        try {
            conn.close();
        } catch (SQLException ignored) {
            // closing: nothing was written
        }
        if (guard != null) {
            try {
                guard.close();
            } catch (SQLException ignored) {
                // read-only
            }
        }
    }

    /**
     * Opens an existing library for reading only (a read-only file, or a library another window holds):
     * no journal-mode change, no migration; a library that needs upgrading cannot be read this way.
     */
    static Connection openReadOnly(Path file) throws LibraryException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        return connect(file, file, config, conn -> {
            int version = schemaVersion(conn);
            if (version != LATEST) {
                throw new LibraryException(version > LATEST ? LibraryException.Kind.NEWER_SCHEMA : LibraryException.Kind.READ_ONLY,
                        "The library " + file + " uses schema " + version + " and this version reads schema " + LATEST
                                + "; it cannot be " + (version > LATEST ? "read" : "upgraded") + " while read-only.", null);
            }
        });
    }

    /** Highest successfully applied migration, 0 for a new or empty file. */
    static int schemaVersion(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            try (ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    return 0;
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static void migrate(String url, SQLiteConfig config, Path file) throws LibraryException {
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url);
        migrate(ds, LOCATION, e -> describe(file, e), "The library " + file + " could not be upgraded: ");
    }

    /**
     * Runs Flyway's migrations from {@code location} on {@code ds}; a database error is one sentence through
     * {@code describe}, anything else is {@code couldNot} with Flyway's words.
     */
    static void migrate(javax.sql.DataSource ds, String location,
                        java.util.function.Function<SQLException, LibraryException> describe, String couldNot)
            throws LibraryException {
        try {
            Flyway.configure(Migrations.class.getClassLoader())
                    // JUL, set above, and not whatever logging API happens to be on the class path (POI brings
                    // the Log4j API without an implementation, which would print an error on every open).
                    .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                    .dataSource(ds)
                    .locations(location)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            SQLException sql = Transactions.sqlCause(e);
            if (sql != null) {
                throw describe.apply(sql);
            }
            throw new LibraryException(couldNot + e.getMessage(), e);
        }
    }

    /** One sentence for a database error, naming the file. */
    static LibraryException describe(Path file, SQLException e) {
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            LibraryException.Kind kind = switch (code.code & 0xff) {
                case 26 -> LibraryException.Kind.NOT_A_LIBRARY;
                case 11 -> LibraryException.Kind.DAMAGED;
                case 8 -> LibraryException.Kind.READ_ONLY;
                case 13 -> LibraryException.Kind.DISK_FULL;
                case 5, 6 -> LibraryException.Kind.BUSY;
                default -> LibraryException.Kind.GENERAL;
            };
            String sentence = switch (kind) {
                case NOT_A_LIBRARY -> "The file " + file + " is not a Presskit library (it is not an SQLite database)"
                        + LibraryProbe.newestBackup(file);
                case DAMAGED -> LibraryProbe.damaged(file, "the database disk image is malformed").getMessage();
                case READ_ONLY -> "The library " + file + " is read-only; nothing can be saved to it.";
                case DISK_FULL -> "The disk holding " + file + " is full; the change was not saved.";
                case BUSY -> "The library " + file + " is busy in another program; try again in a moment.";
                default -> switch (code.code & 0xff) {
                    case 14 -> "The library " + file + " cannot be opened (check the folder exists and is writable).";
                    case 10 -> "The library " + file + " could not be read or written (disk I/O error).";
                    default -> "The library " + file + " reported an error: " + e.getMessage();
                };
            };
            return new LibraryException(kind, sentence, e);
        }
        return new LibraryException("The library " + file + " reported an error: " + e.getMessage(), e);
    }
}
