package io.presskit.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.prefs.Preferences;

/**
 * The UI's words, in English or Traditional Chinese. The UI language follows the system locale unless
 * the user picked one in preferences; it is independent of each release's own language.
 */
public final class Messages {
    private static final String BUNDLE = "io.presskit.app.messages";
    private static final String PREF_KEY = "uiLanguage";
    /** Supported UI languages, as stored in preferences ("" = follow the system). */
    public static final String SYSTEM = "";
    public static final String ENGLISH = "en";
    public static final String CHINESE = "zh-TW";

    private static volatile ResourceBundle bundle = load(initialLocale());

    private Messages() {
    }

    public static String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), bundle.getLocale()).format(args);
    }

    public static Locale locale() {
        return bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    public static boolean isChinese() {
        return "zh".equals(locale().getLanguage());
    }

    /** Switches the words used from now on (the caller rebuilds its views). */
    public static void use(Locale locale) {
        bundle = load(locale);
    }

    /** The user's choice ("", "en" or "zh-TW"). */
    public static String preference() {
        return prefs().get(PREF_KEY, SYSTEM);
    }

    public static void savePreference(String choice) {
        prefs().put(PREF_KEY, choice);
        use(resolve(choice));
    }

    /** The locale for a choice: "" follows the system. */
    public static Locale resolve(String choice) {
        if (choice == null || choice.isEmpty()) {
            Locale system = Locale.getDefault();
            return "zh".equals(system.getLanguage()) ? Locale.TRADITIONAL_CHINESE : Locale.ENGLISH;
        }
        return CHINESE.equals(choice) ? Locale.TRADITIONAL_CHINESE : Locale.ENGLISH;
    }

    private static Locale initialLocale() {
        String forced = System.getProperty("presskit.ui.language");
        if (forced != null) {
            return resolve(forced);
        }
        try {
            return resolve(preference());
        } catch (RuntimeException e) {
            return resolve(SYSTEM);
        }
    }

    private static ResourceBundle load(Locale locale) {
        // Java 9+ reads property bundles as UTF-8; no fallback to the system locale's bundle.
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Preferences prefs() {
        return Preferences.userRoot().node("io/presskit/app");
    }
}
