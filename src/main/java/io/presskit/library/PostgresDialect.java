package io.presskit.library;

import org.jdbi.v3.core.Handle;
import org.postgresql.util.PGobject;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * PostgreSQL: timestamptz, date and jsonb columns (so the types keep rows readable: no damaged-row check is needed
 * but the embargo's), row locks for saves (two officers on two releases never wait for each other), pg_trgm search,
 * and a whole-transaction retry after a deadlock or serialisation failure.
 */
final class PostgresDialect extends Dialect {
    private final LibraryLocation.Server server;

    PostgresDialect(LibraryLocation.Server server) {
        this.server = server;
    }

    @Override
    String shown() {
        return server.shown();
    }

    @Override
    int[] nullTypes() {
        return new int[]{java.sql.Types.TIMESTAMP_WITH_TIMEZONE, java.sql.Types.DATE};
    }

    @Override
    void bindInstant(PreparedStatement st, int pos, Instant value) throws SQLException {
        st.setObject(pos, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    @Override
    void bindDate(PreparedStatement st, int pos, LocalDate value) throws SQLException {
        st.setObject(pos, value);
    }

    @Override
    void bindJson(PreparedStatement st, int pos, String json) throws SQLException {
        PGobject o = new PGobject();
        o.setType("jsonb");
        o.setValue(json);
        st.setObject(pos, o);
    }

    @Override
    Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    @Override
    void beginWrite(Handle h) throws SQLException {
        h.getConnection().setAutoCommit(false);
    }

    @Override
    void beginRead(Handle h) throws SQLException {
        h.getConnection().setAutoCommit(false);
    }

    @Override
    void commit(Handle h) throws SQLException {
        try {
            h.getConnection().commit();
        } finally {
            h.getConnection().setAutoCommit(true);
        }
    }

    @Override
    void rollback(Handle h) throws SQLException {
        try {
            h.getConnection().rollback();
        } finally {
            h.getConnection().setAutoCommit(true);
        }
    }

    @Override
    boolean retryable(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state) || "55P03".equals(state);
    }

    @Override
    LibraryException describe(SQLException e) {
        return describe(server, e);
    }

    /** One sentence for a PostgreSQL error, naming the server and database. */
    static LibraryException describe(LibraryLocation.Server server, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = server.hostAndPort();
        LibraryException.Kind kind;
        String sentence;
        // 08004: the server asked for a password the connection did not have (pgjdbc's wording of libpq's).
        if (state.equals("08004") || state.equals("28P01") || state.equals("28000")) {
            kind = LibraryException.Kind.PASSWORD;
            sentence = "The library server " + where + " refused user " + server.user() + " for database "
                    + server.database() + " (wrong or missing password; give it in PGPASSWORD or ~/.pgpass).";
        } else if (state.startsWith("08") || e.getCause() instanceof java.net.ConnectException
                || e.getCause() instanceof java.net.UnknownHostException || e.getCause() instanceof java.io.IOException) {
            kind = LibraryException.Kind.SERVER_UNAVAILABLE;
            sentence = "The library server " + where + " cannot be reached (" + reason(e) + "); check the address and "
                    + "that the server is running, or work on the local library instead.";
        } else if (state.equals("3D000")) {
            kind = LibraryException.Kind.SERVER_UNAVAILABLE;
            sentence = "The library server " + where + " has no database " + server.database()
                    + "; create it (see the README's team library) or check the name.";
        } else if (state.equals("53100")) {
            kind = LibraryException.Kind.DISK_FULL;
            sentence = "The disk of the library server " + where + " is full; the change was not saved.";
        } else if (state.equals("25006") || state.equals("42501")) {
            kind = LibraryException.Kind.READ_ONLY;
            sentence = "The library " + server.shown() + " does not let user " + server.user()
                    + " change it; nothing can be saved to it.";
        } else if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            kind = LibraryException.Kind.BUSY;
            sentence = "The library " + server.shown() + " is busy with another writer; try again in a moment.";
        } else {
            kind = LibraryException.Kind.GENERAL;
            sentence = "The library " + server.shown() + " reported an error: " + e.getMessage();
        }
        return new LibraryException(kind, sentence, e);
    }

    private static String reason(SQLException e) {
        Throwable c = e.getCause();
        if (c instanceof java.net.UnknownHostException) {
            return "no such host";
        }
        if (c instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (c instanceof java.net.SocketTimeoutException) {
            return "no answer";
        }
        return "the connection failed";
    }

    @Override
    String forUpdate() {
        return " FOR UPDATE";
    }

    /** A transaction-scoped advisory lock: released by commit or rollback, held by nothing else. */
    @Override
    void lockDirectory(Handle h) {
        h.createQuery("SELECT pg_advisory_xact_lock(7007001)").mapTo(String.class).one();
    }

    @Override
    String rowCheckColumns() {
        return """
                CASE WHEN r.embargo_until IS NOT NULL THEN 'embargo_until' END AS row_check,
                NULL AS body_start, NULL AS highlights_start,
                CAST(r.dateline_date AS text) AS dateline_text, r.embargo_until AS embargo_text""";
    }

    /**
     * LIKE over the search table's lower-cased text, the query lower-cased by the same function: three characters or
     * more use the pg_trgm GIN indexes; one or two (a trigram index cannot answer them) scan the same text, which is
     * what SQLite does too.
     */
    @Override
    String searchCondition(String query) {
        return "JOIN release_search s ON s.release_id = r.id "
                + "WHERE (s.headline LIKE lower(:q) ESCAPE '!' OR s.text LIKE lower(:q) ESCAPE '!')";
    }

    @Override
    String searchArgument(String query) {
        return containsPattern(query);
    }

    @Override
    boolean tryInTransaction(Handle h, String sql) {
        java.sql.Connection c = h.getConnection();
        Savepoint sp = null;
        try {
            sp = c.setSavepoint();
            try (Statement st = c.createStatement()) {
                st.executeUpdate(sql);
            }
            c.releaseSavepoint(sp);
            return true;
        } catch (SQLException e) {
            try {
                if (sp != null) {
                    c.rollback(sp);
                }
            } catch (SQLException ignored) {
                // the transaction's own end reports what is wrong
            }
            return false;
        }
    }

    @Override
    void idsInserted(Handle h, String table) {
        h.createQuery("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                + "greatest((SELECT max(id) FROM " + table + "), 1))").mapTo(Long.class).one();
    }
}
