package io.presskit.app.team;

import io.presskit.app.settings.Settings;

import java.util.Optional;

/**
 * Preferences › Library in the settings file: which library the app opens (a file, or a team library's
 * {@code postgresql://} URL) and the user's name for saves, status changes and history. A password is never
 * among them: it lives in the session only.
 */
public final class TeamSettings {
    static final String LIBRARY = "library.location";
    static final String USER = "user.name";
    /** The local library file chosen in Preferences, kept while a team library is chosen: the one offered instead. */
    static final String LOCAL_FILE = "library.file";

    private TeamSettings() {
    }

    /** The library chosen in Preferences (a file path or a URL), if one was. */
    public static Optional<String> library(Settings s) {
        return s.get(LIBRARY).filter(v -> !v.isBlank());
    }

    /** Null or blank: the default library file. */
    public static void setLibrary(Settings s, String location) {
        s.put(LIBRARY, location == null || location.isBlank() ? null : location.strip());
    }

    /** The local library file: the one chosen in Preferences, else the default one. */
    public static java.nio.file.Path localFile(Settings s, java.util.Map<String, String> env) {
        return s.get(LOCAL_FILE).filter(v -> !v.isBlank()).map(java.nio.file.Path::of)
                .orElse(io.presskit.service.Libraries.resolve(null, env));
    }

    static void setLocalFile(Settings s, String file) {
        s.put(LOCAL_FILE, file == null || file.isBlank() ? null : file.strip());
    }

    /** The name saves and status changes are recorded under: the one given in Preferences, else the system user. */
    public static String userName(Settings s) {
        return s.get(USER).filter(v -> !v.isBlank()).orElse(systemUser());
    }

    /** Blank goes back to the system user. */
    public static void setUserName(Settings s, String name) {
        s.put(USER, name == null || name.isBlank() ? null : name.strip());
    }

    public static String systemUser() {
        return System.getProperty("user.name", "unknown");
    }
}
