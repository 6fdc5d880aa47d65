package io.presskit.cli;

import io.presskit.library.LibraryStore;
import io.presskit.model.Release;
import io.presskit.testing.ReleaseDiff;
import io.presskit.testing.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportDocCommandTest {
    static final String SEED = "src/test/resources/io/presskit/document/seed-innohk-summit.txt";

    @TempDir
    Path tmp;

    @Test
    void theSeedTextWithThePhotosBecomesAReleaseLinkedToTheSameContactsAndBoilerplate() throws Exception {
        Path db = tmp.resolve("lib.db");
        CliRunner.Result r = CliRunner.run("import-doc", SEED, "--photos", "assets/sample/photos", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals("2", lines[lines.length - 1], "the new release id is the last line (the sample is 1)");
        for (String line : r.err().strip().split("\n")) {
            assertTrue(line.startsWith("warning: ") && !line.contains("Exception"), line);
        }
        try (LibraryStore store = LibraryStore.open(db)) {
            Release sample = store.releases().release(1).orElseThrow();
            Release imported = store.releases().release(2).orElseThrow();
            ReleaseDiff.assertSameContent(sample, imported);
            assertEquals(sample.contacts(), imported.contacts(), "same email, same directory entry");
            assertEquals(2, store.directory().contacts().size(), "no contact was added twice");
            assertEquals(1, store.directory().boilerplates().size());
        }
        assertEquals("1\tdraft\t匯聚八百頂尖國際學者推動科研創新\n2\tdraft\t匯聚八百頂尖國際學者推動科研創新\n",
                CliRunner.run("list", "--db", db.toString()).out());
    }

    @Test
    void aWordFileBringsItsEmbeddedPhoto() throws Exception {
        Path db = tmp.resolve("lib.db");
        Path docx = TestDocuments.wordRelease(tmp.resolve("acme.docx"), TestDocuments.photoJpeg());
        CliRunner.Result r = CliRunner.run("import-doc", docx.toString(), "--language=en-GB", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        try (LibraryStore store = LibraryStore.open(db)) {
            Release imported = store.releases().release(2).orElseThrow();
            assertEquals("en-GB", imported.language());
            assertEquals(1, imported.photos().size());
            assertEquals("Picker at work in Acme's warehouse.", imported.photos().get(0).caption());
        }
    }

    @Test
    void aRefusalIsOneSentenceAndLeavesNoLibraryBehind() throws Exception {
        Path db = tmp.resolve("lib.db");
        Path txt = tmp.resolve("bare.txt");
        Files.writeString(txt, "PRESS RELEASE\n\nEMBARGOED UNTIL 09:00, 15 March 2027\n\nHeadline\n\nBody text.\n");
        CliRunner.Result r = CliRunner.run("import-doc", txt.toString(), "--db", db.toString());
        assertEquals(1, r.code());
        assertEquals("line 3: the embargo \"EMBARGOED UNTIL 09:00, 15 March 2027\" has no time zone; write one such as "
                + "HKT, EDT or UTC+8 and import again.\n", r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(db), "nothing was opened, let alone written");

        Path photos = Files.createDirectories(tmp.resolve("photos"));
        Files.write(photos.resolve("01.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        r = CliRunner.run("import-doc", SEED, "--photos", photos.toString(), "--db", db.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
        assertTrue(r.err().startsWith(photos.resolve("01.jpg").toString()), r.err());
        assertFalse(Files.exists(db));
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertEquals(2, CliRunner.run("import-doc").code());
        assertEquals(2, CliRunner.run("import-doc", SEED, "--language", "english").code());
        assertEquals(2, CliRunner.run("import-doc", SEED, "--photos").code());
        assertEquals(2, CliRunner.run("import-doc", SEED, "--out", "x").code());
        CliRunner.Result list = CliRunner.run("list", "--photos", "x");
        assertEquals(2, list.code());
        assertEquals("presskit: list does not take --photos (see presskit --help)\n", list.err());
    }
}
