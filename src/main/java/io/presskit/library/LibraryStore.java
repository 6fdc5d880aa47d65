package io.presskit.library;

import io.presskit.files.OutputFile;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An open library: an SQLite file (the single-user default) or a database on a PostgreSQL server (a team library),
 * the same product either way. Its work is split by aggregate — {@link #releases()}, {@link #images()},
 * {@link #directory()}, {@link #history()} — over one connection and one transaction helper; every change is one
 * transaction. Thread-safe (calls are serialised); the UI calls it off the FX thread.
 */
public final class LibraryStore implements AutoCloseable {
    private final LibraryLocation location;
    private final Backend backend;
    private final SqlLibrary sql;
    private final boolean created;
    private volatile String user = System.getProperty("user.name", "unknown");
    private final List<AutoCloseable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** What a new library starts with, written in the same step that creates it. */
    @FunctionalInterface
    public interface Seed {
        Seed NOTHING = library -> {
        };

        void into(LibraryStore newLibrary) throws LibraryException;
    }

    /** What differs between a library file and a library server once the aggregates are set up. */
    abstract static class Backend {
        private final Dialect dialect;
        private final Handle handle;

        Backend(Dialect dialect, Handle handle) {
            this.dialect = dialect;
            this.handle = handle;
        }

        final Dialect dialect() {
            return dialect;
        }

        final Handle handle() {
            return handle;
        }

        abstract void backup(LibraryStore store, Path target) throws LibraryException;

        abstract AutoCloseable listen(LibraryStore store, Consumer<LibraryChange> listener) throws LibraryException;

        abstract void close();
    }

    LibraryStore(LibraryLocation location, Backend backend, Clock clock, boolean created) {
        this.location = location;
        this.backend = backend;
        this.created = created;
        this.sql = new SqlLibrary(backend.handle(), backend.dialect(), clock, this::user);
    }

    // ---------------------------------------------------------------- opening

    /** Opens (creating and migrating as needed) the library file at {@code file}; a new one starts empty. */
    public static LibraryStore open(Path file) throws LibraryException {
        return open(file, Clock.systemUTC(), Seed.NOTHING);
    }

    public static LibraryStore open(Path file, Clock clock) throws LibraryException {
        return open(file, clock, Seed.NOTHING);
    }

    /**
     * Opens the library file at {@code file}, migrating it as needed (after a backup beside it). A file that is not a
     * Presskit library is refused before anything is written to it. A new library is made whole under a temporary
     * name beside {@code file} (schema, then {@code seed}) and appears under its name in one step, or not at all: a
     * full disk leaves nothing behind, and of several first opens at once exactly one library (with one sample)
     * wins and the others open it.
     */
    public static LibraryStore open(Path file, Clock clock, Seed seed) throws LibraryException {
        Path abs = file.toAbsolutePath();
        boolean missing = LibraryProbe.inspect(abs) == LibraryProbe.State.MISSING;
        boolean created = missing && create(abs, clock, seed);
        if (missing && !created) {
            LibraryProbe.inspect(abs); // another process made it meanwhile: what it made is checked like any file
        }
        return sqlite(abs, Migrations.openAndMigrate(abs), clock, created);
    }

    /**
     * Opens the library at {@code location}: a file as {@link #open(Path, Clock, Seed)} does, or a database on a
     * PostgreSQL server, migrated as needed (a new, empty database gets the schema and {@code seed}). {@code password}
     * is the one the user typed (kept by the caller for the session only), or null to look in {@code PGPASSWORD}
     * and {@code ~/.pgpass} as libpq does.
     */
    public static LibraryStore open(LibraryLocation location, Clock clock, Seed seed, char[] password,
                                    Map<String, String> env) throws LibraryException {
        if (location instanceof LibraryLocation.File f) {
            return open(f.path(), clock, seed);
        }
        return PostgresBackend.open((LibraryLocation.Server) location, clock, seed, password, env);
    }

    static LibraryStore sqlite(Path file, Connection conn, Clock clock, boolean created) {
        return new LibraryStore(new LibraryLocation.File(file), new SqliteBackend(file, conn), clock, created);
    }

    /** Makes a new library at {@code file}; false when another process made it first. */
    private static boolean create(Path file, Clock clock, Seed seed) throws LibraryException {
        try (OutputFile out = OutputFile.beside(file, ".db", false)) {
            try (LibraryStore made = sqlite(file, Migrations.openAndMigrate(out.temp(), file), clock, true)) {
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

    /**
     * Opens an existing library file read-only: for a read-only file, or one another Presskit window holds. Every
     * write is refused with a sentence saying so.
     */
    public static LibraryStore openReadOnly(Path file) throws LibraryException {
        Path abs = file.toAbsolutePath();
        if (LibraryProbe.inspect(abs) == LibraryProbe.State.MISSING) {
            throw new LibraryException("The library " + abs + " does not exist.");
        }
        return sqlite(abs, Migrations.openReadOnly(abs), Clock.systemUTC(), false);
    }

    // ---------------------------------------------------------------- the aggregates

    public Releases releases() {
        return sql.releases;
    }

    public Images images() {
        return sql.images;
    }

    public Directory directory() {
        return sql.directory;
    }

    /** The language versions of releases, and what they share. */
    public Families families() {
        return sql.families;
    }

    public History history() {
        return sql.history;
    }

    // ---------------------------------------------------------------- the library as a whole

    public LibraryLocation location() {
        return location;
    }

    /** The library file, or null for a team library on a server. */
    public Path file() {
        return location instanceof LibraryLocation.File f ? f.path() : null;
    }

    /** True when this open created the library: the caller may seed it, or tell the user. */
    public boolean isNew() {
        return created;
    }

    /** Who this store's saves are by, in the history: the system user unless {@link #setUser} named someone. */
    public String user() {
        return user;
    }

    /** The user's name from the app's preferences, for the history; blank keeps the system user. */
    public void setUser(String name) {
        if (name != null && !name.isBlank()) {
            user = name.strip();
        }
    }

    /**
     * Writes a consistent copy of the library to {@code target}, a new SQLite library file (refused when it exists),
     * while the library stays open: SQLite's online backup for a file, a whole copy for a team library.
     */
    public void backup(Path target) throws LibraryException {
        Path abs = target.toAbsolutePath();
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new LibraryException(target + " already exists; choose a new file name for the backup.");
        }
        backend.backup(this, target);
    }

    /**
     * Calls {@code listener} (on a background thread) whenever another program or person changes the library:
     * PostgreSQL's LISTEN/NOTIFY for a team library, SQLite's data version (another connection committed) for a
     * file, checked twice a second. What this store changed alone is not announced. Close the result to stop.
     */
    public AutoCloseable listen(Consumer<LibraryChange> listener) throws LibraryException {
        AutoCloseable listening = backend.listen(this, listener);
        listeners.add(listening);
        return () -> {
            listeners.remove(listening);
            listening.close();
        };
    }

    SqlLibrary sql() {
        return sql;
    }

    Backend backend() {
        return backend;
    }

    /** Closes the library, and stops every listener still listening. */
    @Override
    public void close() {
        for (AutoCloseable l : List.copyOf(listeners)) {
            try {
                l.close();
            } catch (Exception ignored) {
                // stopping a listener cannot fail in a way that matters once the library closes
            }
        }
        listeners.clear();
        backend.close();
    }

    // ---------------------------------------------------------------- for tests in this package

    /** The pages the library file occupies now. */
    long pageCountForTests() throws SQLException {
        try (Statement st = backend.handle().getConnection().createStatement(); ResultSet rs = st.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs a pragma on the library's own connection. */
    void pragmaForTests(String pragma) throws SQLException {
        executeForTests("PRAGMA " + pragma);
    }

    /** Runs a statement on the library's own connection (a setting a test makes short). */
    void executeForTests(String sql) throws SQLException {
        synchronized (this.sql.tx) {
            try (Statement st = backend.handle().getConnection().createStatement()) {
                st.execute(sql);
            }
        }
    }

    /** A library file's backend: its connection, closed without touching a damaged file. */
    static final class SqliteBackend extends Backend {
        private final Path file;
        private final Connection conn;

        SqliteBackend(Path file, Connection conn) {
            super(new SqliteDialect(file), Jdbi.open(conn));
            this.file = file;
            this.conn = conn;
        }

        @Override
        void backup(LibraryStore store, Path target) throws LibraryException {
            synchronized (store.sql.tx) {
                try {
                    Backups.backup(conn, target.toAbsolutePath());
                } catch (FileAlreadyExistsException e) {
                    throw new LibraryException(target + " already exists; choose a new file name for the backup.", e);
                } catch (IOException | SQLException e) {
                    throw new LibraryException("The backup " + target + " could not be written (" + e.getMessage() + ").", e);
                }
            }
        }

        @Override
        AutoCloseable listen(LibraryStore store, Consumer<LibraryChange> listener) {
            return new SqliteChanges(store.sql, listener);
        }

        @Override
        void close() {
            if (((SqliteDialect) dialect()).damaged()) {
                Migrations.closeLeavingFileAlone(conn, file);
                return;
            }
            try {
                conn.close();
            } catch (SQLException ignored) {
                // closing: nothing left to protect, every change was committed or rolled back
            }
        }
    }
}
