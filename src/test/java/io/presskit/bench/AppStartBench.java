package io.presskit.bench;

import io.presskit.tools.DisplayedApp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 13's target (c): app start to a usable window, as the README measures it: the app under xvfb-run
 * with PRESSKIT_TIMING=1, which prints the time from JVM start until the release list first shows the
 * library. On the sample library (seeded once, before the timed runs) and on the 2,000-release library of
 * {@link LibraryScaleBench}; with and without the class-data archive.
 */
final class AppStartBench {
    private static final Pattern MS = Pattern.compile(DisplayedApp.LIST_SHOWN + " (\\d+) ms");
    private static final int RUNS = 7;

    private AppStartBench() {
    }

    static List<String> run() throws Exception {
        if (!DisplayedApp.possible()) {
            return List.of("app start: skipped (no display and no xvfb-run; apt-get install xvfb xauth)");
        }
        Path dir = BenchMain.WORK.resolve("app-start").toAbsolutePath();
        BenchMain.deleteTree(dir);
        Path sample = dir.resolve("sample.db");
        Path big = LibraryScaleBench.library(); // made here when the library part did not run before
        boolean hasArchive = PeersBench.launcher(KitBench.JAR, List.of()) != null;
        start(PeersBench.plain(KitBench.JAR), sample, dir); // seeds the sample library: not timed

        List<String> report = new ArrayList<>();
        report.add("app start until the release list shows (xvfb-run, PRESSKIT_TIMING=1), " + RUNS + " runs each");
        for (Path db : List.of(sample, big)) {
            Stats plain = new Stats();
            Stats cds = new Stats();
            for (int i = 0; i < RUNS; i++) {
                plain.add(start(PeersBench.plain(KitBench.JAR), db, dir));
                if (hasArchive) {
                    cds.add(start(PeersBench.ours(KitBench.JAR, List.of()), db, dir));
                }
            }
            String what = db.equals(sample) ? "sample library" : "2,000-release library";
            double target = db.equals(sample) ? 1500 : 2000;
            report.add(plain.line("  (c) " + what + ", java -jar presskit.jar", target));
            if (hasArchive) {
                report.add(cds.line("  (c) " + what + ", target/presskit (archive, C1, natives)", target));
            }
        }
        return report;
    }

    /** One start: milliseconds from JVM start until the list shows. */
    private static double start(List<String> command, Path db, Path dir) throws Exception {
        try (DisplayedApp app = DisplayedApp.start(command, Map.of("PRESSKIT_DB", db.toString(),
                "XDG_DATA_HOME", dir.resolve("data").toString()), dir)) {
            String line = app.await(DisplayedApp.LIST_SHOWN, 120_000);
            if (line == null) {
                throw new IllegalStateException("the app did not show its release list: " + app.output());
            }
            Matcher m = MS.matcher(line);
            if (!m.find()) {
                throw new IllegalStateException("unexpected timing line: " + line);
            }
            return Double.parseDouble(m.group(1));
        }
    }
}
