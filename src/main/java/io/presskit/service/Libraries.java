package io.presskit.service;

import io.presskit.bundle.BundleException;
import io.presskit.bundle.BundleImporter;
import io.presskit.bundle.BundleSource;
import io.presskit.library.LibraryException;
import io.presskit.library.LibraryStore;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the library lives and how a new one starts: with the sample release, from inside the jar. */
public final class Libraries {
    /** The sample bundle, packed into the jar from {@code assets/sample}. */
    public static final String SAMPLE_RESOURCE = "/assets/sample/";

    private Libraries() {
    }

    /**
     * The library path: {@code --db} if given, else {@code PRESSKIT_DB}, else the platform's data folder
     * ({@code $XDG_DATA_HOME/presskit/library.db} or {@code ~/.local/share/presskit/library.db} on Linux,
     * {@code ~/Library/Application Support/Presskit} on macOS, {@code %APPDATA%\Presskit} on Windows).
     */
    public static Path resolve(String dbOption, Map<String, String> env) {
        if (dbOption != null && !dbOption.isBlank()) {
            return Path.of(dbOption);
        }
        String fromEnv = env.get("PRESSKIT_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return defaultPath(env, System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path defaultPath(Map<String, String> env, String osName, String home) {
        return dataFolder(env, osName, home).resolve("library.db");
    }

    /** The user's Presskit data folder: where the default library and the app's settings file live. */
    public static Path dataFolder(Map<String, String> env) {
        return dataFolder(env, System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path dataFolder(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Presskit");
        }
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData == null ? Path.of(home, "AppData", "Roaming") : Path.of(appData)).resolve("Presskit");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(home, ".local", "share");
        return base.resolve("presskit");
    }

    /** Opens the library, seeding a new one with the sample release in the same step. */
    public static LibraryStore open(Path file) throws LibraryException {
        LibraryStore store = LibraryStore.open(file);
        if (store.isNew()) {
            try {
                BundleImporter.ImportedBundle sample = BundleImporter.load(BundleSource.classpath(SAMPLE_RESOURCE));
                store.insertRelease(sample.release(), sample.images());
            } catch (BundleException | LibraryException | RuntimeException e) {
                store.close();
                throw new LibraryException("The new library " + file + " could not be seeded with the sample release: "
                        + e.getMessage(), e);
            }
        }
        return store;
    }
}
