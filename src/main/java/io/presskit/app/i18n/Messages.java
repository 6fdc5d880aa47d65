package io.presskit.app.i18n;

import java.text.MessageFormat;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's words, in English or Traditional Chinese, and the UI locale whose region decides how dates are
 * read and shown (day first in Hong Kong, month first in the United States). The UI language follows the
 * system unless the user picked one in Preferences; it is independent of each release's own language.
 */
public final class Messages {
    private static final String BUNDLE = "io.presskit.app.messages";
    /** The UI languages offered in Preferences ("" follows the system). */
    public static final String SYSTEM = "";
    public static final List<String> CHOICES = List.of("zh-Hant-HK", "en-HK", "en-US");

    private static volatile Locale ui = resolve(System.getProperty("presskit.ui.language", SYSTEM));
    private static volatile ResourceBundle bundle = load(ui);

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
        return new MessageFormat(get(key), ui).format(args);
    }

    /** The UI locale, with its region ({@code zh-Hant-HK}, {@code en-HK}, {@code en-US}). */
    public static Locale locale() {
        return ui;
    }

    public static boolean isChinese() {
        return "zh".equals(ui.getLanguage());
    }

    /** True where dates are written day first (Hong Kong, Britain …); false where month first (United States). */
    public static boolean dayFirst() {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, ui);
        return pattern.indexOf('d') < pattern.indexOf('M');
    }

    /**
     * Switches the words and formats used from now on (the caller rebuilds its views). The default FORMAT
     * locale follows, so that JavaFX's own date picker names months and weekdays in the UI language.
     */
    public static void use(String choice) {
        ui = resolve(choice);
        bundle = load(ui);
        Locale.setDefault(Locale.Category.FORMAT, ui);
    }

    /**
     * The locale for a choice: "" follows the system (Chinese systems get Hong Kong Chinese; English keeps the
     * system's region, Hong Kong when it has none); a tag is taken as it is, a bare "en" or "zh" gets a region.
     */
    public static Locale resolve(String choice) {
        Locale system = Locale.getDefault();
        String tag = choice == null || choice.isBlank() ? system.toLanguageTag() : choice.strip();
        Locale l = Locale.forLanguageTag(tag);
        if ("zh".equals(l.getLanguage())) {
            return Locale.forLanguageTag("zh-Hant-HK");
        }
        String region = !l.getCountry().isEmpty() ? l.getCountry()
                : "en".equals(system.getLanguage()) && !system.getCountry().isEmpty() ? system.getCountry() : "HK";
        return new Locale.Builder().setLanguage("en").setRegion(region).build();
    }

    /** The name of a UI language choice, in that language, for the Preferences list. */
    public static String choiceName(String choice) {
        return switch (choice) {
            case "zh-Hant-HK" -> "繁體中文（香港）";
            case "en-HK" -> "English (Hong Kong)";
            case "en-US" -> "English (United States)";
            default -> get("prefs.system");
        };
    }

    private static ResourceBundle load(Locale locale) {
        // The Chinese words live in messages_zh_TW (traditional characters); the region only changes formats.
        Locale words = "zh".equals(locale.getLanguage()) ? Locale.TRADITIONAL_CHINESE : Locale.ENGLISH;
        // Java 9+ reads property bundles as UTF-8; no fallback to the system locale's bundle.
        return ResourceBundle.getBundle(BUNDLE, words, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
