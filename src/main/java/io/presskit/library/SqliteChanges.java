package io.presskit.library;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Others' changes to a library file: {@code PRAGMA data_version} changes when another connection (the command line
 * importing while the app has the file open, another process) commits, and this store's own commits leave it as it
 * is. Checked on the store's connection twice a second; on a change, what changed is found by comparing each
 * release's version and times, and the directory's count and newest edit, with the last look.
 */
final class SqliteChanges implements AutoCloseable {
    static final long POLL_MILLIS = 500;

    private record Look(long dataVersion, Map<Long, String> releases, String directory) {
    }

    private final SqlLibrary sql;
    private final Consumer<LibraryChange> listener;
    private final Thread thread;
    private volatile boolean running = true;

    SqliteChanges(SqlLibrary sql, Consumer<LibraryChange> listener) {
        this.sql = sql;
        this.listener = listener;
        this.thread = new Thread(this::run, "presskit-library-changes");
        thread.setDaemon(true);
        thread.start();
    }

    private Look look() throws LibraryException {
        return sql.tx.read(h -> {
            long dv = h.createQuery("PRAGMA data_version").mapTo(Long.class).one();
            Map<Long, String> releases = new HashMap<>();
            h.createQuery("SELECT id, version, updated_at, deleted_at FROM release")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2) + "|" + rs.getString(3) + "|" + rs.getString(4)))
                    .forEach(e -> releases.put(e.getKey(), e.getValue()));
            String directory = String.join("|", h.createQuery("""
                    SELECT count(*) || ' ' || coalesce(max(updated_at), '') FROM contact
                    UNION ALL SELECT count(*) || ' ' || coalesce(max(updated_at), '') FROM boilerplate""")
                    .mapTo(String.class).list());
            return new Look(dv, releases, directory);
        });
    }

    private long dataVersion() throws LibraryException {
        return sql.tx.read(h -> h.createQuery("PRAGMA data_version").mapTo(Long.class).one());
    }

    private void run() {
        Look last;
        try {
            last = look();
        } catch (LibraryException e) {
            return;
        }
        while (running) {
            try {
                Thread.sleep(POLL_MILLIS);
                if (!running || dataVersion() == last.dataVersion()) {
                    continue;
                }
                Look now = look();
                Map<Long, Long> changed = new HashMap<>();
                for (Map.Entry<Long, String> e : now.releases().entrySet()) {
                    if (!e.getValue().equals(last.releases().get(e.getKey()))) {
                        changed.put(e.getKey(), Long.parseLong(e.getValue().substring(0, e.getValue().indexOf('|'))));
                    }
                }
                for (Long id : last.releases().keySet()) {
                    if (!now.releases().containsKey(id)) {
                        changed.put(id, LibraryChange.DELETED);
                    }
                }
                boolean directory = !Objects.equals(now.directory(), last.directory());
                last = now;
                if (!changed.isEmpty() || directory) {
                    listener.accept(new LibraryChange(changed, directory));
                }
            } catch (InterruptedException e) {
                return;
            } catch (LibraryException | RuntimeException e) {
                // a busy or closed library: look again next time, or stop when closed
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
