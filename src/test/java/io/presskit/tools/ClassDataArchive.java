package io.presskit.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Makes Presskit's class-data archive (AppCDS) at build time: training runs of the real jar record the
 * classes they load ({@code -XX:DumpLoadedClassList}), and one static dump ({@code -Xshare:dump}) maps them,
 * parsed and verified, into an archive that later JVMs map instead of loading the classes from the jar.
 *
 * <p>Why class lists and a static dump rather than one dynamic archive ({@code -XX:ArchiveClassesAtExit}):
 * a dynamic archive records a single process, and we want the command line (list, import, export,
 * export-bundle) and the app's start in one archive; and Java 17 checks an archive against the exact path
 * and modification time of the jar, so the installer cannot carry an archive made on the build machine — it
 * carries the class list, and its post-install script makes the archive from it at the installed path in
 * a few seconds, with no display and no training run.
 *
 * <p>The training library is a fresh one in the work folder; nothing touches the user's library. The app
 * run needs a display: it uses {@code $DISPLAY}, else {@code xvfb-run}, else it is left out (the command
 * line classes are still archived). It is the only best-effort step: a command that fails fails the build,
 * since it means the jar itself is broken.
 *
 * <pre>
 * ClassDataArchive --java JAVA --jar JAR --classlist OUT.classlist [--archive OUT.jsa] [--launcher OUT.sh]
 *                  --work DIR
 * </pre>
 */
