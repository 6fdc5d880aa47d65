package io.presskit.cli;

import io.presskit.testing.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    @TempDir
    Path tmp;
    Path db;

    CliRunner.Result run(Map<String, String> env, String... args) {
        return CliRunner.run(env, args);
    }

    CliRunner.Result run(String... args) {
        return CliRunner.run(args);
    }

    @BeforeEach
    void setUp() {
        db = tmp.resolve("lib.db");
    }

    @Test
    void aNewLibraryStartsWithTheSampleRelease() {
        CliRunner.Result r = run("list", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("1\tdraft\t匯聚八百頂尖國際學者推動科研創新\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void importPrintsTheNewIdLastAndListShowsIt() throws Exception {
        Path bundle = TestBundles.copySample(tmp, "b");
        TestBundles.editJson(bundle, root -> root.put("headline", "Second release\nwith a break"));
        CliRunner.Result imp = run("import", bundle.toString(), "--db", db.toString());
        assertEquals(0, imp.code(), imp.err());
        String[] lines = imp.out().strip().split("\n");
        assertEquals("2", lines[lines.length - 1]);
        CliRunner.Result list = run("list", "--db=" + db);
        assertEquals("1\tdraft\t匯聚八百頂尖國際學者推動科研創新\n2\tdraft\tSecond release\n", list.out());
    }

    @Test
    void anIncompleteDraftIsNeitherExportedAsAKitNorAsABundleAndNothingIsWritten() throws Exception {
        run("list", "--db", db.toString());
        try (io.presskit.library.LibraryStore store = io.presskit.library.LibraryStore.open(db)) {
            io.presskit.model.Release r = store.releases().release(1).orElseThrow();
            io.presskit.testing.Saves.overLatest(store, 1, r.withHeadline("  "), java.util.List.of());
        }
        Path pdf = tmp.resolve("kit.pdf");
        CliRunner.Result kit = run("export", "1", "--out", pdf.toString(), "--db", db.toString());
        assertEquals(1, kit.code());
        assertEquals("Release 1 is not complete yet, so it cannot be exported: headline: must not be blank\n", kit.err());
        assertFalse(Files.exists(pdf));
        Path bundle = tmp.resolve("bundle");
        CliRunner.Result b = run("export-bundle", "1", "--out", bundle.toString(), "--db", db.toString());
        assertEquals(1, b.code());
        assertEquals("The release is not complete yet, so it cannot be exported as a bundle: headline: must not be blank\n",
                b.err());
        assertFalse(Files.exists(bundle));
    }

    @Test
    void importThenExportThenImportThenExportIsByteStable() throws Exception {
        run("list", "--db", db.toString());
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        assertEquals(0, run("export-bundle", "1", "--out", first.toString(), "--db", db.toString()).code());
        CliRunner.Result again = run("import", first.toString(), "--db", db.toString());
        assertEquals("2", again.out().strip());
        assertEquals(0, run("export-bundle", "2", "--out", second.toString(), "--db", db.toString()).code());
        assertArrayEquals(Files.readAllBytes(first.resolve("release.json")), Files.readAllBytes(second.resolve("release.json")));
        // The shipped sample is itself in canonical form: exporting it gives it back to the byte.
        assertArrayEquals(Files.readAllBytes(TestBundles.SAMPLE.resolve("release.json")),
                Files.readAllBytes(first.resolve("release.json")));
        try (Stream<Path> photos = Files.list(TestBundles.SAMPLE.resolve("photos"))) {
            for (Path p : photos.toList()) {
                Path name = p.getFileName();
                assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(first.resolve("photos").resolve(name)), name.toString());
                assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(second.resolve("photos").resolve(name)), name.toString());
            }
        }
    }

    @Test
    void zipBundlesImportAndExport() throws Exception {
        run("list", "--db", db.toString());
        Path zip = tmp.resolve("kit.zip");
        assertEquals(0, run("export-bundle", "1", "--out", zip.toString(), "--db", db.toString()).code());
        CliRunner.Result imp = run("import", zip.toString(), "--db", db.toString());
        assertEquals(0, imp.code(), imp.err());
        assertEquals("2", imp.out().strip());
    }

    @Test
    void theLibraryComesFromPresskitDbUnlessDbIsGiven() {
        Path envDb = tmp.resolve("env.db");
        CliRunner.Result r = run(Map.of("PRESSKIT_DB", envDb.toString()), "list");
        assertEquals(0, r.code());
        assertTrue(Files.exists(envDb));
        CliRunner.Result other = run(Map.of("PRESSKIT_DB", envDb.toString()), "list", "--db", db.toString());
        assertEquals(0, other.code());
        assertTrue(Files.exists(db));
    }

    @Test
    void wrongUsageExitsTwoWithOneLine() {
        for (String[] args : new String[][]{{"frobnicate"}, {"import"}, {"list", "--wat"}, {"export-bundle", "1"},
                {"export-bundle", "x", "--out", "y"}, {"list", "--db"}}) {
            CliRunner.Result r = run(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals(1, r.err().strip().split("\n").length, r.err());
            assertTrue(r.err().contains("--help"), r.err());
        }
    }

    @Test
    void backupWritesACopyThatOpensAsALibrary() {
        Path copy = tmp.resolve("copy.db");
        CliRunner.Result r = run("backup", "--out", copy.toString(), "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("1\tdraft\t匯聚八百頂尖國際學者推動科研創新\n", run("list", "--db", copy.toString()).out());
        CliRunner.Result again = run("backup", "--out", copy.toString(), "--db", db.toString());
        assertEquals(1, again.code());
        assertEquals(copy + " already exists; choose a new file name for the backup.", again.err().strip());
    }

    @Test
    void onlyALibraryAndNoCommandOpensTheApp() {
        assertEquals(java.util.Optional.of("/tmp/x.db"), Cli.appLibrary(new String[]{"--db", "/tmp/x.db"}));
        assertEquals(java.util.Optional.of("/tmp/x.db"), Cli.appLibrary(new String[]{"--db=/tmp/x.db"}));
        assertEquals(java.util.Optional.empty(), Cli.appLibrary(new String[]{"list", "--db", "/tmp/x.db"}));
        assertEquals(java.util.Optional.empty(), Cli.appLibrary(new String[]{"--db"}), "wrong usage stays the CLI's");
        assertEquals(java.util.Optional.empty(), Cli.appLibrary(new String[]{"--help"}));
        assertEquals(java.util.Optional.empty(), Cli.appLibrary(new String[]{"--db", "x.db", "--out", "y"}));
    }

    @Test
    void helpPrintsUsage() {
        CliRunner.Result r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("presskit import DIR_OR_ZIP"));
        assertTrue(r.out().contains("export-bundle"));
    }

    @Test
    void failuresAreOneSentenceWithoutStackTraceUnlessDebug() throws Exception {
        Files.writeString(db, "this is not a database, it is a note");
        CliRunner.Result r = run("list", "--db", db.toString());
        assertEquals(1, r.code());
        assertEquals("The file " + db + " is not a Presskit library (it is not an SQLite database).", r.err().strip());
        assertEquals("this is not a database, it is a note", Files.readString(db), "never overwritten");
        CliRunner.Result debug = run("list", "--db", db.toString(), "--debug");
        assertTrue(debug.err().contains("at io.presskit"), "--debug prints the stack trace");
    }

    @Test
    void exportBundleOfAMissingReleaseIsRefused() {
        CliRunner.Result r = run("export-bundle", "42", "--out", tmp.resolve("x").toString(), "--db", db.toString());
        assertEquals(1, r.code());
        assertEquals("Release 42 is not in the library " + db.toAbsolutePath() + ".", r.err().strip());
        assertFalse(Files.exists(tmp.resolve("x")));
    }
}
