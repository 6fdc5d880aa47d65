package io.presskit.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM (the binaries come as a Maven artifact, io.zonky.test), started on first
 * use and stopped when the JVM ends; each test gets a database of its own. The server trusts the superuser
 * {@code postgres} on this machine; other roles log in with a password (scram-sha-256), so that the password
 * paths are real. Its character type is C.UTF-8, so pg_trgm knows Han characters as letters.
 */
public final class PostgresServer {
    public static final String SUPERUSER = "postgres";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static Path dataDir;

    private PostgresServer() {
    }

    public static synchronized int port() {
        return start().getPort();
    }

    private static synchronized EmbeddedPostgres start() {
        if (server == null) {
            try {
                dataDir = Files.createTempDirectory("presskit-pg-");
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(true)
                        .setLocaleConfig("locale", "C.UTF-8")
                        .setLocaleConfig("encoding", "UTF8")
                        .setServerConfig("fsync", "off") // a test server: durability is SQLite's crash test's subject
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "100")
                        .start();
                Files.writeString(dataDir.resolve("pg_hba.conf"), """
                        local all all trust
                        host all postgres 127.0.0.1/32 trust
                        host all postgres ::1/128 trust
                        host all all 127.0.0.1/32 scram-sha-256
                        host all all ::1/128 scram-sha-256
                        """);
                try (Connection c = superuser("postgres"); Statement st = c.createStatement()) {
                    st.execute("SELECT pg_reload_conf()");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return server;
    }

    /** A new, empty database; its name. */
    public static String newDatabase() {
        String name = "t" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try (Connection c = superuser("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    /** The {@code --db} URL of {@code database} for {@code user}. */
    public static String url(String database, String user) {
        return "postgresql://localhost:" + port() + "/" + database + "?user=" + user;
    }

    public static String url(String database) {
        return url(database, SUPERUSER);
    }

    public static Connection superuser(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", SUPERUSER);
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + database, p);
    }

    /**
     * A role that logs in with {@code password}, owning a new, empty database (as the README's team setup has it);
     * the database's name.
     */
    public static String roleWithDatabase(String role, String password) {
        String db = newDatabase();
        execute("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role
                + "') THEN CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'; END IF; END $$",
                "ALTER DATABASE " + db + " OWNER TO " + role);
        execute(db, "CREATE EXTENSION IF NOT EXISTS pg_trgm", "ALTER SCHEMA public OWNER TO " + role);
        return db;
    }

    /** Runs statements as the superuser in {@code database}. */
    public static void execute(String database, String... sql) {
        try (Connection c = superuser(database); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
