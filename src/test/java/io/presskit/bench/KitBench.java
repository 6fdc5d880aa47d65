package io.presskit.bench;

import io.presskit.bundle.BundleExporter;
import io.presskit.image.PreparedImage;
import io.presskit.kit.KitExporter;
import io.presskit.kit.KitOptions;
import io.presskit.kit.KitProgress;
import io.presskit.kit.PaperSize;
import io.presskit.library.LibraryStore;
import io.presskit.model.Release;
import io.presskit.model.ReleaseSummary;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Kit export: the sample warm in-process and from the command line (JVM start included), the sample's two
 * language versions as one kit, a long kit (90 paragraphs, 30 photos of 2400 × 1600) from the command line inside
 * -Xmx384m, and the sample with nine 12 MP photos against the peers ({@link PeersBench}).
 */
final class KitBench {
    static final Path JAR = Path.of("target", "presskit.jar").toAbsolutePath();

    private KitBench() {
    }

    static List<String> run() throws Exception {
        List<String> report = new ArrayList<>();
        Path db = BenchMain.WORK.resolve("kits.db").toAbsolutePath();
        Files.deleteIfExists(db);
        long sampleId;
        long familyId;
        long longId;
        long bigPhotosId;
        System.out.println("kits: preparing the library (sample, long kit, sample with 12 MP photos) …");
        try (LibraryStore store = BenchMain.open(db)) {
            var sample = BenchMain.sample();
            sampleId = store.releases().insert(sample.release(), sample.images());
            longId = longKit(store, sample.release());
            bigPhotosId = bigPhotos(store, sample.release());

            Release r = store.releases().release(sampleId).orElseThrow();
            ReleaseSummary s = store.releases().summary(sampleId).orElseThrow();
            for (int i = 0; i < 5; i++) { // warm-up: JIT, font caches
                export(store, r, s);
            }
            Stats warm = new Stats();
            for (int i = 0; i < 15; i++) {
                long t0 = System.nanoTime();
                export(store, r, s);
                warm.add((System.nanoTime() - t0) / 1e6);
            }
            report.add("kit: the sample (9 photos), " + BenchMain.pages(store, r) + " pages");
            report.add(warm.line("  export in-process, warm", 1000));

            // The sample in Chinese and English (the tests' translation), one kit of both versions.
            var family = io.presskit.bundle.BundleImporter.load(io.presskit.testing.TestBundles.copyFamily(
                    Files.createDirectories(BenchMain.WORK), "family-" + System.nanoTime()));
            List<Long> ids = store.families().insert(family.versions(), family.images());
            familyId = ids.get(0);
            List<Release> versions = new ArrayList<>();
            for (long id : ids) {
                versions.add(store.releases().release(id).orElseThrow());
            }
            ReleaseSummary fs = store.releases().summary(familyId).orElseThrow();
            int[] pages = {0};
            for (int i = 0; i < 5; i++) {
                pages[0] = export(store, versions, fs);
            }
            Stats both = new Stats();
            for (int i = 0; i < 15; i++) {
                long t0 = System.nanoTime();
                export(store, versions, fs);
                both.add((System.nanoTime() - t0) / 1e6);
            }
            report.add("kit: the sample's Chinese and English versions in one PDF, " + pages[0] + " pages");
            report.add(both.line("  export in-process, warm", 2000));
        }
        Stats cli = new Stats();
        Path out = BenchMain.WORK.resolve("sample.pdf").toAbsolutePath();
        run(List.of("java", "-jar", JAR.toString(), "export", "" + sampleId, "--out", out.toString(), "--db", db.toString()));
        for (int i = 0; i < 7; i++) {
            cli.add(run(List.of("java", "-jar", JAR.toString(), "export", "" + sampleId, "--out", out.toString(),
                    "--db", db.toString())).millis());
        }
        report.add(cli.line("  java -jar presskit.jar export (JVM start included)", 1500));
        Stats bothCli = new Stats();
        Path bothOut = BenchMain.WORK.resolve("both.pdf").toAbsolutePath();
        for (int i = 0; i < 7; i++) {
            bothCli.add(run(List.of("java", "-jar", JAR.toString(), "export", "" + familyId, "--languages", "all", "--out",
                    bothOut.toString(), "--db", db.toString())).millis());
        }
        report.add(bothCli.line("  both versions: java -jar presskit.jar export --languages all (JVM start included)", 2000));

        Stats longCli = new Stats();
        long peak = 0;
        Path longOut = BenchMain.WORK.resolve("long.pdf").toAbsolutePath();
        for (int i = 0; i < 5; i++) {
            Measured m = run(List.of("java", "-Xmx384m", "-jar", JAR.toString(), "export", "" + longId, "--out",
                    longOut.toString(), "--db", db.toString()));
            longCli.add(m.millis());
            peak = Math.max(peak, m.peakKb());
        }
        report.add(String.format(Locale.ROOT, "kit: long (90 paragraphs, 30 photos of 2400 × 1600), %.1f MB PDF",
                Files.size(longOut) / 1e6));
        report.add(longCli.line("  java -Xmx384m -jar presskit.jar export", 4000));
        report.add(String.format(Locale.ROOT, "  peak resident memory %d MB (heap capped at 384 MB)", peak / 1024));

        report.addAll(PeersBench.run(db, bigPhotosId));
        return report;
    }

