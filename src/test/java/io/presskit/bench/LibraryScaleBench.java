package io.presskit.bench;

import io.presskit.image.PreparedImage;
import io.presskit.library.LibraryStore;
import io.presskit.model.Release;
import io.presskit.model.ReleaseSummary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A library of 2,000 releases and 20,000 photos: open + list, and search answers, on an SQLite file and on a
 * PostgreSQL server (the test JVM's embedded one, on this machine: no network in the figures). The file is built
 * once into target/bench/big.db and reused; the team library is a copy of it ({@code LibraryCopy}) made each run.
 */
final class LibraryScaleBench {
    static final int RELEASES = 2000;
    static final int PHOTOS_PER_RELEASE = 10;

    private LibraryScaleBench() {
    }

    /** Opens the library under test. */
    @FunctionalInterface
    interface Opener {
        LibraryStore open() throws Exception;
    }

    /**
     * The 2,000-release library, made once and kept between runs; one that is not that library (a run that
     * opened the path before it was built seeds it with the sample alone) is made again.
     */
    static Path library() throws Exception {
        Path db = BenchMain.WORK.resolve("big.db").toAbsolutePath();
        if (Files.exists(db)) {
            int found;
            try (LibraryStore store = BenchMain.open(db)) {
                found = store.releases().list().size();
            }
            if (found == RELEASES) {
                return db;
            }
            for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
                Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
            }
        }
        build(db);
        return db;
    }

    static List<String> run() throws Exception {
        Path db = library();
        List<String> out = new ArrayList<>();
        out.add(String.format("library: %,d releases, %,d photos (%.0f MB file)", RELEASES,
                RELEASES * PHOTOS_PER_RELEASE, Files.size(db) / 1e6));
        out.addAll(measure("SQLite file", () -> BenchMain.open(db)));
        String database = io.presskit.testing.PostgresServer.newDatabase();
        String url = io.presskit.testing.PostgresServer.url(database);
        Opener server = () -> LibraryStore.open(io.presskit.library.LibraryLocation.parse(url), java.time.Clock.systemUTC(),
                LibraryStore.Seed.NOTHING, null, java.util.Map.of());
        long t0 = System.nanoTime();
        try (LibraryStore from = BenchMain.open(db); LibraryStore to = server.open()) {
            io.presskit.library.LibraryCopy.copy(from, to);
        }
        out.add(String.format("  presskit copy of that library into PostgreSQL: %.1f s (once)", (System.nanoTime() - t0) / 1e9));
        io.presskit.testing.PostgresServer.execute(database, "VACUUM ANALYZE");
        out.addAll(measure("PostgreSQL 14 (embedded, same machine)", server));
        return out;
    }

    private static List<String> measure(String what, Opener opener) throws Exception {
        Stats open = new Stats();
        Stats search3 = new Stats();
        Stats search2 = new Stats();
        Stats searchEn = new Stats();
        int hits = 0;
        for (int run = 0; run < 7; run++) {
            long t0 = System.nanoTime();
            try (LibraryStore store = opener.open()) {
                List<ReleaseSummary> all = store.releases().list();
                open.add((System.nanoTime() - t0) / 1e6);
                if (all.size() != RELEASES) {
                    throw new IllegalStateException("expected " + RELEASES + " releases, found " + all.size());
                }
                search3.add(timeSearch(store, "行政長官"));
                search2.add(timeSearch(store, "香港"));
                searchEn.add(timeSearch(store, "robotics 1999"));
                hits = store.releases().search("第 1234 號").size();
            }
        }
        return List.of(
                "  " + what + ":",
                open.line("  open + list every release", 2000),
                search3.line("  search \"行政長官\" (trigram index)", 100),
                search2.line("  search \"香港\" (two characters: LIKE scan)", 100),
                searchEn.line("  search \"robotics 1999\"", 100),
                "  search \"第 1234 號\" finds " + hits + " release(s)");
    }

    private static double timeSearch(LibraryStore store, String q) {
        long t0 = System.nanoTime();
        try {
            List<ReleaseSummary> r = store.releases().search(q);
            if (r.isEmpty()) {
                throw new IllegalStateException("no hit for " + q);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void build(Path db) throws Exception {
        System.out.println("library: building " + db + " (once) …");
        Path temp = db.resolveSibling("big-building.db");
        Files.deleteIfExists(temp);
        Random rnd = new Random(7);
        try (LibraryStore store = BenchMain.open(temp)) {
            Release base = BenchMain.sample().release();
            for (int i = 0; i < RELEASES; i++) {
                List<PreparedImage> images = new ArrayList<>();
                for (int k = 0; k < PHOTOS_PER_RELEASE; k++) {
                    images.add(BenchMain.prepare("p.jpg", BenchMain.photoJpeg(96, 64, rnd.nextLong())));
                }
                List<String> body = new ArrayList<>(base.body());
                body.add("第 " + i + " 號新聞稿：robotics " + i + " 的最新消息。");
                Release r = new Release(i % 3 == 0 ? "en-US" : "zh-Hant-HK", base.issuer(), base.label(), base.timing(),
                        (i % 3 == 0 ? "Robotics update " : "新聞稿第 ") + i + "\n" + base.headline(), base.subheadline(),
                        base.highlights(), base.dateline(), body, base.endMark(), List.of(), base.boilerplates(),
                        base.contactsHeading(), base.contacts());
                store.releases().insert(BenchMain.withPhotos(r, images), images);
                if (i % 250 == 0) {
                    System.out.println("  " + i + " releases");
                }
            }
        }
        Files.move(temp, db);
        Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + "-wal"));
        Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + "-shm"));
    }
}
