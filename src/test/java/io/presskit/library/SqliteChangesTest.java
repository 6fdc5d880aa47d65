package io.presskit.library;

import io.presskit.cli.CliRunner;
import io.presskit.model.Release;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A library file changed by another program while a window has it open (the command line importing, a second
 * store): SQLite's data version tells, and the window hears which releases changed.
 */
class SqliteChangesTest {
    @TempDir
    Path tmp;

    @Test
    void anImportByTheCommandLineIsAnnouncedToTheOpenLibraryAndItsOwnSavesAreNot() throws Exception {
        Path db = tmp.resolve("library.db");
        try (LibraryStore store = LibraryStore.open(db)) {
            long id = store.releases().insert(Release.blank("en-US").withHeadline("Open in the app"), List.of());
            LinkedBlockingQueue<LibraryChange> heard = new LinkedBlockingQueue<>();
            try (AutoCloseable listening = store.listen(heard::add)) {
                VersionedRelease v = store.releases().read(id).orElseThrow();
                store.releases().save(id, v.version(), v.release().withHeadline("Saved by the app"), List.of());
                Thread.sleep(3 * SqliteChanges.POLL_MILLIS);
                assertNull(heard.poll(), "its own save alone is not announced");

                CliRunner.Result r = CliRunner.run("import", "assets/sample", "--db", db.toString());
                assertEquals(0, r.code(), r.err());
                long imported = Long.parseLong(r.out().strip());
                LibraryChange change = heard.poll(30, TimeUnit.SECONDS);
                assertNotNull(change, "the import was announced");
                assertEquals(1L, change.releases().get(imported));
                assertTrue(change.directory(), "the import brought contacts");

                try (LibraryStore other = LibraryStore.open(db)) {
                    VersionedRelease o = other.releases().read(id).orElseThrow();
                    long saved = other.releases().save(id, o.version(), o.release().withHeadline("Saved elsewhere"), List.of());
                    LibraryChange edit = heard.poll(30, TimeUnit.SECONDS);
                    assertNotNull(edit);
                    assertEquals(Map.of(id, saved), edit.releases());
                }
            }
        }
    }
}
