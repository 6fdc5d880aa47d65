package io.presskit.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.presskit.model.Problem;
import org.jdbi.v3.core.Handle;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The aggregates over one connection: the SQL of releases, images, directory and history is written once, for
 * both databases, with {@link Dialect} holding what differs. Package-private: callers see the interfaces.
 */
final class SqlLibrary {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    final Transactions tx;
    final Dialect dialect;
    final SqlReleases releases;
    final SqlImages images;
    final SqlDirectory directory;
    final SqlHistory history;
    final SqlFamilies families;
    private final Clock clock;
    private final Supplier<String> user;

    SqlLibrary(Handle handle, Dialect dialect, Clock clock, Supplier<String> user) {
        dialect.configure(handle);
        this.tx = new Transactions(handle, dialect);
        this.dialect = dialect;
        this.clock = clock;
        this.user = user;
        this.images = new SqlImages(this);
        this.directory = new SqlDirectory(this);
        this.history = new SqlHistory(this);
        this.releases = new SqlReleases(this);
        this.families = new SqlFamilies(this);
    }

    /** Now, to the microsecond: what PostgreSQL keeps, so that a library copied between the two reads the same. */
    Instant now() {
        return Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** Who the saves are by. */
    String user() {
        return user.get();
    }

    static Dialect.JsonText json(List<String> list) {
        try {
            return new Dialect.JsonText(JSON.writeValueAsString(list));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored list of texts; a damaged one throws, for the caller to name in words. */
    static List<String> strings(String json) throws SQLException {
        List<String> list;
        try {
            list = json == null ? null : JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            list = null;
        }
        if (list == null || list.contains(null)) {
            throw new SQLException("a stored list is damaged (it is " + json + " instead of a list of texts)");
        }
        return list;
    }

    /** Storage refuses only what breaks the hard limits: a draft is saved as typed, problems and all. */
    static void refuse(List<Problem> problems) throws LibraryException {
        if (!problems.isEmpty()) {
            throw new LibraryException(problems.get(0).sentence());
        }
    }

    static LibraryException notInLibrary(long id) {
        return new LibraryException("Release " + id + " is not in the library.");
    }
}
