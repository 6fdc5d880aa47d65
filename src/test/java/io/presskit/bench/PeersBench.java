package io.presskit.bench;

import io.presskit.bundle.BundleExporter;
import io.presskit.library.LibraryStore;
import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.Release;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 13's "Fast" targets against the peers, side by side in one run, on the same A4 kit: the Chinese
 * sample release with nine 12 MP photos, the same text and the same photo files for everyone.
 *
 * <ul>
 *   <li>Typst (the typst.ts compiler from npm, {@code @myriaddreamin/typst-ts-node-compiler}, through a small
 *       node script, with the project's Noto fonts), compiling a .typ document written from the release;</li>
 *   <li>LibreOffice ({@code soffice --convert-to pdf}) converting an HTML file of the same text and photos;</li>
 *   <li>(a) Presskit's CLI export of the kit from the library, JVM start included, with and without the
 *       class-data archive: target ≤ 0.5 × Typst;</li>
 *   <li>(b) Presskit's import of the bundle (renditions made at import) + export, each a whole command inside
 *       -Xmx384m, on a new library each time: target ≤ 2 × Typst.</li>
 * </ul>
 * Runs are interleaved (one of each per round) so that the shared machine's load falls on all alike.
 */
final class PeersBench {
    static final String TYPST_PACKAGE = "@myriaddreamin/typst-ts-node-compiler";
    static final String TYPST_VERSION = "0.7.0";
    private static final int ROUNDS = 7;

    private PeersBench() {
    }

    static List<String> run(Path db, long id) throws Exception {
        Path dir = BenchMain.WORK.resolve("peers").toAbsolutePath();
        BenchMain.deleteTree(dir);
        Files.createDirectories(dir);
        Path bundle = dir.resolve("bundle");
        Release r;
        try (LibraryStore store = BenchMain.open(db)) {
            r = store.releases().release(id).orElseThrow();
            BundleExporter.export(r, io.presskit.service.LibraryPhotos.originals(store), bundle);
        }
        Files.writeString(dir.resolve("release.html"), KitBench.html(r));
        Files.writeString(dir.resolve("release.typ"), typst(r));

        List<String> report = new ArrayList<>();
        report.add("peers: the sample release (zh-Hant-HK) with nine 12 MP photos, A4, same text and photo files; "
                + ROUNDS + " rounds, interleaved");
        Path typstModule = typstModule();
        Path compileScript = dir.resolve("typst-compile.cjs");
        Files.writeString(compileScript, TYPST_SCRIPT);
        boolean lo = Measured.available("soffice");
        if (typstModule == null) {
            report.add("  Typst: skipped (needs node and npm; the bench installs " + TYPST_PACKAGE + " under "
                    + typstCache() + ")");
        }
        if (!lo) {
            report.add("  LibreOffice: skipped (no soffice; apt-get install libreoffice-writer-nogui)");
        }

        Path jar = KitBench.JAR;
        boolean hasLauncher = launcher(jar, List.of()) != null;
        Path fonts = Path.of("assets", "fonts").toAbsolutePath();
        Stats typst = new Stats();
        Stats libre = new Stats();
        Stats plain = new Stats();
        Stats cds = new Stats();
        Stats importExport = new Stats();
        long typstPeak = 0;
        long loPeak = 0;
        long plainPeak = 0;
        long ioPeak = 0;
        Path kit = dir.resolve("presskit.pdf");
        for (int round = -1; round < ROUNDS; round++) { // round -1 warms the disk cache and is not counted
            if (typstModule != null) {
                Measured m = KitBench.run(List.of("node", compileScript.toString(), typstModule.toString(),
                        dir.resolve("release.typ").toString(), dir.resolve("typst.pdf").toString(), fonts.toString(),
                        dir.toString()));
                if (round >= 0) {
                    typst.add(m.millis());
                    typstPeak = Math.max(typstPeak, m.peakKb());
                }
            }
            if (lo) {
                Measured m = KitBench.run(List.of("soffice", "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                        "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), dir.resolve("release.html").toString()));
                if (round >= 0) {
                    libre.add(m.millis());
                    loPeak = Math.max(loPeak, m.peakKb());
                }
            }
            Measured p = KitBench.run(plain(jar, "export", "" + id, "--out", kit.toString(), "--db", db.toString()));
            if (round >= 0) {
                plain.add(p.millis());
                plainPeak = Math.max(plainPeak, p.peakKb());
            }
            if (hasLauncher) {
                Measured c = KitBench.run(ours(jar, List.of(), "export", "" + id, "--out", kit.toString(), "--db",
                        db.toString()));
                if (round >= 0) {
                    cds.add(c.millis());
                }
            }
            Path fresh = dir.resolve("import-" + round + ".db");
            Measured imp = KitBench.run(ours(jar, List.of("-Xmx384m"), "import", bundle.toString(), "--db", fresh.toString()));
            String newId = imp.stdout().strip().lines().reduce((a, b) -> b).orElse("1");
            Measured exp = KitBench.run(ours(jar, List.of("-Xmx384m"), "export", newId, "--out",
                    dir.resolve("imported.pdf").toString(), "--db", fresh.toString()));
            if (round >= 0) {
                importExport.add(imp.millis() + exp.millis());
                ioPeak = Math.max(ioPeak, Math.max(imp.peakKb(), exp.peakKb()));
            }
            BenchMain.deleteDb(fresh);
        }

        double typstMs = typst.count() > 0 ? typst.median() : Double.NaN;
        if (typst.count() > 0) {
            report.add(typst.line("  Typst (typst.ts " + TYPST_VERSION + ", node) .typ -> PDF", 0)
                    + peakAndSize(typstPeak, dir.resolve("typst.pdf")));
        }
        if (libre.count() > 0) {
            report.add(libre.line("  LibreOffice soffice --convert-to pdf (HTML)", 0)
                    + peakAndSize(loPeak, dir.resolve("release.pdf")));
        }
        report.add(plain.line("  Presskit export, java -jar presskit.jar", 0) + peakAndSize(plainPeak, kit));
        Stats best = plain;
        if (cds.count() > 0) {
            report.add(cds.line("  Presskit export, target/presskit (archive, C1, natives)", 0));
            best = cds;
        }
        report.add(verdict("  (a) CLI export from the library vs 0.5 × Typst", best.median(), 0.5, typstMs));
        report.add(importExport.line("  Presskit import + export of the bundle, -Xmx384m" + (hasLauncher ? ", target/presskit" : ""), 0)
                + String.format(Locale.ROOT, "  peak %d MB", ioPeak / 1024));
        report.add(verdict("  (b) import + export from the bundle vs 2 × Typst", importExport.median(), 2, typstMs));
        if (libre.count() > 0) {
            report.add(String.format(Locale.ROOT, "  Presskit's export takes %.2f× LibreOffice's time",
                    best.median() / libre.median()));
        }
        return report;
    }

    private static String verdict(String what, double ours, double factor, double typstMs) {
        if (Double.isNaN(typstMs)) {
            return what + ": no Typst figure in this run";
        }
        double target = factor * typstMs;
        return String.format(Locale.ROOT, "%-58s %s vs target %s (Typst %s): %s", what, Stats.fmt(ours), Stats.fmt(target),
                Stats.fmt(typstMs), ours <= target ? "met" : String.format(Locale.ROOT, "MISSED by %.0f%%",
                        100 * (ours / target - 1)));
    }

    private static String peakAndSize(long peakKb, Path pdf) throws Exception {
        return String.format(Locale.ROOT, "  peak %d MB, %.1f MB PDF", peakKb / 1024,
                Files.exists(pdf) ? Files.size(pdf) / 1e6 : 0.0);
    }

    /** A Presskit command from the plain jar: {@code java -jar presskit.jar ARGS}. */
    static List<String> plain(Path jar, String... args) {
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * A Presskit command as target/presskit runs it (archive, JVM options, native libraries beside the jar), with
     * {@code options} added; the plain jar (with {@code options}) where the build made no archive.
     */
    static List<String> ours(Path jar, List<String> options, String... args) throws java.io.IOException {
        List<String> cmd = launcher(jar, options);
        if (cmd == null) {
            cmd = new ArrayList<>(List.of("java"));
            cmd.addAll(options);
            cmd.addAll(List.of("-jar", jar.toString()));
        }
        cmd.addAll(List.of(args));
        return cmd;
    }

    static List<String> launcher(Path jar, List<String> options) throws java.io.IOException {
        return io.presskit.tools.ClassDataArchive.launcherCommand(jar, options);
    }

    static Path typstCache() {
        String env = System.getenv("PRESSKIT_BENCH_CACHE");
        return (env != null ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cache", "presskit-bench"))
                .resolve("typst");
    }

    /**
     * The typst.ts node module: installed with npm into a cache folder outside the repository (never
     * node_modules in the tree), once; null where node or npm is missing or the install fails.
     */
    static Path typstModule() throws Exception {
        if (!Measured.available("node")) {
            return null;
        }
        Path cache = typstCache();
        Path module = cache.resolve("node_modules").resolve(TYPST_PACKAGE);
        if (!Files.exists(module.resolve("package.json"))) {
            if (!Measured.available("npm")) {
                return null;
            }
            Files.createDirectories(cache);
            System.out.println("peers: npm install " + TYPST_PACKAGE + "@" + TYPST_VERSION + " into " + cache);
            Process p = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix",
                    cache.toString(), TYPST_PACKAGE + "@" + TYPST_VERSION).inheritIO().start();
            if (p.waitFor() != 0 || !Files.exists(module.resolve("package.json"))) {
                return null;
            }
        }
        return module;
    }

    /** Compiles argv[3] (a .typ file) to argv[4] with the fonts of argv[5]; argv[6] is the workspace root. */
    private static final String TYPST_SCRIPT = """
            const { NodeCompiler } = require(process.argv[2]);
            const [main, out, fonts, root] = process.argv.slice(3);
            const compiler = NodeCompiler.create({ workspace: root, fontArgs: [{ fontPaths: [fonts] }] });
            const doc = compiler.compile({ mainFilePath: main });
            if (!doc.result) {
              console.error(JSON.stringify(compiler.fetchDiagnostics(doc.takeDiagnostics()), null, 1));
              process.exit(1);
            }
            require('fs').writeFileSync(out, compiler.pdf(doc.result));
            """;

    /**
     * The release as a Typst document in the kit's order: letterhead, label, status, headline, sub-headline,
     * highlights, dateline and body, end mark, photos with numbered captions, "About" sections, contacts.
     * Every text is a Typst string literal, so no character of the release is read as markup.
     */
    static String typst(Release r) {
        boolean zh = r.lang().isChinese();
        StringBuilder t = new StringBuilder();
        t.append("#set document(title: ").append(str(r.headlineFirstLine())).append(")\n");
        t.append("#set page(paper: \"a4\", margin: (x: 22mm, top: 20mm, bottom: 22mm), numbering: ")
                .append(str(zh ? "第 1 頁，共 1 頁" : "Page 1 of 1")).append(")\n");
        t.append("#set text(font: (\"Noto Sans\", \"Noto Sans TC\", \"Noto Sans SC\"), size: 10.5pt, lang: ")
                .append(str(zh ? "zh" : "en")).append(zh ? ", region: \"hk\"" : "").append(")\n");
        t.append("#set par(justify: true, leading: 0.8em, spacing: 1.1em)\n\n");
        if (r.issuer() != null) {
            t.append("#text(weight: \"bold\", size: 12pt)[#").append(str(r.issuer())).append("]\n\n");
        }
        t.append("#text(size: 14pt)[#").append(str(r.label() != null ? r.label() : r.lang().defaultLabel())).append("]\n\n");
        t.append("#").append(str(zh ? "即時發布" : "FOR IMMEDIATE RELEASE")).append("\n\n");
        t.append("#text(weight: \"bold\", size: 16pt)[");
        for (String line : r.headline().split("\n")) {
            t.append("#").append(str(line)).append(" \\\n");
        }
        t.append("]\n\n");
        if (r.subheadline() != null) {
            t.append("#text(weight: \"bold\", size: 12pt)[#").append(str(r.subheadline())).append("]\n\n");
        }
        for (String h : r.highlights()) {
            t.append("- #").append(str(h)).append("\n");
        }
        t.append("\n");
        for (int i = 0; i < r.body().size(); i++) {
            if (i == 0 && r.dateline() != null) {
                t.append("*#").append(str("（" + r.dateline().place() + "·" + r.dateline().date() + "）-")).append("* ");
            }
            t.append("#").append(str(r.body().get(i))).append("\n\n");
        }
        t.append("#align(center)[#").append(str(r.endMark() != null ? r.endMark() : "###")).append("]\n\n");
        for (int i = 0; i < r.photos().size(); i++) {
            var photo = r.photos().get(i);
            t.append("#figure(image(").append(str("bundle/photos/" + photo.fileName())).append(", width: 100%), caption: ")
                    .append(str(r.lang().photoNumber(i + 1) + "：" + photo.caption()
                            + (photo.credit() != null ? "（" + photo.credit() + "）" : ""))).append(", numbering: none)\n\n");
        }
        for (Boilerplate b : r.boilerplates()) {
            t.append("#text(weight: \"bold\")[#").append(str(b.title())).append("]\n\n");
            for (String p : b.body()) {
                t.append("#").append(str(p)).append("\n\n");
            }
        }
        t.append("#text(weight: \"bold\")[#").append(str(r.contactsHeading() != null ? r.contactsHeading()
                : r.lang().defaultContactsHeading())).append("]\n\n");
        for (Contact c : r.contacts()) {
            List<String> lines = new ArrayList<>();
            if (c.organization() != null) {
                lines.add(c.organization());
            }
            lines.add(c.name());
            lines.addAll(c.phones());
            lines.addAll(c.emails());
            t.append(String.join(" \\\n", lines.stream().map(l -> "#" + str(l)).toList())).append("\n\n");
        }
        return t.toString();
    }

    /** A Typst string literal. */
    private static String str(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
