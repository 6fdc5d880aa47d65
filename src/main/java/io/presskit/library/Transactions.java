package io.presskit.library;

import io.presskit.model.InvalidReleaseException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

import java.sql.SQLException;
import java.time.Duration;

/**
 * The one transaction helper every aggregate writes and reads through: one connection, used by one caller at a
 * time; each write one transaction, all of it or none of it; a write that meets another writer (SQLite's busy
 * file, a PostgreSQL deadlock or serialisation failure) is tried again, quietly, for up to {@link #PATIENCE}:
 * an autosave that meets a busy library is late, not lost. The first failure is the one reported: after a full
 * disk SQLite has often rolled back already, and the clean-up's own complaint must not hide the cause.
 */
final class Transactions {
    /** How long a write waits for other writers in all, the database's own waiting included. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    /** Work inside a transaction, on the store's handle. */
    @FunctionalInterface
    interface Work<T> {
        T run(Handle h) throws LibraryException;
    }

    /** Carries a refusal out of a Jdbi mapper, which may only throw unchecked. */
    static final class Refusal extends RuntimeException {
        final LibraryException refusal;

        Refusal(LibraryException refusal) {
            super(refusal.getMessage(), refusal, false, false);
            this.refusal = refusal;
        }
    }

    private final Handle handle;
    private final Dialect dialect;

    Transactions(Handle handle, Dialect dialect) {
        this.handle = handle;
        this.dialect = dialect;
    }

    Dialect dialect() {
        return dialect;
    }

    /** Runs {@code work} as one write transaction. */
    synchronized <T> T write(Work<T> work) throws LibraryException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (long pause = 20; ; pause = Math.min(pause * 2, 1000)) {
            LibraryException failure;
            try {
                dialect.beginWrite(handle);
            } catch (SQLException e) {
                failure = dialect.describe(e);
                if (!dialect.retryable(e)) {
                    throw failure;
                }
                wait(pause, deadline, failure);
                continue;
            }
            try {
                T result = work.run(handle);
                dialect.commit(handle);
                return result;
            } catch (JdbiException | SQLException e) {
                rollbackAfter(e);
                SQLException sql = sqlCause(e);
                failure = failure(e);
                if (sql == null || !dialect.retryable(sql)) {
                    throw failure;
                }
            } catch (Refusal e) {
                rollbackAfter(e);
                throw e.refusal;
            } catch (LibraryException | RuntimeException | Error e) {
                rollbackAfter(e);
                throw e;
            }
            wait(pause, deadline, failure);
        }
    }

    /** Runs {@code work} as one read: every statement of it sees the same committed state. */
    synchronized <T> T read(Work<T> work) throws LibraryException {
        try {
            dialect.beginRead(handle);
        } catch (SQLException e) {
            throw dialect.describe(e);
        }
        try {
            T result = work.run(handle);
            dialect.commit(handle);
            return result;
        } catch (JdbiException | SQLException e) {
            rollbackAfter(e);
            throw failure(e);
        } catch (Refusal e) {
            rollbackAfter(e);
            throw e.refusal;
        } catch (LibraryException | RuntimeException | Error e) {
            rollbackAfter(e);
            throw e;
        }
    }

    /** The sentence for a failed statement: the database's error described, or what Jdbi said. */
    private LibraryException failure(Exception e) {
        SQLException sql = sqlCause(e);
        return sql != null ? dialect.describe(sql)
                : new LibraryException("The library " + dialect.shown() + " reported an error: " + e.getMessage(), e);
    }

    private void wait(long pause, long deadline, LibraryException failure) throws LibraryException {
        if (System.nanoTime() + pause * 1_000_000 > deadline) {
            throw failure;
        }
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    private void rollbackAfter(Throwable failure) {
        try {
            dialect.rollback(handle);
        } catch (SQLException | JdbiException e) {
            failure.addSuppressed(e); // usually: SQLite rolled back already
        }
    }

    static SQLException sqlCause(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    /** A model refusal met while reading or storing, as the library's. */
    static Refusal refuse(String sentence, InvalidReleaseException cause) {
        return new Refusal(new LibraryException(sentence, cause));
    }
}