public final class ClassDataArchive {
    private ClassDataArchive() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = options(argv);
        Path java = Path.of(args.get("--java"));
        Path jar = Path.of(args.get("--jar")).toAbsolutePath().normalize();
        Path classList = Path.of(args.get("--classlist")).toAbsolutePath();
        Path work = Path.of(args.get("--work")).toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);

        long t0 = System.nanoTime();
        Path db = work.resolve("training.db");
        List<Path> lists = new ArrayList<>();
        // A new library: seeding it imports the sample bundle (JSON, photo decoding, renditions, migrations).
        lists.add(cli(java, jar, work, "list", List.of("list", "--db", db.toString())));
        lists.add(cli(java, jar, work, "export", List.of("export", "1", "--out", work.resolve("kit.pdf").toString(),
                "--db", db.toString())));
        Path bundle = work.resolve("bundle");
        lists.add(cli(java, jar, work, "export-bundle", List.of("export-bundle", "1", "--out", bundle.toString(),
                "--db", db.toString())));
        lists.add(cli(java, jar, work, "import", List.of("import", bundle.toString(), "--db", db.toString())));
        lists.add(cli(java, jar, work, "help", List.of("--help")));
        Path app = app(java, jar, work, db);
        if (app != null) {
            lists.add(app);
        }
        int classes = merge(lists, classList);
        System.out.printf(Locale.ROOT, "class-data: %d classes from %d training runs in %.1f s -> %s%n", classes,
                lists.size(), (System.nanoTime() - t0) / 1e9, classList);

        String archive = args.get("--archive");
        if (archive != null) {
            Path jsa = Path.of(archive).toAbsolutePath();
            dump(java, jar, classList, jsa, work);
            String launcher = args.get("--launcher");
            if (launcher != null) {
                writeLauncher(Path.of(launcher), java, jar, jsa);
            }
        }
    }

    /** One command-line training run; its failure fails the build. */
    private static Path cli(Path java, Path jar, Path work, String name, List<String> commandArgs) throws Exception {
        Path list = work.resolve(name + ".classlist");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-XX:DumpLoadedClassList=" + list, "-cp",
                jar.toString(), "io.presskit.Launcher"));
        cmd.addAll(commandArgs);
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("class-data training run '" + String.join(" ", commandArgs)
                    + "' failed; its output: " + Files.readString(work.resolve(name + ".log")));
        }
        return list;
    }

    /**
     * The app on the training library until its release list shows, plus a few seconds for the first
     * preview to render; then it is asked to stop (SIGTERM, so the JVM closes the class list). Returns
     * null, with a note, where no display can be had or the window did not show in time.
     */
    private static Path app(Path java, Path jar, Path work, Path db) throws Exception {
        if (!DisplayedApp.possible()) {
            System.out.println("class-data: no display and no xvfb-run: the app's start is not in the archive");
            return null;
        }
        Path list = work.resolve("app.classlist");
        try (DisplayedApp app = DisplayedApp.start(List.of(java.toString(), "-XX:DumpLoadedClassList=" + list, "-cp",
                jar.toString(), "io.presskit.Launcher"), Map.of("PRESSKIT_DB", db.toString(), "XDG_DATA_HOME",
                work.resolve("data").toString()), work)) {
            if (app.await(DisplayedApp.LIST_SHOWN, 120_000) == null) {
                System.out.println("class-data: the app's window did not show its list in time; left out. Its output:\n"
                        + app.output());
                return null;
            }
            Thread.sleep(5000); // the first preview renders the kit: its classes belong in the archive too
        }
        return list;
    }

    /** The union of the class lists, first-seen order, without comments. */
    private static int merge(List<Path> lists, Path out) throws IOException {
        Set<String> lines = new LinkedHashSet<>();
        for (Path l : lists) {
            for (String line : Files.readAllLines(l, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        return (int) lines.stream().filter(l -> !l.startsWith("@")).count();
    }

    /** The static dump, then a check that a JVM maps it with this jar ({@code -Xshare:on} refuses otherwise). */
    private static void dump(Path java, Path jar, Path classList, Path jsa, Path work) throws Exception {
        Files.deleteIfExists(jsa);
        long t0 = System.nanoTime();
        Path log = work.resolve("dump.log");
        Process p = new ProcessBuilder(java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + jsa, "-cp", jar.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (p.waitFor() != 0 || !Files.exists(jsa)) {
            throw new IllegalStateException("class-data dump failed: " + Files.readString(log));
        }
        Process check = new ProcessBuilder(java.toString(), "-Xshare:on", "-XX:SharedArchiveFile=" + jsa, "-cp",
                jar.toString(), "io.presskit.Launcher", "--help").redirectErrorStream(true)
                .redirectOutput(work.resolve("check.log").toFile()).start();
        if (check.waitFor() != 0) {
            throw new IllegalStateException("the class-data archive does not map: "
                    + Files.readString(work.resolve("check.log")));
        }
        System.out.printf(Locale.ROOT, "class-data: %s, %.0f MB, dumped in %.1f s%n", jsa, Files.size(jsa) / 1e6,
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * target/presskit: the jar with its archive. A runnable jar's manifest cannot carry JVM options, so the
     * archive needs a launcher; it names the JDK that made the archive, since any other JVM build ignores
     * the archive (silently, with -Xshare:auto). The native libraries (SQLite's, JavaFX's) are unpacked
     * beside the jar once, here, as the installer does: otherwise SQLite writes its library to /tmp and
     * compares it byte for byte at every start (about 70 ms of CPU).
     */
    private static void writeLauncher(Path script, Path java, Path jar, Path jsa) throws IOException {
        Path dir = jar.getParent();
        if (!dir.equals(jsa.getParent()) || !dir.equals(script.toAbsolutePath().getParent())) {
            throw new IllegalArgumentException("the launcher, the jar and the archive must share a folder");
        }
        String sqliteLib = InstallerBuild.natives(jar, dir);
        String text = """
                #!/bin/sh
                # Presskit from presskit.jar with the class-data archive and the native libraries beside it (made by
                # `mvn package`; see README, "Fast start"). Same arguments as `java -jar presskit.jar`: none opens
                # the app, a command runs it.
                here=$(cd "$(dirname "$0")" && pwd)
                java=%s
                [ -x "$java" ] || java=java
                exec "$java" %s -jar "$here/%s" "$@"
                """.formatted(java.toAbsolutePath(), String.join(" ", launcherOptions("$here", jsa.getFileName().toString(),
                sqliteLib).stream().map(o -> '"' + o + '"').toList()), jar.getFileName());
        Files.writeString(script, text);
        script.toFile().setExecutable(true, false);
        System.out.println("class-data: launcher " + script);
    }

    /**
     * The JVM options of a launcher whose jar, archive and native libraries are in {@code dir} (a path, or a
     * shell variable such as {@code $here} or jpackage's {@code $APPDIR}): what target/presskit and the
     * installer's launcher use, and what the benchmark runs.
     */
    public static List<String> launcherOptions(String dir, String archive, String sqliteLib) {
        List<String> options = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + dir + "/" + archive));
        options.addAll(JVM_OPTIONS);
        options.add("-Dorg.sqlite.lib.path=" + dir);
        options.add("-Dorg.sqlite.lib.name=" + sqliteLib);
        return options;
    }

    /**
     * The command target/presskit runs, for a JVM option of its own ({@code -Xmx384m}) before the jar: the
     * benchmark's. Null when {@code jar}'s folder has no archive or no SQLite library (a -Dcds.skip build).
     */
    public static List<String> launcherCommand(Path jar, List<String> extraOptions) throws IOException {
        Path dir = jar.toAbsolutePath().getParent();
        if (!Files.exists(dir.resolve("presskit.jsa"))) {
            return null;
        }
        String sqliteLib;
        try (var files = Files.list(dir)) {
            sqliteLib = files.map(f -> f.getFileName().toString()).filter(n -> n.contains("sqlitejdbc")).findFirst()
                    .orElse(null);
        }
        if (sqliteLib == null) {
            return null;
        }
        List<String> cmd = new ArrayList<>(List.of("java"));
        cmd.addAll(launcherOptions(dir.toString(), "presskit.jsa", sqliteLib));
        cmd.addAll(extraOptions);
        cmd.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        return cmd;
    }

    /**
     * The JVM options of every launcher that has the archive (target/presskit and the installer's), besides
     * the archive and the native libraries' folder. -Xshare:auto: a JVM that cannot map the archive (another
     * JDK build, a rebuilt jar) runs without it instead of refusing to start. -XX:TieredStopAtLevel=1: only
     * the quick C1 compiler; a command lasts a second or two, too short for C2's optimised code to pay back
     * its compile time, and C2 compiling beside the work on two cores costs more than it saves (README,
     * "Fast start": the kit's export went from 2.3 s to 1.4 s of CPU).
     */
    public static final List<String> JVM_OPTIONS = List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1");

    public static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    static Map<String, String> options(String[] argv) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            if (!argv[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value pairs, got " + argv[i]);
            }
            m.put(argv[i], argv[i + 1]);
        }
        return m;
    }

    public static void deleteTree(Path p) throws IOException {
        if (Files.exists(p)) {
            try (var walk = Files.walk(p)) {
                for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(x);
                }
            }
        }
    }
}
