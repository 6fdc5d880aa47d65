package io.presskit.library;

import io.presskit.bundle.BundleImporter;
import io.presskit.model.Contact;
import io.presskit.testing.LibraryDump;
import io.presskit.testing.TestBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library under faults: each gets one sentence, a kind the app can act on, and no silent overwrite. */
class LibraryFaultsTest {
    @TempDir
    Path tmp;

    private Path libraryWithSample() throws Exception {
        Path db = tmp.resolve("library.db");
        BundleImporter.ImportedBundle sample = BundleImporter.load(TestBundles.SAMPLE);
        try (LibraryStore store = LibraryStore.open(db)) {
            store.releases().insert(sample.release(), sample.images());
        }
        return db;
    }

    @Test
    void aFullDiskRefusesTheChangeAndKeepsTheLibraryAsItWas() throws Exception {
        Path db = libraryWithSample();
        BundleImporter.ImportedBundle sample = BundleImporter.load(TestBundles.SAMPLE);
        String before;
        try (LibraryStore store = LibraryStore.open(db)) {
            before = LibraryDump.of(db);
            // SQLite's page limit stands in for a full disk: no page may be added.
            store.pragmaForTests("max_page_count = " + LibraryDump.scalar(db, "PRAGMA page_count"));
            LibraryException e = assertThrows(LibraryException.class,
                    () -> store.releases().insert(sample.release().withHeadline("One more"), sample.images()));
            assertEquals(LibraryException.Kind.DISK_FULL, e.kind());
            assertEquals("The disk holding " + db.toAbsolutePath() + " is full; the change was not saved.", e.getMessage());
        }
        assertEquals(before, LibraryDump.of(db));
        try (LibraryStore store = LibraryStore.open(db)) {
            assertEquals("PRAGMA integrity_check: ok", "PRAGMA integrity_check: " + integrity(db));
            assertEquals(1, store.releases().list().size());
        }
    }

    /**
     * A full disk that strikes while new photos are written: SQLite then rolls the whole transaction back
     * itself, and the old code's clean-up ("cannot commit - no transaction is active") hid the real cause.
     */
    @Test
    void aDiskThatFillsDuringAnImportSaysTheDiskIsFull() throws Exception {
        Path db = libraryWithSample();
        BundleImporter.ImportedBundle sample = BundleImporter.load(TestBundles.SAMPLE);
        io.presskit.image.PreparedImage fresh = io.presskit.image.ImagePipeline.prepare("new.png",
                TestBundles.image(1600, 1200, "png"));
        io.presskit.model.Photo photo = new io.presskit.model.Photo("new.png", fresh.sha256(),
                fresh.info().mediaType(), 1600, 1200, 1, "A new photo", null, null);
        String before = LibraryDump.of(db);
        try (LibraryStore store = LibraryStore.open(db)) {
            store.pragmaForTests("max_page_count = " + LibraryDump.scalar(db, "PRAGMA page_count"));
            LibraryException e = assertThrows(LibraryException.class, () -> store.releases().insert(
                    sample.release().withPhotos(List.of(photo)), List.of(fresh)));
            assertEquals(LibraryException.Kind.DISK_FULL, e.kind(), e.getMessage());
            assertEquals("The disk holding " + db.toAbsolutePath() + " is full; the change was not saved.", e.getMessage());
            store.pragmaForTests("max_page_count = 1000000");
            assertEquals(1, store.releases().list().size(), "the store is usable again once there is room");
        }
        assertEquals(before, LibraryDump.of(db));
    }

