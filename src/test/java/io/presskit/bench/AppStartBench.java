package io.presskit.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * App start as a user meets it: {@code java -jar presskit.jar --db FILE} under Xvfb with openbox, until the
 * release list first shows (the app prints that moment with PRESSKIT_TIMING=1), on a new library (seeded with
 * the sample) and on the 2,000-release one. Skipped where xvfb-run or openbox are missing.
 */
final class AppStartBench {
    private static final Path JAR = Path.of("target", "presskit.jar").toAbsolutePath();
    private static final Pattern SHOWN = Pattern.compile("release list first shown (\\d+) ms");
    private static final String SCRIPT = """
            openbox >/dev/null 2>&1 &
            sleep 1
            PRESSKIT_TIMING=1 java -Dpresskit.settings="$SETTINGS" -jar "$JAR" --db "$DB" > "$LOG" 2>&1 &
            app=$!
            for _ in $(seq 1 900); do grep -q "release list first shown" "$LOG" && break; sleep 0.1; done
            kill -TERM $app
            wait $app
            """;

    private AppStartBench() {
    }

    static List<String> run() throws Exception {
        if (!onPath("xvfb-run") || !onPath("openbox")) {
            return List.of("app start: skipped (needs xvfb-run and openbox)");
        }
        Path big = BenchMain.WORK.resolve("big.db").toAbsolutePath();
        Stats fresh = new Stats();
        Stats large = new Stats();
        for (int i = 0; i < 5; i++) {
            Path dir = Files.createTempDirectory(BenchMain.WORK, "start-");
            fresh.add(start(dir.resolve("library.db"), dir));
        }
        for (int i = 0; i < 7; i++) {
            large.add(start(big, Files.createTempDirectory(BenchMain.WORK, "start-")));
        }
        return List.of(fresh.line("app start (Xvfb + openbox), new library, list shown", 3000),
                large.line("app start (Xvfb + openbox), 2,000 releases, list shown", 2000));
    }

    /** One start under Xvfb with openbox: milliseconds from JVM start to the list showing. */
    private static double start(Path db, Path dir) throws Exception {
        Path log = dir.resolve("app.log");
        ProcessBuilder pb = new ProcessBuilder("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "bash", "-c", SCRIPT);
        pb.environment().put("SETTINGS", dir.resolve("settings.properties").toString());
        pb.environment().put("JAR", JAR.toString());
        pb.environment().put("DB", db.toString());
        pb.environment().put("LOG", log.toString());
        Process p = pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("the app did not start: " + log);
        }
        Matcher m = SHOWN.matcher(Files.readString(log, StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IllegalStateException("no start time in " + log);
        }
        return Double.parseDouble(m.group(1));
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
