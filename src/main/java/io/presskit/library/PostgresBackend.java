package io.presskit.library;

import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * A team library: one database on a PostgreSQL server, migrated by Flyway from {@code migration/postgres}; one
 * connection for the store, one more while someone listens for others' changes.
 */
final class PostgresBackend extends LibraryStore.Backend {
    static final String LOCATION = "classpath:io/presskit/library/migration/postgres";
    /** Held by the opener that migrates and seeds, so that two first opens at once seed once. */
    private static final long OPENING_LOCK = 7007000;

    private final LibraryLocation.Server server;
    private final Properties credentials;
    private final Connection conn;
    private final int backendPid;

    private PostgresBackend(LibraryLocation.Server server, Properties credentials, Connection conn) throws SQLException {
        super(new PostgresDialect(server), Jdbi.open(conn));
        this.server = server;
        this.credentials = credentials;
        this.conn = conn;
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            this.backendPid = rs.getInt(1);
        }
    }

    static LibraryStore open(LibraryLocation.Server server, Clock clock, LibraryStore.Seed seed, char[] password,
                             Map<String, String> env) throws LibraryException {
        Properties props = new Properties();
        props.setProperty("user", server.user());
        String pw = password != null ? new String(password)
                : PgPass.find(server, env, Path.of(System.getProperty("user.home", "."))).orElse(null);
        if (pw != null) {
            props.setProperty("password", pw);
        }
        props.setProperty("ApplicationName", "Presskit");
        props.setProperty("connectTimeout", "10");
        props.setProperty("tcpKeepAlive", "true");
        // A row held longer than this by someone else (a colleague's save stuck on a lost network) ends this
        // attempt with a lock timeout, which Transactions tries again, up to its patience, and then says "busy".
        props.setProperty("options", "-c lock_timeout=20s");
        Connection conn = connect(server, props);
        try {
            boolean created;
            try (Statement st = conn.createStatement()) {
                st.execute("SELECT pg_advisory_lock(" + OPENING_LOCK + ")");
                try {
                    created = migrate(server, props, conn);
                } finally {
                    st.execute("SELECT pg_advisory_unlock(" + OPENING_LOCK + ")");
                }
            }
            LibraryStore store = new LibraryStore(server, new PostgresBackend(server, props, conn), clock, created);
            if (created) {
                try {
                    seed.into(store);
                } catch (LibraryException e) {
                    store.close();
                    throw e;
                }
            }
            return store;
        } catch (SQLException e) {
            close(conn);
            throw PostgresDialect.describe(server, e);
        } catch (LibraryException | RuntimeException e) {
            close(conn);
            throw e;
        }
    }

    static Connection connect(LibraryLocation.Server server, Properties props) throws LibraryException {
        try {
            return DriverManager.getConnection(server.jdbcUrl(), props);
        } catch (SQLException e) {
            throw PostgresDialect.describe(server, e);
        }
    }

    /**
     * Brings the database's schema up to date; true when it was empty (a new team library). A database holding other
     * tables and no Presskit library, or a library from a newer Presskit, is refused unchanged.
     */
    private static boolean migrate(LibraryLocation.Server server, Properties props, Connection conn)
            throws SQLException, LibraryException {
        List<String> tables = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        int version = 0;
        if (tables.contains("flyway_schema_history")) {
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT max(CAST(version AS integer)) FROM flyway_schema_history WHERE success")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
        } else if (!tables.isEmpty()) {
            throw new LibraryException(LibraryException.Kind.NOT_A_LIBRARY, "The " + server.shown() + " holds other "
                    + "tables (" + String.join(", ", tables.subList(0, Math.min(3, tables.size())))
                    + (tables.size() > 3 ? ", …" : "") + ") and no Presskit library; give Presskit a database of its own.", null);
        }
        if (version > Migrations.LATEST) {
            throw new LibraryException(LibraryException.Kind.NEWER_SCHEMA, "The library " + server.shown()
                    + " was made by a newer Presskit (schema " + version + "); this version reads schema "
                    + Migrations.LATEST + " or older. Nothing was changed.", null);
        }
        if (version == Migrations.LATEST) {
            return false;
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(server.jdbcUrl());
        ds.setUser(props.getProperty("user"));
        if (props.getProperty("password") != null) {
            ds.setPassword(props.getProperty("password"));
        }
        ds.setApplicationName("Presskit");
        Migrations.migrate(ds, LOCATION, e -> PostgresDialect.describe(server, e),
                "The library " + server.shown() + " could not be set up: ");
        return version == 0;
    }

    /** A team library's backup is a library file: the whole library copied into a new SQLite file. */
    @Override
    void backup(LibraryStore store, Path target) throws LibraryException {
        LibraryCopy.toNewFile(store, target);
    }

    @Override
    AutoCloseable listen(LibraryStore store, Consumer<LibraryChange> listener) throws LibraryException {
        Connection listening = connect(server, credentials);
        try (Statement st = listening.createStatement()) {
            st.execute("LISTEN presskit");
        } catch (SQLException e) {
            close(listening);
            throw PostgresDialect.describe(server, e);
        }
        return new Listener(listening, backendPid, listener);
    }

    /**
     * Waits for notifications on its own connection and hands them on, a batch at a time, leaving out those of the
     * store's own connection (the database tells which backend sent each one).
     */
    private static final class Listener implements AutoCloseable {
        private final Connection conn;
        private final Thread thread;
        private volatile boolean running = true;

        Listener(Connection conn, int ownPid, Consumer<LibraryChange> listener) {
            this.conn = conn;
            this.thread = new Thread(() -> {
                try {
                    PGConnection pg = conn.unwrap(PGConnection.class);
                    while (running) {
                        PGNotification[] batch = pg.getNotifications(500);
                        if (batch == null || batch.length == 0) {
                            continue;
                        }
                        Map<Long, Long> releases = new HashMap<>();
                        boolean directory = false;
                        for (PGNotification n : batch) {
                            if (n.getPID() == ownPid) {
                                continue;
                            }
                            String[] words = n.getParameter().split(" ");
                            if (words[0].equals("directory")) {
                                directory = true;
                            } else if (words.length == 3) {
                                releases.merge(Long.parseLong(words[1]), Long.parseLong(words[2]),
                                        (a, b) -> b == LibraryChange.DELETED ? b : Math.max(a, b));
                            }
                        }
                        if (!releases.isEmpty() || directory) {
                            listener.accept(new LibraryChange(releases, directory));
                        }
                    }
                } catch (SQLException | RuntimeException e) {
                    // closed, or the server went away: the store's own calls say so
                }
            }, "presskit-library-changes");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() {
            running = false;
            PostgresBackend.close(conn);
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    void close() {
        close(conn);
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing: every change was committed or rolled back
        }
    }
}