    @Test
    void aTruncatedLibraryIsRefusedAndTheNewestBackupNamed() throws Exception {
        Path db = libraryWithSample();
        Path backup;
        try (LibraryStore store = LibraryStore.open(db)) {
            backup = db.resolveSibling("library.db.backup-20261126-120000");
            store.backup(backup);
        }
        long size = Files.size(db);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(size / 3);
        }
        LibraryException e = assertThrows(LibraryException.class, () -> {
            try (LibraryStore store = LibraryStore.open(db)) {
                store.releases().list();
                store.releases().release(1);
            }
        });
        assertTrue(e.kind() == LibraryException.Kind.DAMAGED || e.kind() == LibraryException.Kind.NOT_A_LIBRARY, e.kind().name());
        assertTrue(e.getMessage().startsWith("The library " + db.toAbsolutePath() + " is damaged")
                || e.getMessage().startsWith("The file " + db.toAbsolutePath() + " is not a Presskit library"), e.getMessage());
        if (e.kind() == LibraryException.Kind.DAMAGED) {
            assertTrue(e.getMessage().endsWith("the newest backup is " + backup.toAbsolutePath() + "."), e.getMessage());
        }
        assertEquals(size / 3, Files.size(db), "never overwritten");
        try (LibraryStore restored = LibraryStore.open(backup)) {
            assertEquals(1, restored.releases().list().size(), "the backup holds the work");
        }
    }

    @Test
    void aReadOnlyLibraryReadsButRefusesEveryWrite() throws Exception {
        Path db = libraryWithSample();
        String before = LibraryDump.of(db);
        try (LibraryStore store = LibraryStore.openReadOnly(db)) {
            assertEquals(1, store.releases().list().size());
            assertEquals(2, store.releases().release(1).orElseThrow().contacts().size());
            LibraryException e = assertThrows(LibraryException.class,
                    () -> store.directory().saveContact(new Contact(null, null, "New", List.of(), List.of())));
            assertEquals(LibraryException.Kind.READ_ONLY, e.kind());
            assertEquals("The library " + db.toAbsolutePath() + " is read-only; nothing can be saved to it.", e.getMessage());
        }
        assertEquals(before, LibraryDump.of(db));
    }

    @Test
    void aSecondWindowOnTheSameLibraryIsToldSo() throws Exception {
        Path db = libraryWithSample();
        try (LibraryLock first = LibraryLock.acquire(db)) {
            LibraryException e = assertThrows(LibraryException.class, () -> LibraryLock.acquire(db));
            assertEquals(LibraryException.Kind.IN_USE, e.kind());
            assertEquals("The library " + db.toAbsolutePath() + " is open in another Presskit window (process "
                    + ProcessHandle.current().pid() + "); close it there, or open this one read-only.", e.getMessage());
        }
        LibraryLock.acquire(db).close(); // released: a new window may open it
        Path fresh = tmp.resolve("not/yet/there/library.db");
        LibraryLock.acquire(fresh).close(); // a library about to be created: its folder is made
    }

    @Test
    void backupIsAWholeLibraryAndNeverOverwrites() throws Exception {
        Path db = libraryWithSample();
        Path target = tmp.resolve("copies/backup.db");
        try (LibraryStore store = LibraryStore.open(db)) {
            store.backup(target);
            LibraryException e = assertThrows(LibraryException.class, () -> store.backup(target));
            assertEquals(target + " already exists; choose a new file name for the backup.", e.getMessage());
        }
        assertEquals(LibraryDump.of(db), LibraryDump.of(target));
    }

    @Test
    void anUpgradeBacksUpTheLibraryFirst() throws Exception {
        Path db = tmp.resolve("old.db");
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource(Migrations.config());
        ds.setUrl("jdbc:sqlite:" + db);
        org.flywaydb.core.Flyway.configure().dataSource(ds).locations(Migrations.LOCATION)
                .target("1").load().migrate();
        LibraryStore.open(db).close();
        List<Path> backups = Backups.list(db);
        assertEquals(1, backups.size());
        assertTrue(backups.get(0).getFileName().toString().endsWith("-schema1"), backups.toString());
        try (var c = Migrations.config().createConnection("jdbc:sqlite:" + backups.get(0))) {
            assertEquals(1, Migrations.schemaVersion(c));
        }
        LibraryStore.open(db).close();
        assertEquals(1, Backups.list(db).size(), "no upgrade, no backup");
    }

    static String integrity(Path db) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement();
             var rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
