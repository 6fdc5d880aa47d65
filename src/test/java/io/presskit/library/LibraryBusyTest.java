package io.presskit.library;

import io.presskit.bundle.BundleImporter;
import io.presskit.cli.CliRunner;
import io.presskit.model.Release;
import io.presskit.testing.LibraryDump;
import io.presskit.testing.TestBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writers share the library: a large import holds the write lock briefly, and a save that meets it waits its turn. */
class LibraryBusyTest {
    @TempDir
    Path tmp;

    @Test
    void anAutosaveThatMeetsABusyLibraryRetriesQuietly() throws Exception {
        Path db = tmp.resolve("library.db");
        BundleImporter.ImportedBundle sample = BundleImporter.load(TestBundles.SAMPLE);
        try (LibraryStore store = LibraryStore.open(db)) {
            store.releases().insert(sample.release(), sample.images());
            store.pragmaForTests("busy_timeout = 50"); // SQLite's own wait, made short: what is left is the store's
            CountDownLatch held = new CountDownLatch(1);
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
                    st.execute("BEGIN IMMEDIATE");
                    st.executeUpdate("UPDATE contact SET updated_at = updated_at");
                    held.countDown();
                    Thread.sleep(1500); // another program writing for a while: far longer than SQLite's wait
                    st.execute("COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            held.await();
            Release r = store.releases().release(1).orElseThrow();
            io.presskit.testing.Saves.overLatest(store, 1, r.withHeadline("Saved once the other writer was done"), List.of());
            other.join();
            assertEquals("Saved once the other writer was done", store.releases().release(1).orElseThrow().headline());
        }
    }

    @Test
    void aTwentyThousandContactImportLetsOtherWritersIn() throws Exception {
        Path db = tmp.resolve("library.db");
        assertEquals(0, CliRunner.run("list", "--db", db.toString()).code());
        Path bundle = TestBundles.copySample(tmp, "directory");
        TestBundles.editJson(bundle, root -> {
            var contacts = root.putArray("contacts");
            for (int i = 0; i < 20_000; i++) {
                var c = contacts.addObject();
                c.put("organization", "Organisation " + (i % 50));
                c.put("name", String.format("Person %05d", i));
                c.putArray("phones").add(String.format("+852 2000 %04d", i % 10_000));
                c.putArray("emails").add("person" + i + "@example.org");
            }
            var twice = contacts.addObject(); // the same person twice is one directory entry
            twice.put("organization", "Organisation 7");
            twice.put("name", "Person 00007");
            twice.putArray("phones").add("+852 2000 0007");
            twice.putArray("emails").add("person7@example.org");
        });
        // A writer of its own that waits for the lock as an autosave would (20 s: SQLite's own busy wait, no retry),
        // writing again and again while the import runs: it must always get in.
        AtomicBoolean importing = new AtomicBoolean(true);
        AtomicInteger writes = new AtomicInteger();
        List<Exception> refused = new ArrayList<>();
        Thread writer = new Thread(() -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = 20000");
                while (importing.get()) {
                    try {
                        st.executeUpdate("UPDATE release SET updated_at = updated_at WHERE id = 1");
                        writes.incrementAndGet();
                    } catch (Exception e) {
                        refused.add(e);
                        return;
                    }
                    Thread.sleep(5);
                }
            } catch (Exception e) {
                refused.add(e);
            }
        });
        writer.start();
        CliRunner.Result r = CliRunner.run("import", bundle.toString(), "--db", db.toString());
        importing.set(false);
        writer.join();
        assertEquals(0, r.code(), r.err());
        assertEquals("2", r.out().strip());
        assertEquals(List.of(), refused, "the other writer was kept out");
        assertTrue(writes.get() > 0);
        assertEquals(20_000 + 2, LibraryDump.count(db, "contact"), "the sample's two, and one each");
        assertEquals(20_001, LibraryDump.scalar(db, "SELECT count(*) FROM release_contact WHERE release_id = 2"));
        assertEquals(2, LibraryDump.scalar(db, "SELECT count(DISTINCT position) FROM release_contact "
                + "WHERE release_id = 2 AND contact_id = (SELECT id FROM contact WHERE name = 'Person 00007')"));
    }
}
