package io.presskit.bench;

import io.presskit.image.PreparedImage;
import io.presskit.library.LibraryStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Importing 30 photos of 12 MP: renditions and thumbnails made in parallel on all cores. */
final class ImportBench {
    private ImportBench() {
    }

    static List<String> run() throws Exception {
        System.out.println("import: drawing 30 photos of 4000 × 3000 …");
        List<byte[]> photos = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            photos.add(BenchMain.photoJpeg(4000, 3000, 1000 + i));
        }
        long bytes = photos.stream().mapToLong(b -> b.length).sum();
        int cores = Runtime.getRuntime().availableProcessors();
        Stats parallel = new Stats();
        Stats serial = new Stats();
        for (int run = 0; run < 3; run++) {
            parallel.add(importAll(photos, cores, run));
            serial.add(importAll(photos, 1, run + 100));
        }
        return List.of(
                String.format("import: 30 photos of 12 MP (%.0f MB of JPEG) into a library, %d threads", bytes / 1e6, cores),
                parallel.line("  prepare (decode, rendition, thumbnail) + store, parallel", 0),
                serial.line("  the same on one thread, for comparison", 0));
    }

    /** Prepares every photo on {@code threads} threads and stores them in one transaction, as import does. */
    private static double importAll(List<byte[]> photos, int threads, int run) throws Exception {
        Path db = BenchMain.WORK.resolve("import-" + run + ".db");
        Files.deleteIfExists(db);
        try (LibraryStore store = BenchMain.open(db)) {
            var sample = BenchMain.sample();
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<PreparedImage>> futures = new ArrayList<>();
            for (int i = 0; i < photos.size(); i++) {
                byte[] b = photos.get(i);
                String name = "p" + i + ".jpg";
                futures.add(pool.submit(() -> BenchMain.prepare(name, b)));
            }
            List<PreparedImage> images = new ArrayList<>();
            for (Future<PreparedImage> f : futures) {
                images.add(f.get());
            }
            pool.shutdown();
            store.releases().insert(BenchMain.withPhotos(sample.release(), images), images);
            return (System.nanoTime() - t0) / 1e6;
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-wal"));
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-shm"));
        }
    }
}
