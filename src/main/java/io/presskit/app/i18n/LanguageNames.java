package io.presskit.app.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Release languages by name instead of code, in the UI language: {@code zh-Hant-HK} shows as
 * 繁體中文（香港） or Traditional Chinese (Hong Kong). Known tags have names written by hand (Java's own Chinese
 * names of scripts and regions read like a form); other tags get Java's name, else stay a code.
 */
public final class LanguageNames {
    /** The release languages offered in pickers, most used first. */
    public static final List<String> OFFERED = List.of("zh-Hant-HK", "en-HK", "zh-Hant-TW", "en-US", "en-GB",
            "zh-Hans-CN");

    private static final Map<String, String[]> NAMES = Map.of(
            "zh-Hant-HK", new String[]{"Traditional Chinese (Hong Kong)", "繁體中文（香港）"},
            "zh-Hant-TW", new String[]{"Traditional Chinese (Taiwan)", "繁體中文（台灣）"},
            "zh-Hans-CN", new String[]{"Simplified Chinese (Mainland China)", "簡體中文（中國內地）"},
            "zh-HK", new String[]{"Chinese (Hong Kong)", "中文（香港）"},
            "en-HK", new String[]{"English (Hong Kong)", "英文（香港）"},
            "en-US", new String[]{"English (United States)", "英文（美國）"},
            "en-GB", new String[]{"English (United Kingdom)", "英文（英國）"},
            "en", new String[]{"English", "英文"},
            "zh", new String[]{"Chinese", "中文"});

    private LanguageNames() {
    }

    /** The name of {@code tag} in the UI language; the tag itself when it names nothing Java knows. */
    public static String of(String tag) {
        if (tag == null || tag.isBlank()) {
            return "";
        }
        String[] known = NAMES.get(tag.strip());
        if (known != null) {
            return known[Messages.isChinese() ? 1 : 0];
        }
        Locale l = Locale.forLanguageTag(tag.strip());
        String name = l.getLanguage().isEmpty() ? "" : l.getDisplayName(Messages.locale());
        return name.isBlank() || name.equalsIgnoreCase(tag) ? tag : name;
    }

    /** The tag a name (as {@link #of} gives it) or a typed tag stands for. */
    public static String tagFor(String nameOrTag) {
        if (nameOrTag == null) {
            return "";
        }
        String s = nameOrTag.strip();
        for (Map.Entry<String, String[]> e : NAMES.entrySet()) {
            if (e.getValue()[0].equalsIgnoreCase(s) || e.getValue()[1].equals(s)) {
                return e.getKey();
            }
        }
        return s;
    }
}
