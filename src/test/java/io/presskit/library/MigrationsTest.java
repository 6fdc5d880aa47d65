package io.presskit.library;

import io.presskit.model.ReleaseSummary;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationsTest {
    @TempDir
    Path tmp;

    /** A library made by schema 1 (before search and trash), with a release written by that version. */
    private Path schemaOneLibrary() throws Exception {
        Path db = tmp.resolve("old.db");
        SQLiteDataSource ds = new SQLiteDataSource(Migrations.config());
        ds.setUrl("jdbc:sqlite:" + db);
        Flyway.configure().dataSource(ds).locations(Migrations.LOCATION).target("1").load().migrate();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("""
                    INSERT INTO release (language, headline, highlights, body, status, created_at, updated_at)
                    VALUES ('zh-Hant-HK', '舊版本的新聞稿', '[]', '["創新科技署和香港科技園公司主辦"]', 'approved',
                            '2024-01-02T03:04:05Z', '2024-01-02T03:04:05Z')""");
        }
        return db;
    }

    @Test
    void aLibraryFromAnOlderSchemaOpensAndUpgrades() throws Exception {
        Path db = schemaOneLibrary();
        try (LibraryStore store = LibraryStore.open(db)) {
            assertTrue(!store.isNew());
            List<ReleaseSummary> all = store.releases().list();
            assertEquals(1, all.size());
            assertEquals("舊版本的新聞稿", all.get(0).headline());
            // Schema 2's search index was filled from the existing rows during the upgrade.
            assertEquals(1, store.releases().search("香港科技園").size());
            // Schema 3's trash works on the upgraded file.
            store.releases().moveToTrash(all.get(0).id());
            assertEquals(1, store.releases().trash().size());
        }
        try (Connection c = Migrations.config().createConnection("jdbc:sqlite:" + db)) {
            assertEquals(Migrations.LATEST, Migrations.schemaVersion(c));
        }
    }

    /** A release stored before history existed gets its stored content as revision 1 before its first change. */
    @Test
    void theHistoryOfAnUpgradedReleaseStartsWithWhatWasStored() throws Exception {
        Path db = schemaOneLibrary();
        try (LibraryStore store = LibraryStore.open(db)) {
            assertEquals(List.of(), store.history().revisions(1), "no history before the first change");
            store.setUser("Editor Wong");
            VersionedRelease v = store.releases().read(1).orElseThrow();
            LibraryException locked = assertThrows(LibraryException.class,
                    () -> store.releases().save(1, v.version(), v.release().withHeadline("升級後的標題"), List.of()));
            assertEquals("Release 1 is approved, so it is locked; send it back to draft to edit it.", locked.getMessage());
            store.releases().saveBackToDraft(1, v.version(), v.release().withHeadline("升級後的標題"), List.of(), "更正標題");
            List<Revision> h = store.history().revisions(1);
            assertEquals(2, h.size());
            assertEquals(List.of("created", "unknown", "approved", "2024-01-02T03:04:05Z"), List.of(h.get(0).event().key(),
                    h.get(0).by(), h.get(0).status().key(), h.get(0).savedAt().toString()));
            assertEquals("舊版本的新聞稿", store.history().release(1, 1).headline());
            assertEquals(List.of("Editor Wong", "draft", "headline", "更正標題"),
                    List.of(h.get(1).by(), h.get(1).status().key(), h.get(1).changedText(), h.get(1).note()));
        }
    }

    @Test
    void aLibraryFromANewerSchemaIsRefusedAndLeftAlone() throws Exception {
        Path db = tmp.resolve("new.db");
        LibraryStore.open(db).close();
        try (Connection c = Migrations.config().createConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, installed_on, execution_time, success) VALUES (99, '99', 'future', 'SQL', "
                    + "'V99__future.sql', 0, 'test', '2030-01-01', 1, 1)");
        }
        byte[] before = Files.readAllBytes(db);
        LibraryException e = assertThrows(LibraryException.class, () -> LibraryStore.open(db));
        assertEquals("The library " + db.toAbsolutePath() + " was made by a newer Presskit (schema 99); this version "
                + "reads schema " + Migrations.LATEST + " or older. Nothing was changed.", e.getMessage());
        assertEquals(java.util.Arrays.hashCode(before), java.util.Arrays.hashCode(Files.readAllBytes(db)));
    }

    @Test
    void aFileThatIsNotADatabaseIsRefused() throws Exception {
        Path db = tmp.resolve("notes.db");
        Files.writeString(db, "meeting notes, not a library");
        LibraryException e = assertThrows(LibraryException.class, () -> LibraryStore.open(db));
        assertEquals("The file " + db.toAbsolutePath() + " is not a Presskit library (it is not an SQLite database).",
                e.getMessage());
        assertEquals("meeting notes, not a library", Files.readString(db));
    }
}
