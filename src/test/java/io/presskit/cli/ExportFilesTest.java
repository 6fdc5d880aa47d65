package io.presskit.cli;

import io.presskit.testing.ChildJvm;
import io.presskit.testing.LibraryDump;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files the command line writes: exactly where asked, with the user's permissions, never half, never stale. */
class ExportFilesTest {
    @TempDir
    Path tmp;
    Path db;

    @BeforeEach
    void library() {
        db = tmp.resolve("lib.db");
        assertEquals(0, CliRunner.run("list", "--db", db.toString()).code());
    }

    @Test
    void aBackupWithAQuoteInItsNameIsWrittenExactlyThereAndNothingElseIsTouched() throws Exception {
        // The old code built "backup to \"...\"" with the quotes dropped: it wrote to other.db instead.
        Path unrelated = tmp.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + unrelated); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE accounts (name TEXT)");
            st.executeUpdate("INSERT INTO accounts VALUES ('not Presskit''s')");
        }
        byte[] unrelatedBefore = Files.readAllBytes(unrelated);
        Path target = tmp.resolve("oth\"er.db");
        CliRunner.Result r = CliRunner.run("backup", "--out", target.toString(), "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertArrayEquals(unrelatedBefore, Files.readAllBytes(unrelated), "the unrelated file is untouched");
        assertEquals(LibraryDump.of(db), LibraryDump.of(target));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of("lib.db", "oth\"er.db", "other.db"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    @Test
    void exportedFilesAndFoldersHonourTheUmaskAsCpWould() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("out"));
        Path reference = out.resolve("reference");
        String script = "umask 027; cp " + ChildJvm.shellWord(db.toString()) + " " + ChildJvm.shellWord(reference.toString())
                + "; mkdir " + ChildJvm.shellWord(out.resolve("reference-dir").toString());
        for (String[] cmd : new String[][]{
                {"export", "1", "--out", out.resolve("kit.pdf").toString()},
                {"export-bundle", "1", "--out", out.resolve("bundle").toString()},
                {"export-bundle", "1", "--out", out.resolve("bundle.zip").toString()},
                {"backup", "--out", out.resolve("copy.db").toString()}}) {
            List<String> words = new java.util.ArrayList<>(ChildJvm.launcher());
            words.addAll(List.of(cmd));
            words.addAll(List.of("--db", db.toString()));
            ChildJvm.Result r = ChildJvm.run(script, words, Map.of("LANG", "C.UTF-8"), 120);
            assertEquals(0, r.code(), String.join(" ", cmd) + ": " + r.errText());
            script = "umask 027";
        }
        String file = mode(reference);
        String folder = mode(out.resolve("reference-dir"));
        assertEquals("rw-r-----", file, "cp under umask 027");
        assertEquals("rwxr-x---", folder, "mkdir under umask 027");
        assertEquals(file, mode(out.resolve("kit.pdf")));
        assertEquals(file, mode(out.resolve("bundle.zip")));
        assertEquals(file, mode(out.resolve("copy.db")));
        assertEquals(folder, mode(out.resolve("bundle")));
        assertEquals(folder, mode(out.resolve("bundle/photos")));
        assertEquals(file, mode(out.resolve("bundle/release.json")));
        assertEquals(file, mode(out.resolve("bundle/photos/photo-01.jpg")));
    }

    @Test
    void aKilledExportsLeftoverIsCleanedByTheNextExportToThatFolder() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("kits"));
        Path pdf = out.resolve("kit.pdf");
        List<String> words = new java.util.ArrayList<>(ChildJvm.launcher());
        words.addAll(List.of("export", "1", "--out", pdf.toString(), "--db", db.toString()));
        Process p = ChildJvm.start(null, words, Map.of("LANG", "C.UTF-8"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (leftovers(out).isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        p.destroyForcibly(); // SIGKILL: no clean-up runs
        p.waitFor(10, TimeUnit.SECONDS);
        List<String> left = leftovers(out);
        assertEquals(1, left.size(), "the killed export left its temporary file: " + left);
        assertTrue(left.get(0).endsWith(".pdf.part"), left.get(0));
        assertFalse(Files.exists(pdf), "no half kit under the real name");

        CliRunner.Result again = CliRunner.run("export", "1", "--out", out.resolve("other.pdf").toString(), "--db", db.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(List.of(), leftovers(out), "the next export to that folder cleaned it up");
        assertTrue(Files.size(out.resolve("other.pdf")) > 10_000);
    }

    @Test
    void anExportPathThatIsASymlinkIsWrittenThroughAndStaysALink() throws Exception {
        Path real = Files.createDirectory(tmp.resolve("real"));
        Path link = tmp.resolve("kit.pdf");
        Files.createSymbolicLink(link, real.resolve("kit-real.pdf"));
        for (int round = 0; round < 2; round++) { // a dangling link first, then a link to the kit written before
            CliRunner.Result r = CliRunner.run("export", "1", "--out", link.toString(), "--db", db.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(Files.isSymbolicLink(link), "still a link after export " + (round + 1));
            assertEquals(real.resolve("kit-real.pdf"), Files.readSymbolicLink(link));
            byte[] head = Arrays.copyOf(Files.readAllBytes(real.resolve("kit-real.pdf")), 5);
            assertEquals("%PDF-", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
        }
        assertEquals(List.of(), leftovers(real));
        assertEquals(List.of(), leftovers(tmp));
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    private static List<String> leftovers(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".presskit-")).sorted().toList();
        }
    }
}
