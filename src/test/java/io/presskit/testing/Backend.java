package io.presskit.testing;

import io.presskit.library.LibraryException;
import io.presskit.library.LibraryLocation;
import io.presskit.library.LibraryStore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;

/**
 * The two kinds of library the storage tests run against: an SQLite file in the test's temporary folder, and a
 * database of its own on the test JVM's PostgreSQL server ({@link PostgresServer}).
 */
public enum Backend {
    SQLITE, POSTGRES;

    /** A library that does not exist yet (a file not made, an empty database). */
    public TestLibrary fresh(Path tmp) {
        return this == SQLITE ? new TestLibrary.Sqlite(tmp.resolve("library.db"))
                : new TestLibrary.Postgres(PostgresServer.newDatabase());
    }

    /** A library of this kind for one test: what it is opened as, looked at with plain JDBC, and edited by hand. */
    public sealed interface TestLibrary {
        /** The command line's {@code --db}. */
        String db();

        default LibraryLocation location() throws LibraryException {
            return LibraryLocation.parse(db());
        }

        default LibraryStore open() throws LibraryException {
            return open(Clock.systemUTC());
        }

        default LibraryStore open(Clock clock) throws LibraryException {
            return LibraryStore.open(location(), clock, LibraryStore.Seed.NOTHING, null, Map.of());
        }

        Connection connect() throws Exception;

        /** Every row of every table, as text (blobs as their SHA-256): equal dumps, the same data. */
        default String dump() throws Exception {
            try (Connection c = connect()) {
                return LibraryDump.of(c);
            }
        }

        default int count(String table) throws Exception {
            return scalar("SELECT count(*) FROM " + table);
        }

        default int scalar(String sql) throws Exception {
            try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        }

        /** A hand edit, as another program or a database administrator would make it. */
        default void execute(String... sql) throws Exception {
            try (Connection c = connect(); Statement st = c.createStatement()) {
                for (String s : sql) {
                    st.execute(s);
                }
            }
        }

        record Sqlite(Path file) implements TestLibrary {
            @Override
            public String db() {
                return file.toString();
            }

            @Override
            public Connection connect() throws Exception {
                return DriverManager.getConnection("jdbc:sqlite:" + file);
            }
        }

        record Postgres(String database) implements TestLibrary {
            @Override
            public String db() {
                return PostgresServer.url(database);
            }

            @Override
            public Connection connect() throws Exception {
                return PostgresServer.superuser(database);
            }
        }
    }
}
