package io.presskit.service;

import io.presskit.bundle.BundleException;
import io.presskit.bundle.BundleImporter;
import io.presskit.bundle.BundleSource;
import io.presskit.library.LibraryException;
import io.presskit.library.LibraryLocation;
import io.presskit.library.LibraryStore;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * Where the library lives and how a new one starts: with the sample release, from inside the jar. A library is a
 * file or, for a team, a database on a PostgreSQL server ({@code postgresql://HOST[:PORT]/DB?user=NAME}).
 */
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

    /**
     * Where the library is: {@code --db} if given, else {@code PRESSKIT_DB}, else the default file; either may be a
     * file or a {@code postgresql://} URL. A URL that cannot be used is one sentence.
     */
    public static LibraryLocation location(String dbOption, Map<String, String> env) throws LibraryException {
        String given = dbOption != null && !dbOption.isBlank() ? dbOption : env.get("PRESSKIT_DB");
        if (given != null && !given.isBlank()) {
            return LibraryLocation.parse(given);
        }
        return new LibraryLocation.File(resolve(null, env));
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

    /** The sample release, as a new library's first content. */
    public static final LibraryStore.Seed SAMPLE_SEED = library -> {
        try {
            BundleImporter.ImportedBundle sample = BundleImporter.load(BundleSource.classpath(SAMPLE_RESOURCE));
            library.releases().insert(sample.release(), sample.images());
        } catch (BundleException e) {
            throw new LibraryException("The new library " + library.location().shown()
                    + " could not be seeded with the sample release: " + e.getMessage(), e);
        }
    };

    /** Opens the library file; a new one is created with the sample release in the same step (or not at all). */
    public static LibraryStore open(Path file) throws LibraryException {
        return LibraryStore.open(file, Clock.systemUTC(), SAMPLE_SEED);
    }

    /**
     * Opens the library the command line or the app was given ({@code --db}, {@code PRESSKIT_DB}, or the default
     * file); a team library's password comes from {@code PGPASSWORD} or {@code ~/.pgpass}.
     */
    public static LibraryStore open(String dbOption, Map<String, String> env) throws LibraryException {
        return open(location(dbOption, env), null, env);
    }

    /**
     * Opens the library at {@code location}; {@code password} is what the user typed when the server asked for one
     * (the app keeps it for the session only), or null to look in {@code PGPASSWORD} and {@code ~/.pgpass}. A server
     * that cannot be reached, a refused password and a missing database are each one sentence, of a kind
     * ({@code SERVER_UNAVAILABLE}, {@code PASSWORD}) the app can answer: ask for the password, or offer the local
     * library.
     */
    public static LibraryStore open(LibraryLocation location, char[] password, Map<String, String> env)
            throws LibraryException {
        return LibraryStore.open(location, Clock.systemUTC(), SAMPLE_SEED, password, env);
    }
}
