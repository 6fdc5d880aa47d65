package io.presskit.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * {@code mvn -Pinstaller package}: the installer of this platform, with its own trimmed Java runtime.
 *
 * <ol>
 *   <li>Modules: jdeps on the real jar, plus what only reflection and service lookup reach ({@link #ADDED}),
 *       minus what no path of ours runs ({@link #DROPPED}).</li>
 *   <li>jlink: that runtime, debug attributes stripped, English and Chinese locale data only.</li>
 *   <li>The app's input: the shaded jar (JavaFX from Maven on the class path, as in {@code java -jar}) and,
 *       beside it, the JavaFX and SQLite native libraries of this platform, so neither is unpacked into the
 *       user's home or temp folder at each start.</li>
 *   <li>jpackage an app image, and train it: the class list of the class-data archive, recorded by the
 *       image's own runtime (which also proves the trimmed runtime runs the CLI and the app).</li>
 *   <li>jpackage the installer: .deb (its post-install script makes the archive at the installed path),
 *       .msi or .dmg.</li>
 * </ol>
 *
 * <pre>InstallerBuild --jar JAR --version V --out DIR --icons DIR --resources DIR --license FILE</pre>
 */
public final class InstallerBuild {
    /** Reached only by reflection, service lookup or data the code paths name at run time; jdeps cannot see them. */
    static final Map<String, String> ADDED = new LinkedHashMap<>();

    static {
        ADDED.put("jdk.charsets", "Big5 / Big5-HKSCS text and zip entry names");
        ADDED.put("jdk.localedata", "Chinese date and number formats (CLDR data for zh, kept by --include-locales)");
        ADDED.put("jdk.crypto.ec", "elliptic-curve TLS, for a PostgreSQL server later");
        ADDED.put("java.naming", "JDBC DataSource lookups (Flyway, drivers) and LDAP-style names in TLS");
        ADDED.put("jdk.unsupported", "sun.misc.Signal for SIGTERM, Unsafe for libraries");
        ADDED.put("java.management", "the start-up timing of PRESSKIT_TIMING");
        ADDED.put("java.prefs", "the app's settings");
        ADDED.put("java.sql", "JDBC (SQLite)");
        ADDED.put("java.xml", "PDFBox's XMP metadata and ImageIO metadata");
        ADDED.put("java.logging", "java.util.logging, used by Flyway, SQLite and Commons Imaging");
    }

    /** In jdeps' answer, but on no path Presskit runs. */
    static final Map<String, String> DROPPED = Map.of(
            "jdk.javadoc", "ICU4J's documentation tool (com.ibm.icu.dev.tool.docs), never loaded",
            "jdk.jfr", "JavaFX's optional JFR event logger, off unless asked for");

    private static final boolean WINDOWS = os().contains("win");
    private static final boolean MAC = os().contains("mac");

    private InstallerBuild() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = ClassDataArchive.options(argv);
        Path jar = Path.of(args.get("--jar")).toAbsolutePath();
        Path out = Path.of(args.get("--out")).toAbsolutePath();
        Path icons = Path.of(args.get("--icons")).toAbsolutePath();
        Path resources = Path.of(args.get("--resources")).toAbsolutePath();
        Path license = Path.of(args.get("--license")).toAbsolutePath();
        // jpackage wants 1 to 3 numbers: 0.1.0-SNAPSHOT is packaged as 0.1.0.
        String version = args.get("--version").replaceAll("[^0-9.].*$", "");
        ClassDataArchive.deleteTree(out);
        Files.createDirectories(out);
        Path bin = Path.of(System.getProperty("java.home"), "bin");

        TreeSet<String> modules = modules(bin, jar);
        Path runtime = out.resolve("runtime");
        run(out, bin.resolve("jlink").toString(), "--add-modules", String.join(",", modules),
                "--include-locales=en,zh", "--strip-debug", "--no-header-files", "--no-man-pages",
                "--output", runtime.toString());

        Path input = out.resolve("input");
        Files.createDirectories(input);
        Files.copy(jar, input.resolve("presskit.jar"));
        String sqliteLib = natives(jar, input);

        String name = WINDOWS || MAC ? "Presskit" : "presskit";
        Path images = out.resolve("image");
        List<String> common = List.of("--name", name, "--app-version", version, "--vendor", "Presskit",
                "--description", "Press releases in, PDF press kits out",
                "--copyright", "Copyright 2026 the Presskit authors, Apache License 2.0");
        List<String> image = new ArrayList<>(List.of(bin.resolve("jpackage").toString(), "--type", "app-image",
                "--input", input.toString(), "--main-jar", "presskit.jar", "--main-class", "io.presskit.Launcher",
                "--runtime-image", runtime.toString(), "--dest", images.toString(), "--icon", icon(icons, out).toString()));
        image.addAll(common);
        if (WINDOWS) {
            // The main launcher is a GUI program (no console window); presskit-cli.exe is the same app with a
            // console, for the command line.
            Path cli = out.resolve("presskit-cli.properties");
            Files.writeString(cli, "win-console=true\n");
            image.addAll(List.of("--add-launcher", "presskit-cli=" + cli));
        }
        for (String option : javaOptions(sqliteLib)) {
            image.add("--java-options");
            image.add(option);
        }
        run(out, image.toArray(String[]::new));

        Path app = appDir(images, name);
        Path java = javaOf(images, name);
        ClassDataArchive.main(new String[]{"--java", java.toString(), "--jar", app.resolve("presskit.jar").toString(),
                "--classlist", app.resolve("presskit.classlist").toString(), "--work", out.resolve("class-data").toString()});

        List<String> pkg = new ArrayList<>(List.of(bin.resolve("jpackage").toString(), "--app-image",
                images.resolve(MAC ? name + ".app" : name).toString(), "--dest", out.toString(),
                "--license-file", license.toString(),
                "--resource-dir", resources.resolve(WINDOWS ? "windows" : MAC ? "macos" : "linux").toString()));
        pkg.addAll(common);
        if (WINDOWS) {
            // A fixed upgrade code: a newer .msi replaces the installed version instead of installing beside it.
            pkg.addAll(List.of("--type", "msi", "--win-menu", "--win-menu-group", "Presskit", "--win-shortcut",
                    "--win-dir-chooser", "--win-upgrade-uuid", "5b0c7c1e-3f5e-4c9a-9a43-7d0f3c2b6e11"));
        } else if (MAC) {
            pkg.addAll(List.of("--type", "dmg", "--mac-package-identifier", "io.presskit", "--mac-package-name", "Presskit"));
        } else {
            pkg.addAll(List.of("--type", "deb", "--linux-package-name", "presskit", "--linux-menu-group", "Office",
                    "--linux-app-category", "editors", "--linux-shortcut", "--linux-deb-maintainer",
                    "presskit@users.noreply.invalid"));
        }
        run(out, pkg.toArray(String[]::new));
        try (var listing = Files.list(out)) {
            listing.filter(p -> p.toString().matches(".*\\.(deb|msi|dmg)$"))
                    .forEach(p -> System.out.printf(Locale.ROOT, "installer: %s (%.0f MB)%n", p, size(p) / 1e6));
        }
    }

    /** jdeps on the shaded jar (every library in it), plus {@link #ADDED}, minus {@link #DROPPED}. */
    static TreeSet<String> modules(Path bin, Path jar) throws Exception {
        Process p = new ProcessBuilder(bin.resolve("jdeps").toString(), "--ignore-missing-deps", "--multi-release", "17",
                "--print-module-deps", jar.toString()).redirectErrorStream(true).start();
        String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jdeps failed: " + answer);
        }
        String last = answer.lines().reduce((a, b) -> b).orElse("");
        TreeSet<String> modules = new TreeSet<>(Arrays.asList(last.split(",")));
        System.out.println("installer: jdeps finds " + modules);
        modules.removeAll(DROPPED.keySet());
        modules.addAll(ADDED.keySet());
        System.out.println("installer: runtime modules " + modules);
        return modules;
    }

    /**
     * The JavaFX libraries (at the root of the shaded jar, found there by JavaFX beside its jar before it
     * would unpack them into ~/.openjfx) and SQLite's for this platform (named by
     * -Dorg.sqlite.lib.path/-name); returns the SQLite library's file name.
     */
    static String natives(Path jar, Path input) throws IOException {
        String sqliteDir = "org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/";
        String sqliteLib = null;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                String n = e.getName();
                boolean fx = !n.contains("/") && n.matches(".*\\.(so|dll|dylib)$");
                boolean sqlite = n.startsWith(sqliteDir) && n.indexOf('/', sqliteDir.length()) < 0 && !e.isDirectory();
                if (fx || sqlite) {
                    String file = n.substring(n.lastIndexOf('/') + 1);
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, input.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (sqlite) {
                        sqliteLib = file;
                    }
                }
            }
        }
        if (sqliteLib == null) {
            throw new IllegalStateException("no SQLite native library for this platform in " + jar + " under " + sqliteDir);
        }
        return sqliteLib;
    }

    /** The launcher's JVM options; $APPDIR is the folder of the jar, wherever the app is installed. */
    static List<String> javaOptions(String sqliteLib) {
        return ClassDataArchive.launcherOptions("$APPDIR", "presskit.jsa", sqliteLib);
    }

    /** PNG on Linux, ICO on Windows, ICNS (made with iconutil from the PNGs) on macOS. */
    private static Path icon(Path icons, Path out) throws Exception {
        if (WINDOWS) {
            return icons.resolve("presskit.ico");
        }
        if (!MAC) {
            return icons.resolve("presskit-256.png");
        }
        Path set = out.resolve("presskit.iconset");
        Files.createDirectories(set);
        for (int size : new int[]{16, 32, 128, 256}) {
            Files.copy(icons.resolve("presskit-" + size + ".png"), set.resolve("icon_" + size + "x" + size + ".png"));
            Files.copy(icons.resolve("presskit-" + size * 2 + ".png"), set.resolve("icon_" + size + "x" + size + "@2x.png"));
        }
        Path icns = out.resolve("presskit.icns");
        run(out, "iconutil", "-c", "icns", "-o", icns.toString(), set.toString());
        return icns;
    }

    private static Path appDir(Path images, String name) {
        if (WINDOWS) {
            return images.resolve(name).resolve("app");
        }
        return MAC ? images.resolve(name + ".app/Contents/app") : images.resolve(name).resolve("lib/app");
    }

    private static Path javaOf(Path images, String name) {
        if (WINDOWS) {
            return images.resolve(name).resolve("runtime/bin/java.exe");
        }
        return MAC ? images.resolve(name + ".app/Contents/runtime/Contents/Home/bin/java")
                : images.resolve(name).resolve("lib/runtime/bin/java");
    }

    private static void run(Path dir, String... command) throws Exception {
        System.out.println("installer: " + String.join(" ", command));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command[0] + " failed (exit " + p.exitValue() + ")");
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String os() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    }
}
