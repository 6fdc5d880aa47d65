package io.presskit.library;

import io.presskit.bundle.BundleImporter;
import io.presskit.model.Release;
import io.presskit.model.WorkflowStatus;
import io.presskit.testing.LibraryDump;
import io.presskit.testing.TestBundles;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * One library, two windows: the lock is on the real file whatever path leads to it, and a save made from an
 * older copy of a release never overwrites a newer one.
 */
class LibraryVersionsTest {
    @TempDir
    Path tmp;

    private Path library() throws Exception {
        Path db = tmp.resolve("real/library.db");
        BundleImporter.ImportedBundle sample = BundleImporter.load(TestBundles.SAMPLE);
        try (LibraryStore store = LibraryStore.open(db)) {
            store.releases().insert(sample.release(), sample.images());
        }
        return db;
    }

    /** The paths a second window might be given for the same file: a link to it, a linked folder, a hard link. */
    private List<Path> otherPathsTo(Path db) throws Exception {
        Path fileLink = Files.createSymbolicLink(tmp.resolve("link.db"), db);
        Path folderLink = Files.createSymbolicLink(tmp.resolve("linked-folder"), db.getParent()).resolve("library.db");
        Path hardLink = Files.createLink(Files.createDirectories(tmp.resolve("elsewhere")).resolve("same.db"), db);
        return List.of(fileLink, folderLink, hardLink, tmp.resolve("real/../real/./library.db"));
    }

    @Test
    void aSecondWindowReachingTheSameFileByAnotherPathIsToldSoInThisProcess() throws Exception {
        Path db = library();
        List<Path> others = otherPathsTo(db);
        try (LibraryLock first = LibraryLock.acquire(db)) {
            for (Path other : others) {
                LibraryException e = assertThrows(LibraryException.class, () -> LibraryLock.acquire(other), other.toString());
                assertEquals(LibraryException.Kind.IN_USE, e.kind());
            }
        }
        for (Path other : others) {
            LibraryLock.acquire(other).close(); // free again once the first window closes
        }
    }

    @Test
    void aSecondWindowReachingTheSameFileByAnotherPathIsToldSoInAnotherProcess() throws Exception {
        Path db = library();
        List<Path> others = otherPathsTo(db);
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), others.get(0).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("locked", out.readLine());
            for (Path p : List.of(db, others.get(1), others.get(2), others.get(3))) {
                LibraryException e = assertThrows(LibraryException.class, () -> LibraryLock.acquire(p), p.toString());
                assertEquals(LibraryException.Kind.IN_USE, e.kind());
                assertEquals(true, e.getMessage().contains("(process " + holder.pid() + ")"), e.getMessage());
            }
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        LibraryLock.acquire(db).close();
    }

    @Test
    void aSaveFromAnOlderCopyIsRefusedAndTheNewerWorkKept() throws Exception {
        Path db = library();
        try (LibraryStore first = LibraryStore.open(db); LibraryStore second = LibraryStore.open(otherPathsTo(db).get(0))) {
            VersionedRelease a = first.releases().read(1).orElseThrow();
            VersionedRelease b = second.releases().read(1).orElseThrow();
            assertEquals(1, a.version());
            assertEquals(a, b);

            long saved = second.releases().save(1, b.version(), b.release().withHeadline("第二個視窗的標題"), List.of());
            assertEquals(2, saved);
            String before = LibraryDump.of(db);
            LibraryException e = assertThrows(LibraryException.class,
                    () -> first.releases().save(1, a.version(), a.release().withHeadline("第一個視窗的標題"), List.of()));
            assertEquals(LibraryException.Kind.CONFLICT, e.kind());
            assertEquals("Someone else saved release 1 first (it is at version 2, this copy was read at version 1); "
                    + "this save was not written over their work.", e.getMessage());
            assertEquals(before, LibraryDump.of(db), "nothing written");
            assertEquals("第二個視窗的標題", first.releases().release(1).orElseThrow().headline());

            VersionedRelease fresh = first.releases().read(1).orElseThrow();
            assertEquals(3, first.releases().save(1, fresh.version(), fresh.release().withHeadline("重新讀取後的標題"), List.of()));
        }
    }

    @Test
    void everySaveRaisesTheVersionTheUncheckedOneToo() throws Exception {
        Path db = library();
        try (LibraryStore store = LibraryStore.open(db)) {
            Release r = store.releases().release(1).orElseThrow();
            io.presskit.testing.Saves.overLatest(store, 1, r.withHeadline("A"), List.of()); // today's autosave, without a version
            assertEquals(2, store.releases().read(1).orElseThrow().version());
            assertEquals(3, store.releases().setStatus(1, WorkflowStatus.IN_REVIEW, "test", null));
            LibraryException e = assertThrows(LibraryException.class, () -> store.releases().save(1, 2, r, List.of()));
            assertEquals(LibraryException.Kind.CONFLICT, e.kind());
            LibraryException missing = assertThrows(LibraryException.class, () -> store.releases().save(42, 1, r, List.of()));
            assertEquals("Release 42 is not in the library.", missing.getMessage());
            long copy = store.releases().duplicate(1);
            assertEquals(1, store.releases().read(copy).orElseThrow().version());
        }
    }

    @Test
    void releasesOfAnOlderLibraryStartAtVersionOne() throws Exception {
        Path db = tmp.resolve("old.db");
        SQLiteDataSource ds = new SQLiteDataSource(Migrations.config());
        ds.setUrl("jdbc:sqlite:" + db);
        Flyway.configure().dataSource(ds).locations(Migrations.LOCATION).target("3").load().migrate();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("""
                    INSERT INTO release (language, headline, highlights, body, status, created_at, updated_at)
                    VALUES ('en-HK', 'Written by schema 3', '[]', '["A paragraph."]', 'draft',
                            '2026-01-02T03:04:05Z', '2026-01-02T03:04:05Z')""");
        }
        try (LibraryStore store = LibraryStore.open(db)) {
            VersionedRelease r = store.releases().read(1).orElseThrow();
            assertEquals(1, r.version());
            assertEquals(2, store.releases().save(1, 1, r.release().withHeadline("Edited"), List.of()));
        }
    }
}
