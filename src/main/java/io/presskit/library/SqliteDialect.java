package io.presskit.library;

import org.jdbi.v3.core.Handle;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;

/** SQLite: times and dates as ISO text, JSON as checked text, FTS5 trigram search, one write lock for the file. */
final class SqliteDialect extends Dialect {
    private final Path file;
    /** Set once the file was found damaged: closing then leaves it (and its log) exactly as it is. */
    private volatile boolean damaged;

    SqliteDialect(Path file) {
        this.file = file;
    }

    boolean damaged() {
        return damaged;
    }

    @Override
    String shown() {
        return file.toString();
    }

    @Override
    int[] nullTypes() {
        return new int[]{java.sql.Types.VARCHAR, java.sql.Types.VARCHAR};
    }

    @Override
    void bindInstant(PreparedStatement st, int pos, Instant value) throws SQLException {
        st.setString(pos, value.toString());
    }

    @Override
    void bindDate(PreparedStatement st, int pos, LocalDate value) throws SQLException {
        st.setString(pos, value.toString());
    }

    @Override
    void bindJson(PreparedStatement st, int pos, String json) throws SQLException {
        st.setString(pos, json);
    }

    @Override
    Instant instant(ResultSet rs, String column) throws SQLException {
        return ReleaseRowCheck.instant(rs.getString(column));
    }

    @Override
    void beginWrite(Handle h) throws SQLException {
        execute(h, "BEGIN IMMEDIATE");
    }

    @Override
    void beginRead(Handle h) throws SQLException {
        execute(h, "BEGIN");
    }

    @Override
    void commit(Handle h) throws SQLException {
        execute(h, "COMMIT");
    }

    @Override
    void rollback(Handle h) throws SQLException {
        execute(h, "ROLLBACK");
    }

    /**
     * Plain statements, not JDBC's autocommit switch: the xerial driver marks the connection transactional before
     * SQLite has granted the write lock, so a busy start would leave the retry running outside any transaction.
     */
    private static void execute(Handle h, String sql) throws SQLException {
        try (Statement st = h.getConnection().createStatement()) {
            st.execute(sql);
        }
    }

    @Override
    boolean retryable(SQLException e) {
        return describe(e).kind() == LibraryException.Kind.BUSY;
    }

    @Override
    LibraryException describe(SQLException e) {
        LibraryException le = Migrations.describe(file, e);
        if (le.kind() == LibraryException.Kind.DAMAGED || le.kind() == LibraryException.Kind.NOT_A_LIBRARY) {
            damaged = true;
        }
        return le;
    }

    @Override
    String forUpdate() {
        return ""; // BEGIN IMMEDIATE holds the file's write lock already
    }

    @Override
    void lockDirectory(Handle h) {
        // the write transaction has the whole file
    }

    /**
     * SQLite lets a hand edit store what the table's checks let through (a date "yesterday", a body "null"), so it
     * judges the row itself: the first character of the JSON lists (the check keeps them well-formed) and the
     * dateline date; an embargo it leaves to Java. No paragraph is parsed for a list.
     */
    @Override
    String rowCheckColumns() {
        return """
                CASE WHEN substr(ltrim(r.body), 1, 1) IS NOT '[' THEN 'body'
                     WHEN substr(ltrim(r.highlights), 1, 1) IS NOT '[' THEN 'highlights'
                     WHEN r.dateline_date IS NOT NULL AND date(r.dateline_date) IS NOT r.dateline_date THEN 'dateline_date'
                     WHEN r.embargo_until IS NOT NULL THEN 'embargo_until' END AS row_check,
                substr(ltrim(r.body), 1, 1) AS body_start, substr(ltrim(r.highlights), 1, 1) AS highlights_start,
                r.dateline_date AS dateline_text, r.embargo_until AS embargo_text""";
    }

    /**
     * Three characters or more: the FTS5 trigram index (any substring, CJK included). One or two: LIKE over the same
     * index's text, since a trigram index cannot answer them.
     */
    @Override
    String searchCondition(String query) {
        return trigram(query)
                ? "JOIN release_search s ON s.rowid = r.id WHERE release_search MATCH :q"
                : "JOIN release_search s ON s.rowid = r.id WHERE (s.headline LIKE :q ESCAPE '!' OR s.text LIKE :q ESCAPE '!')";
    }

    @Override
    String searchArgument(String query) {
        return trigram(query) ? "\"" + query.replace("\"", "\"\"") + "\"" : containsPattern(query);
    }

    private static boolean trigram(String query) {
        return query.codePointCount(0, query.length()) >= 3;
    }

    @Override
    boolean tryInTransaction(Handle h, String sql) {
        try (Statement st = h.getConnection().createStatement()) {
            st.executeUpdate(sql);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    void idsInserted(Handle h, String table) {
        // INTEGER PRIMARY KEY continues after the largest id by itself
    }
}
