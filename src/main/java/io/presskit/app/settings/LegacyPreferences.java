package io.presskit.app.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The UI language the first Presskit kept in java.util.prefs ("" system, "en", "zh-TW"). Read once, when the
 * settings file does not exist yet, and carried over into it; never written. Where java.util.prefs keeps its
 * nodes in files (Linux and other Unixes: {@code ~/.java/.userPrefs}), the files are looked for first: merely
 * asking the API makes that folder and its lock files in a home that never had the first Presskit.
 */
final class LegacyPreferences {
    private LegacyPreferences() {
    }

    static Optional<String> uiLanguage() {
        String os = System.getProperty("os.name", "");
        if (!os.startsWith("Windows") && !os.startsWith("Mac")) {
            Path root = Path.of(System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home", ".")),
                    ".java", ".userPrefs");
            if (!Files.isDirectory(root.resolve("io/presskit/app"))) {
                return Optional.empty();
            }
        }
        try {
            Preferences node = Preferences.userRoot();
            if (!node.nodeExists("io/presskit/app")) {
                return Optional.empty();
            }
            String old = node.node("io/presskit/app").get("uiLanguage", null);
            if (old == null || old.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(old.startsWith("zh") ? "zh-Hant-HK" : "en-HK");
        } catch (Exception e) {
            return Optional.empty(); // no preferences store here: nothing to carry over
        }
    }
}
