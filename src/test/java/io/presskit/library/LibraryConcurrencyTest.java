package io.presskit.library;

import io.presskit.bundle.BundleImporter;
import io.presskit.model.Release;
import io.presskit.testing.Backend;
import io.presskit.testing.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Several writers on one library, each with a store of its own, as two officers' windows or a window and the CLI. */
@ParameterizedClass
@EnumSource(Backend.class)
class LibraryConcurrencyTest {
    @Parameter
    Backend backend;
    @TempDir
    Path tmp;
    Backend.TestLibrary db;
    BundleImporter.ImportedBundle sample;

    @BeforeEach
    void library() throws Exception {
        db = backend.fresh(tmp);
        sample = BundleImporter.load(TestBundles.SAMPLE);
        try (LibraryStore store = db.open()) {
            store.releases().insert(sample.release(), sample.images());
            store.releases().insert(sample.release().withHeadline("第二篇新聞稿"), List.of());
        }
    }

    @Test
    void twoWritersOnTheSameReleaseOneGetsTheConflictWithBothTextsAndNothingIsLost() throws Exception {
        try (LibraryStore first = db.open(); LibraryStore second = db.open()) {
            first.setUser("陳主任");
            second.setUser("Officer Lee");
            VersionedRelease a = first.releases().read(1).orElseThrow();
            VersionedRelease b = second.releases().read(1).orElseThrow();
            Release theirs = b.release().withHeadline("第二個視窗的標題");
            Release mine = a.release().withHeadline("第一個視窗的標題");
            // both press save at once: exactly one lands, the other is told, with both texts
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService two = Executors.newFixedThreadPool(2);
            Future<Object> fa = two.submit(() -> {
                go.await();
                try {
                    return first.releases().save(1, a.version(), mine, List.of());
                } catch (LibraryException e) {
                    return e;
                }
            });
            Future<Object> fb = two.submit(() -> {
                go.await();
                try {
                    return second.releases().save(1, b.version(), theirs, List.of());
                } catch (LibraryException e) {
                    return e;
                }
            });
            go.countDown();
            List<Object> results = List.of(fa.get(60, TimeUnit.SECONDS), fb.get(60, TimeUnit.SECONDS));
            two.shutdown();
            List<ConflictException> conflicts = results.stream().filter(r -> r instanceof ConflictException)
                    .map(r -> (ConflictException) r).toList();
            assertEquals(1, conflicts.size(), results.toString());
            assertEquals(1, results.stream().filter(r -> Long.valueOf(2).equals(r)).count(), results.toString());
            ConflictException c = conflicts.get(0);
            assertEquals(LibraryException.Kind.CONFLICT, c.kind());
            Release landed = first.releases().release(1).orElseThrow();
            assertEquals(landed, c.theirs().release(), "theirs: what is stored now");
            assertEquals(2, c.theirs().version());
            assertEquals(landed.headline().equals(mine.headline()) ? theirs : mine, c.mine(), "mine: the refused text");
            // nothing lost: the refused text is in the exception, the landed one in the library and its history
            assertEquals(landed.headline(), second.releases().release(1).orElseThrow().headline());
            List<Revision> history = first.history().revisions(1);
            assertEquals(landed, first.history().release(1, history.get(history.size() - 1).number()));
            // the user decides, and saves over the version they were shown
            assertEquals(3, first.releases().save(1, c.theirs().version(), c.mine(), List.of()));
            assertEquals(c.mine().headline(), second.releases().release(1).orElseThrow().headline());
        }
    }

