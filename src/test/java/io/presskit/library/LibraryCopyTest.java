package io.presskit.library;

import io.presskit.bundle.BundleImporter;
import io.presskit.image.ImagePipeline;
import io.presskit.model.Release;
import io.presskit.model.ReleaseSummary;
import io.presskit.model.WorkflowStatus;
import io.presskit.testing.Backend;
import io.presskit.testing.TestBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A whole library moved between SQLite and PostgreSQL, both ways: counts, every original's bytes (SHA-256 read with
 * plain JDBC, not through the store), releases, trash, versions, statuses and history, and search giving the same
 * answers on both.
 */
class LibraryCopyTest {
    @TempDir
    Path tmp;

    /** A library with something in every table: two releases, one edited, approved and one in the trash. */
    private Backend.TestLibrary filled() throws Exception {
        Backend.TestLibrary db = Backend.SQLITE.fresh(tmp);
        BundleImporter.ImportedBundle sample = BundleImporter.load(TestBundles.SAMPLE);
        try (LibraryStore store = db.open()) {
            long zh = store.releases().insert(sample.release(), sample.images());
            Release en = new Release("en-US", "Acme", null, null, "Robots arrive in Boston", null, List.of("Twelve robots"),
                    null, List.of("Acme robots reached Hong Kong (香港) today.", "The lab opens in May."), null, List.of(),
                    List.of(), null, List.of());
            long enId = store.releases().insert(en, List.of());
            VersionedRelease v = store.releases().read(zh).orElseThrow();
            store.releases().save(zh, v.version(), v.release().withHeadline("匯聚九百頂尖國際學者"), List.of());
            store.releases().setStatus(zh, WorkflowStatus.APPROVED, "Editor Wong", "OK to go");
            long trashed = store.releases().duplicate(enId);
            store.releases().moveToTrash(trashed);
            store.images().storedRendition(sample.images().get(0).sha256()); // renditions exist from the import
        }
        return db;
    }

    private static Map<String, String> originals(Backend.TestLibrary db) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sha256, original, thumbnail FROM image")) {
            while (rs.next()) {
                out.put(rs.getString(1), ImagePipeline.sha256(rs.getBytes(2)) + " " + ImagePipeline.sha256(rs.getBytes(3)));
            }
        }
        return out;
    }

    private static final List<String> TABLES = List.of("release", "release_photo", "image", "image_rendition", "contact",
            "boilerplate", "release_contact", "release_boilerplate", "release_revision", "release_snapshot",
            "release_snapshot_image");

    private static void sameContent(Backend.TestLibrary a, Backend.TestLibrary b) throws Exception {
        for (String t : TABLES) {
            assertEquals(a.count(t), b.count(t), t);
        }
        Map<String, String> originals = originals(a);
        assertEquals(9, originals.size());
        originals.forEach((sha, digests) -> assertTrue(digests.startsWith(sha + " "), "bytes match their name"));
        assertEquals(originals, originals(b), "every original and thumbnail, byte for byte");
        try (LibraryStore x = a.open(); LibraryStore y = b.open()) {
            assertEquals(x.releases().list(), y.releases().list());
            assertEquals(x.releases().trash(), y.releases().trash());
            for (ReleaseSummary s : x.releases().list()) {
                assertEquals(x.releases().read(s.id()), y.releases().read(s.id()), "content, version and status");
                assertEquals(x.history().revisions(s.id()), y.history().revisions(s.id()));
            }
            assertEquals(x.directory().contacts(), y.directory().contacts());
            assertEquals(x.directory().boilerplates(), y.directory().boilerplates());
            for (String q : List.of("香", "香港", "行政長官", "國際學者", "robots", "Robots arrive", "BOSTON", "ro", "opens in",
                    "不存在", "%", "_", "!")) {
                assertEquals(x.releases().search(q), y.releases().search(q), "search for " + q);
            }
        }
    }

    @Test
    void aLibraryMovesToPostgresqlAndBackWhole() throws Exception {
        Backend.TestLibrary file = filled();
        Backend.TestLibrary server = Backend.POSTGRES.fresh(tmp);
        try (LibraryStore from = file.open(); LibraryStore to = server.open()) {
            LibraryCopy.Copied copied = LibraryCopy.copy(from, to);
            assertEquals(3, copied.of("release"));
            assertEquals(9, copied.of("image"));
        }
        Backend.TestLibrary back = new Backend.TestLibrary.Sqlite(tmp.resolve("back/library.db"));
        java.nio.file.Files.createDirectories(tmp.resolve("back"));
        try (LibraryStore from = server.open()) {
            LibraryCopy.toNewFile(from, tmp.resolve("back/library.db"));
        }
        assertEquals(withoutSchemaHistory(file.dump()), withoutSchemaHistory(back.dump()),
                "the round trip gives the same file content, row for row");
        sameContent(file, server);
        sameContent(server, back);
        try (LibraryStore x = file.open(); LibraryStore y = server.open(); LibraryStore z = back.open()) {
            Release next = Release.blank("en-US");
            long expected = x.releases().insert(next, List.of());
            assertEquals(4, expected);
            assertEquals(expected, y.releases().insert(next, List.of()), "ids continue after the copied ones");
            assertEquals(expected, z.releases().insert(next, List.of()));
        }
    }

    /** The dump without Flyway's table (its times are when each library was made). */
    private static String withoutSchemaHistory(String dump) {
        return dump.replaceAll("(?s)== flyway_schema_history\n.*?(?=== )", "");
    }

    @Test
    void aLibraryThatHoldsAnythingIsNotCopiedInto() throws Exception {
        Backend.TestLibrary file = filled();
        Backend.TestLibrary server = Backend.POSTGRES.fresh(tmp);
        try (LibraryStore to = server.open()) {
            to.directory().saveContact(new io.presskit.model.Contact(null, null, "Someone", List.of(), List.of()));
        }
        String before = server.dump();
        try (LibraryStore from = file.open(); LibraryStore to = server.open()) {
            LibraryException e = assertThrows(LibraryException.class, () -> LibraryCopy.copy(from, to));
            assertTrue(e.getMessage().endsWith("is not empty; presskit copy fills an empty library only (a new file, or a "
                    + "new database), so that every release keeps its number."), e.getMessage());
        }
        assertEquals(before, server.dump());
        assertFalse(server.dump().contains("匯聚"));
    }
}
