package io.presskit.library;

import io.presskit.cli.CliRunner;
import io.presskit.service.Libraries;
import io.presskit.testing.ChildJvm;
import io.presskit.testing.LibraryDump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opening a library file: what is not a Presskit library is recognised before anything is written, and a
 * new library appears whole (schema and sample) or not at all.
 */
class LibraryOpeningTest {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2026-01-02T03:04:05Z"));

    @TempDir
    Path tmp;

    /**
     * The folder's names with sizes and times, and every file's bytes: equal snapshots mean nothing was written.
     * Of a shared-memory index ({@code -shm}) only its presence counts: it is scratch space that every reader of a
     * logged library rebuilds, never the user's data.
     */
    private static String snapshot(Path dir) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                if (p.getFileName().toString().endsWith("-shm")) {
                    sb.append(p.getFileName()).append('\n');
                    continue;
                }
                sb.append(p.getFileName()).append(' ').append(Files.size(p)).append(' ')
                        .append(Files.getLastModifiedTime(p)).append(' ')
                        .append(java.util.Arrays.hashCode(Files.readAllBytes(p))).append('\n');
            }
        }
        return sb.toString();
    }

    private static void refusedUnchanged(Path dir, Path db, String sentence) throws Exception {
        String before = snapshot(dir);
        for (String[] cmd : new String[][]{{"list"}, {"import", "assets/sample"}, {"export", "1", "--out", dir.resolve("k.pdf").toString()},
                {"backup", "--out", dir.resolve("copy.db").toString()}}) {
            List<String> args = new ArrayList<>(List.of(cmd));
            args.addAll(List.of("--db", db.toString()));
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            assertEquals(1, r.code(), String.join(" ", cmd) + ": " + r.err());
            assertEquals("", r.out());
            assertEquals(sentence, r.err().strip(), String.join(" ", cmd));
            assertEquals(before, snapshot(dir), String.join(" ", cmd) + " changed the folder");
        }
        LibraryException e = assertThrows(LibraryException.class, () -> LibraryStore.openReadOnly(db));
        assertEquals(sentence, e.getMessage());
        assertEquals(before, snapshot(dir));
    }

    @Test
    void anEmptyFileIsRefusedUnchangedNamingTheNewestBackup() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("lib"));
        Path db = dir.resolve("library.db");
        assertEquals(0, CliRunner.run("backup", "--out", dir.resolve("library.db.backup-20261120-090000").toString(),
                "--db", db.toString()).code());
        Path newest = dir.resolve("library.db.backup-20261126-120000");
        Files.copy(dir.resolve("library.db.backup-20261120-090000"), newest);
        Files.write(db, new byte[0]);
        Files.setLastModifiedTime(db, LONG_AGO);
        refusedUnchanged(dir, db, "The library " + db + " is an empty file, not a Presskit library, and was left as it is; "
                + "the newest backup is " + newest + ".");
    }

    @Test
    void anotherProgramsSqliteFileIsRefusedUnchangedInPlainWords() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("lib"));
        Path db = dir.resolve("places.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)");
            st.executeUpdate("INSERT INTO moz_places (url) VALUES ('https://www.hkstp.org/')");
        }
        Files.setLastModifiedTime(db, LONG_AGO);
        refusedUnchanged(dir, db, "The file " + db + " is another program's SQLite database (it holds moz_places), "
                + "not a Presskit library, and was left as it is.");
    }

    @Test
    void aTextFileIsRefusedUnchanged() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("lib"));
        Path db = dir.resolve("library.db");
        Files.writeString(db, "meeting notes, not a library");
        Files.setLastModifiedTime(db, LONG_AGO);
        refusedUnchanged(dir, db, "The file " + db + " is not a Presskit library (it is not an SQLite database).");
    }

    /** A library left with a write-ahead log (the app was killed), whose main file was then damaged. */
    private Path crashedLibrary(Path dir) throws Exception {
        Path live = tmp.resolve("live.db");
        assertEquals(0, CliRunner.run("list", "--db", live.toString()).code());
        Path db = dir.resolve("library.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + live); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = 0");
            st.executeUpdate("INSERT INTO contact (name, created_at, updated_at) VALUES ('陳美琪', '2026-11-26T00:00:00Z', '2026-11-26T00:00:00Z')");
            // The files as a crash leaves them: the main file, and the log holding the last commit.
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.copy(Path.of(live + suffix), Path.of(db + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertTrue(Files.size(Path.of(db + "-wal")) > 0, "the log holds a commit");
        return db;
    }

    @Test
    void aTruncatedLibraryWithALogIsRefusedWithoutMergingTheLog() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("lib"));
        Path db = crashedLibrary(dir);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(f.length() / 3);
        }
        for (Path p : List.of(db, Path.of(db + "-wal"), Path.of(db + "-shm"))) {
            Files.setLastModifiedTime(p, LONG_AGO);
        }
        String before = snapshot(dir);
        CliRunner.Result r = CliRunner.run("list", "--db", db.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("The library " + db + " is damaged"), r.err());
        assertEquals(before, snapshot(dir), "neither the file nor its log was written");
    }

    @Test
    void aLibraryDamagedInsideWithALogIsRefusedWithoutMergingTheLog() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("lib"));
        Path db = crashedLibrary(dir);
        int root;
        int pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?immutable=1"); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'release'")) {
                rs.next();
                root = rs.getInt(1);
            }
            try (ResultSet rs = st.executeQuery("PRAGMA page_size")) {
                rs.next();
                pageSize = rs.getInt(1);
            }
        }
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek((long) (root - 1) * pageSize);
            f.write(new byte[]{(byte) 0x99, 0x13, 0x77, 0x01, 0x02, 0x03, 0x04, 0x05});
        }
        for (Path p : List.of(db, Path.of(db + "-wal"), Path.of(db + "-shm"))) {
            Files.setLastModifiedTime(p, LONG_AGO);
        }
        String before = snapshot(dir);
        CliRunner.Result r = CliRunner.run("list", "--db", db.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().startsWith("The library " + db + " is damaged"), r.err());
        assertEquals(before, snapshot(dir), "neither the file nor its log was written");
    }

    @Test
    void threeFirstOpensAtOnceStoreTheSampleOnce() throws Exception {
        Path db = tmp.resolve("new/library.db");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<CliRunner.Result>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return CliRunner.run("list", "--db", db.toString());
                }));
            }
            start.countDown();
            for (Future<CliRunner.Result> f : runs) {
                CliRunner.Result r = f.get();
                assertEquals(0, r.code(), r.err());
                assertEquals("1\tdraft\t匯聚八百頂尖國際學者推動科研創新\n", r.out());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, LibraryDump.count(db, "release"));
        assertEquals(2, LibraryDump.count(db, "contact"));
        try (Stream<Path> s = Files.list(db.getParent())) {
            assertEquals(List.of("library.db"), s.map(p -> p.getFileName().toString()).toList(), "nothing else left");
        }
    }

    @Test
    void aFirstOpenThatFillsTheDiskCreatesNothingAndTheNextOpenSeeds() throws Exception {
        Path db = tmp.resolve("new/library.db");
        LibraryException e = assertThrows(LibraryException.class, () -> LibraryStore.open(db, java.time.Clock.systemUTC(),
                created -> {
                    // the disk fills up while the sample goes in: no page may be added any more
                    try {
                        created.pragmaForTests("max_page_count = " + created.pageCountForTests());
                    } catch (java.sql.SQLException x) {
                        throw new AssertionError(x);
                    }
                    Libraries.SAMPLE_SEED.into(created);
                }).close());
        assertEquals(LibraryException.Kind.DISK_FULL, e.kind(), e.getMessage());
        assertEquals("The disk holding " + db.toAbsolutePath() + " is full; the new library was not created.", e.getMessage());
        try (Stream<Path> s = Files.list(db.getParent())) {
            assertEquals(List.of(), s.toList(), "nothing created");
        }
        try (LibraryStore store = Libraries.open(db)) {
            assertEquals(1, store.releases().list().size(), "seeded on the next open");
        }
    }

    /**
     * The same through the command line, with the disk limit of a real process (a file-size limit set by the
     * shell): the first run fails, the second finds no half-made library and starts one with the sample.
     */
    @Test
    void aFirstRunThatCannotWriteLeavesNothingAndTheNextRunSeeds() throws Exception {
        // sqlite-jdbc unpacks its native library into the temporary folder: unpack it beforehand, so that only
        // the library file meets the limit.
        Path natives = Files.createDirectory(tmp.resolve("natives"));
        String resource = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/libsqlitejdbc.so";
        try (InputStream in = org.sqlite.JDBC.class.getResourceAsStream(resource)) {
            Files.copy(in, natives.resolve("libsqlitejdbc.so"));
        }
        Path db = tmp.resolve("new/library.db");
        List<String> words = new ArrayList<>(ChildJvm.launcher("-Dorg.sqlite.lib.path=" + natives,
                "-Dorg.sqlite.lib.name=libsqlitejdbc.so", "-Djava.io.tmpdir=" + tmp));
        words.addAll(List.of("list", "--db", db.toString()));
        ChildJvm.Result limited = ChildJvm.run("ulimit -f 400", words, Map.of("LANG", "C.UTF-8"), 120);
        assertEquals(1, limited.code(), limited.outText() + limited.errText());
        assertEquals(1, limited.errText().strip().split("\n").length, limited.errText());
        assertFalse(Files.exists(db), "no half-made library: " + limited.errText());

        CliRunner.Result next = CliRunner.run("list", "--db", db.toString());
        assertEquals(0, next.code(), next.err());
        assertEquals("1\tdraft\t匯聚八百頂尖國際學者推動科研創新\n", next.out());
    }

    @Test
    void theSameLibraryThroughALinkIsStillRecognised() throws Exception {
        Path db = tmp.resolve("library.db");
        assertEquals(0, CliRunner.run("list", "--db", db.toString()).code());
        Path link = tmp.resolve("link.db");
        Files.createSymbolicLink(link, db);
        CliRunner.Result r = CliRunner.run("list", "--db", link.toString());
        assertEquals("1\tdraft\t匯聚八百頂尖國際學者推動科研創新\n", r.out(), r.err());
        assertArrayEquals(new byte[]{'S', 'Q', 'L'}, java.util.Arrays.copyOf(Files.readAllBytes(db), 3));
    }
}
