package io.presskit.library;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What differs between SQLite and PostgreSQL, in one place per database, so that the aggregates' SQL is written
 * once: starting and ending transactions (and which failures a retry cures), how times, dates and JSON lists are
 * bound and read, search, row locks, the damaged-row check, and the sentence for a database error.
 */
abstract class Dialect {
    /** A JSON array of texts, bound as the database keeps JSON (text on SQLite, jsonb on PostgreSQL). */
    record JsonText(String json) {
    }

    /** How sentences name the library. */
    abstract String shown();

    /** Registers the bindings and column mappers of this database on the store's handle. */
    void configure(Handle h) {
        h.registerArgument(new AbstractArgumentFactory<Instant>(nullTypes()[0]) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return (pos, st, ctx) -> bindInstant(st, pos, value);
            }
        });
        h.registerArgument(new AbstractArgumentFactory<LocalDate>(nullTypes()[1]) {
            @Override
            protected Argument build(LocalDate value, ConfigRegistry config) {
                return (pos, st, ctx) -> bindDate(st, pos, value);
            }
        });
        h.registerArgument(new AbstractArgumentFactory<JsonText>(Types.VARCHAR) {
            @Override
            protected Argument build(JsonText value, ConfigRegistry config) {
                return (pos, st, ctx) -> bindJson(st, pos, value.json());
            }
        });
    }

    /** The JDBC types a null time and a null date are bound as (PostgreSQL checks them against the column). */
    abstract int[] nullTypes();

    abstract void bindInstant(java.sql.PreparedStatement st, int pos, Instant value) throws SQLException;

    abstract void bindDate(java.sql.PreparedStatement st, int pos, LocalDate value) throws SQLException;

    abstract void bindJson(java.sql.PreparedStatement st, int pos, String json) throws SQLException;

    /** A stored time, or null when the column holds something that is not one (a hand edit on SQLite). */
    abstract Instant instant(ResultSet rs, String column) throws SQLException;

    /** Starts a write transaction; on SQLite it takes the write lock at once (BEGIN IMMEDIATE). */
    abstract void beginWrite(Handle h) throws SQLException;

    /** Starts a read: one snapshot for every statement of it. */
    abstract void beginRead(Handle h) throws SQLException;

    abstract void commit(Handle h) throws SQLException;

    abstract void rollback(Handle h) throws SQLException;

    /** True when nothing was written yet and trying the whole transaction again may succeed (busy, deadlock). */
    abstract boolean retryable(SQLException e);

    /** One sentence for a database error, with a kind the app can act on. */
    abstract LibraryException describe(SQLException e);

    /** Appended to the statement that reads a release's version before a save: a row lock where rows are locked. */
    abstract String forUpdate();

    /**
     * Serialises the writers that may add directory entries (an import finding its contacts by content), so that two
     * imports of the same contact at once make one entry; a no-op where a write transaction locks the whole file.
     */
    abstract void lockDirectory(Handle h);

    /**
     * The columns added to a query over {@code release r} for {@link ReleaseRowCheck}: {@code row_check}, the first
     * field the database finds unreadable or null, and what the sentence about it needs.
     */
    abstract String rowCheckColumns();

    /**
     * The join and condition that find {@code query} (already stripped, not empty) in headline or text, with the
     * binding {@code :q}; {@link #searchArgument} gives its value.
     */
    abstract String searchCondition(String query);

    abstract String searchArgument(String query);

    /**
     * A LIKE pattern for {@code query} anywhere, with {@code !} as the escape character (not a backslash, which SQL
     * parsers on the way read differently).
     */
    static String containsPattern(String query) {
        return "%" + query.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** Runs {@code sql} where a failure must not end the transaction (PostgreSQL aborts it; a savepoint keeps it). */
    abstract boolean tryInTransaction(Handle h, String sql);

    /** After rows were inserted with their own ids (a copy): the id generators continue after the largest. */
    abstract void idsInserted(Handle h, String table);
}
