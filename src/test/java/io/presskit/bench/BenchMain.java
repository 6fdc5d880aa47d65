package io.presskit.bench;

import io.presskit.bundle.BundleImporter;
import io.presskit.image.ImagePipeline;
import io.presskit.image.PreparedImage;
import io.presskit.library.LibraryStore;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.testing.TestBundles;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Speed at scale, measured as a user meets it (whole commands where the target is a command). Run with
 * {@code mvn -Pbench verify} (builds the jar, skips the tests, forks this main). Medians of several runs;
 * the machine is shared and noisy, so no target lives in a unit test.
 */
public final class BenchMain {
    static final Path WORK = Path.of("target", "bench");

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(WORK);
        System.out.println("Presskit benchmarks — " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        // Arguments pick parts (kit, import, library, app), for a quicker run by hand; none runs all. Through
        // Maven: mvn -Pbench verify -Dpresskit.bench=kit.
        String property = System.getProperty("presskit.bench", "all");
        List<String> parts = args.length > 0 ? List.of(args)
                : property.equals("all") ? List.of("kit", "import", "library", "app") : List.of(property.split(","));
        List<String> report = new ArrayList<>();
        if (parts.contains("kit")) {
            report.addAll(KitBench.run());
        }
        if (parts.contains("import")) {
            report.addAll(ImportBench.run());
        }
        if (parts.contains("library")) {
            report.addAll(LibraryScaleBench.run());
        }
        if (parts.contains("app")) {
            report.addAll(AppStartBench.run());
        }
        System.out.println();
        report.forEach(System.out::println);
    }

    /** A JPEG photo-like image (gradients and noise, so it compresses like a photo, not like a flat slide). */
    static byte[] photoJpeg(int w, int h, long seed) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        Random r = new Random(seed);
        g.setPaint(new GradientPaint(0, 0, new Color(r.nextInt(0xffffff)), w, h, new Color(r.nextInt(0xffffff))));
        g.fillRect(0, 0, w, h);
        for (int i = 0; i < 60; i++) {
            g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256), 90));
            int s = r.nextInt(Math.max(2, Math.min(w, h) / 3)) + 4;
            g.fillOval(r.nextInt(w), r.nextInt(h), s, s);
        }
        g.dispose();
        int[] row = new int[w];
        for (int y = 0; y < h; y += 2) { // grain
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int n = r.nextInt(17) - 8;
                int p = row[x];
                row[x] = (clamp((p >> 16 & 0xff) + n) << 16) | (clamp((p >> 8 & 0xff) + n) << 8) | clamp((p & 0xff) + n);
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        return ImagePipeline.jpeg(img, 0.9f);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    static double time(Supplier<Void> work) {
        long t0 = System.nanoTime();
        work.get();
        return (System.nanoTime() - t0) / 1e6;
    }

    /** The sample release with its photos replaced by {@code photos} (and matching captions). */
    static Release withPhotos(Release r, List<PreparedImage> images) {
        List<Photo> photos = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            PreparedImage img = images.get(i);
            photos.add(new Photo("photo-" + (i + 1) + ".jpg", img.sha256(), img.info().mediaType(), img.info().width(),
                    img.info().height(), img.info().orientation(), "第 " + (i + 1) + " 張相片的說明文字", "Presskit", null));
        }
        return r.withPhotos(photos);
    }

    static BundleImporter.ImportedBundle sample() throws Exception {
        return BundleImporter.load(TestBundles.SAMPLE);
    }

    static PreparedImage prepare(String name, byte[] bytes) {
        try {
            return ImagePipeline.prepare(name, bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Page count of a release's kit, for the report. */
    static int pages(LibraryStore store, Release r) throws Exception {
        return io.presskit.kit.KitExporter.shared().export(r, io.presskit.service.LibraryPhotos.photoSource(store), new io.presskit.kit.KitOptions(
                io.presskit.kit.PaperSize.A4, java.time.Instant.EPOCH), new java.io.ByteArrayOutputStream(),
                io.presskit.kit.KitProgress.NONE).pageCount();
    }

    static void deleteTree(Path p) throws IOException {
        io.presskit.tools.ClassDataArchive.deleteTree(p);
    }

    /** A library file with its WAL and shared-memory companions. */
    static void deleteDb(Path db) throws IOException {
        for (String suffix : new String[]{"", "-wal", "-shm", ".lock"}) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }

    static LibraryStore open(Path db) {
        try {
            return LibraryStore.open(db);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