    /** The versions as one kit; its page count. */
    private static int export(LibraryStore store, List<Release> versions, ReleaseSummary s) {
        try {
            return KitExporter.shared().export(versions, io.presskit.service.LibraryPhotos.photoSource(store),
                    new KitOptions(PaperSize.A4, s.updatedAt()), new ByteArrayOutputStream(), KitProgress.NONE).pageCount();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void export(LibraryStore store, Release r, ReleaseSummary s) {
        try {
            KitExporter.shared().export(r, io.presskit.service.LibraryPhotos.photoSource(store), new KitOptions(PaperSize.A4, s.updatedAt()),
                    new ByteArrayOutputStream(), KitProgress.NONE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Measured run(List<String> command) throws Exception {
        Measured m = Measured.run(Path.of("."), command);
        if (m.exit() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + m.stderr());
        }
        return m;
    }

    private static long longKit(LibraryStore store, Release base) throws Exception {
        List<PreparedImage> images = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            images.add(BenchMain.prepare("long-" + i + ".jpg", BenchMain.photoJpeg(2400, 1600, 500 + i)));
        }
        List<String> body = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            body.add(base.body().get(i % base.body().size()));
        }
        Release r = new Release(base.language(), base.issuer(), base.label(), base.timing(), base.headline(),
                base.subheadline(), base.highlights(), base.dateline(), body, base.endMark(), List.of(),
                base.boilerplates(), base.contactsHeading(), base.contacts());
        return store.releases().insert(BenchMain.withPhotos(r, images), images);
    }

    private static long bigPhotos(LibraryStore store, Release base) throws Exception {
        List<PreparedImage> images = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            images.add(BenchMain.prepare("big-" + i + ".jpg", BenchMain.photoJpeg(4000, 3000, 900 + i)));
        }
        return store.releases().insert(BenchMain.withPhotos(base, images), images);
    }

    /** The release as HTML with its photo files, for LibreOffice to convert. */
    static String html(Release r) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"" + r.language() + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + esc(r.headlineFirstLine()) + "</title></head><body>");
        sb.append("<p>").append(esc(r.issuer())).append("</p><h1>").append(esc(r.headline()).replace("\n", "<br>")).append("</h1>");
        sb.append("<h2>").append(esc(r.subheadline())).append("</h2><ul>");
        r.highlights().forEach(h -> sb.append("<li>").append(esc(h)).append("</li>"));
        sb.append("</ul>");
        r.body().forEach(p -> sb.append("<p>").append(esc(p)).append("</p>"));
        sb.append("<p>###</p>");
        for (int i = 0; i < r.photos().size(); i++) {
            sb.append("<p><img src=\"bundle/photos/").append(r.photos().get(i).fileName()).append("\" width=\"100%\"></p><p>")
                    .append(r.lang().photoNumber(i + 1)).append("：").append(esc(r.photos().get(i).caption())).append("</p>");
        }
        r.boilerplates().forEach(b -> {
            sb.append("<h3>").append(esc(b.title())).append("</h3>");
            b.body().forEach(p -> sb.append("<p>").append(esc(p)).append("</p>"));
        });
        r.contacts().forEach(c -> sb.append("<p>").append(esc(c.organization())).append("<br>").append(esc(c.name()))
                .append("<br>").append(esc(String.join(" / ", c.phones()))).append("<br>")
                .append(esc(String.join(" / ", c.emails()))).append("</p>"));
        return sb.append("</body></html>").toString();
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