    @Test
    void twoWritersOnDifferentReleasesBothLand() throws Exception {
        try (LibraryStore first = db.open(); LibraryStore second = db.open()) {
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            for (LibraryStore store : List.of(first, second)) {
                long id = store == first ? 1 : 2;
                writers.add(CompletableFuture.runAsync(() -> {
                    try {
                        for (int i = 0; i < 15; i++) {
                            VersionedRelease v = store.releases().read(id).orElseThrow();
                            store.releases().save(id, v.version(), v.release().withHeadline("第 " + i + " 次 " + id), List.of());
                        }
                    } catch (LibraryException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            assertEquals("第 14 次 1", second.releases().release(1).orElseThrow().headline());
            assertEquals("第 14 次 2", first.releases().release(2).orElseThrow().headline());
            assertEquals(16, first.releases().read(1).orElseThrow().version());
            assertEquals(16, first.releases().read(2).orElseThrow().version());
        }
    }

    /**
     * On a server, a save locks its release's row only: while another transaction holds release 1 (a colleague's save
     * in progress), a save of release 2 goes through at once, and a save of release 1 waits for the first to end.
     */
    @Test
    void onAServerASaveWaitsOnlyForItsOwnRelease() throws Exception {
        assumeTrue(backend == Backend.POSTGRES, "SQLite has one write lock for the whole file");
        try (LibraryStore store = db.open(); Connection colleague = db.connect(); Statement st = colleague.createStatement()) {
            colleague.setAutoCommit(false);
            st.execute("SELECT version FROM release WHERE id = 1 FOR UPDATE");
            VersionedRelease two = store.releases().read(2).orElseThrow();
            CompletableFuture<Long> other = CompletableFuture.supplyAsync(() -> {
                try {
                    return store.releases().save(2, two.version(), two.release().withHeadline("不用等"), List.of());
                } catch (LibraryException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(2, other.get(30, TimeUnit.SECONDS), "release 2 was not held up by the lock on release 1");
            try (LibraryStore second = db.open()) {
                VersionedRelease one = second.releases().read(1).orElseThrow();
                CompletableFuture<Long> same = CompletableFuture.supplyAsync(() -> {
                    try {
                        return second.releases().save(1, one.version(), one.release().withHeadline("等一下"), List.of());
                    } catch (LibraryException e) {
                        throw new IllegalStateException(e);
                    }
                });
                Thread.sleep(500);
                assertFalse(same.isDone(), "a save of the locked release waits");
                colleague.rollback();
                assertEquals(2, same.get(30, TimeUnit.SECONDS));
            }
        }
    }

    /**
     * An autosave that meets a busy library is late, not lost: a colleague holds the release (SQLite: the file's write
     * lock; PostgreSQL: its row) far longer than the database's own wait, and the save goes through once it is free.
     */
    @Test
    void anAutosaveThatMeetsABusyLibraryRetriesQuietly() throws Exception {
        try (LibraryStore store = db.open(); Connection colleague = db.connect(); Statement st = colleague.createStatement()) {
            // the database's own wait, made short: what is left is the store's patience
            store.executeForTests(backend == Backend.SQLITE ? "PRAGMA busy_timeout = 50" : "SET lock_timeout = '50ms'");
            if (backend == Backend.SQLITE) {
                st.execute("BEGIN IMMEDIATE");
                st.executeUpdate("UPDATE release SET updated_at = updated_at WHERE id = 1");
            } else {
                colleague.setAutoCommit(false);
                st.execute("SELECT 1 FROM release WHERE id = 1 FOR UPDATE");
            }
            VersionedRelease v = store.releases().read(1).orElseThrow();
            CompletableFuture<Long> save = CompletableFuture.supplyAsync(() -> {
                try {
                    return store.releases().save(1, v.version(), v.release().withHeadline("晚了，但沒有丟失"), List.of());
                } catch (LibraryException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(1500); // far longer than the database's own wait
            assertFalse(save.isDone(), "still waiting, not failed");
            if (backend == Backend.SQLITE) {
                st.execute("COMMIT");
            } else {
                colleague.commit();
            }
            assertEquals(v.version() + 1, save.get(60, TimeUnit.SECONDS));
            assertEquals("晚了，但沒有丟失", store.releases().release(1).orElseThrow().headline());
        }
    }

    @Test
    void concurrentImportsAllLandAndShareTheirContactsAndPhotos() throws Exception {
        int threads = 3;
        int each = 3;
        List<LibraryStore> stores = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                stores.add(db.open());
            }
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<List<Long>>> imports = new ArrayList<>();
            for (LibraryStore store : stores) {
                imports.add(CompletableFuture.supplyAsync(() -> {
                    List<Long> ids = new ArrayList<>();
                    try {
                        go.await();
                        for (int n = 0; n < each; n++) {
                            ids.add(store.releases().insert(sample.release(), sample.images()));
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return ids;
                }));
            }
            go.countDown();
            List<Long> ids = new ArrayList<>();
            for (CompletableFuture<List<Long>> f : imports) {
                ids.addAll(f.get(180, TimeUnit.SECONDS));
            }
            assertEquals(threads * each, ids.stream().distinct().count());
            assertEquals(2 + threads * each, db.count("release"));
            assertEquals(2, db.count("contact"), "the same two people, once each");
            assertEquals(1, db.count("boilerplate"));
            assertEquals(9, db.count("image"), "the same nine photos, stored once");
            for (long id : ids) {
                assertEquals(sample.release().headline(), stores.get(0).releases().release(id).orElseThrow().headline());
            }
        } finally {
            stores.forEach(LibraryStore::close);
        }
    }

    @Test
    void aSaveOfAReleaseDeletedMeanwhileSaysSo() throws Exception {
        try (LibraryStore first = db.open(); LibraryStore second = db.open()) {
            VersionedRelease v = first.releases().read(2).orElseThrow();
            second.releases().delete(2);
            LibraryException e = assertThrows(LibraryException.class,
                    () -> first.releases().save(2, v.version(), v.release(), List.of()));
            assertEquals("Release 2 is not in the library.", e.getMessage());
            assertTrue(first.releases().read(2).isEmpty());
            assertInstanceOf(LibraryException.class, e);
        }
    }
}
