package io.presskit.app.settings;

import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The UI language the first Presskit kept in java.util.prefs ("" system, "en", "zh-TW"). Read once, when the
 * settings file does not exist yet, and carried over into it; never written.
 */
final class LegacyPreferences {
    private LegacyPreferences() {
    }

    static Optional<String> uiLanguage() {
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
