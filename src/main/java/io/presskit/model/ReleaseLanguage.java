package io.presskit.model;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/**
 * The release language (a BCP 47 tag) and the printed words it picks: label, status line words,
 * photo numbering, contacts heading. Independent of the UI language.
 */
public final class ReleaseLanguage {
    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private static final java.util.Set<String> ISO_LANGUAGES = java.util.Set.of(Locale.getISOLanguages());

    private final String tag;
    private final Locale locale;

    private ReleaseLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** Parses a well-formed BCP 47 tag, or empty when it is not one. */
    public static Optional<ReleaseLanguage> parse(String tag) {
        if (tag == null || tag.isBlank() || !tag.equals(tag.strip())) {
            return Optional.empty();
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            // Well-formed is not enough: "english" is syntactically a (reserved) language subtag. Require an
            // ISO 639 code: a known two-letter one, or a three-letter one.
            String language = locale.getLanguage();
            if (language.length() == 2 ? !ISO_LANGUAGES.contains(language) : language.length() != 3) {
                return Optional.empty();
            }
            return Optional.of(new ReleaseLanguage(tag, locale));
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /** For a tag already validated; falls back to English for anything unparseable. */
    public static ReleaseLanguage of(String tag) {
        return parse(tag).orElseGet(() -> new ReleaseLanguage("en", Locale.ENGLISH));
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isChinese() {
        return locale.getLanguage().equals("zh");
    }

    /**
     * Whether the release is in simplified Chinese: {@code zh-Hans}, or a region that writes it ({@code zh-CN},
     * {@code zh-SG}) without a script of its own.
     */
    public boolean isSimplifiedChinese() {
        if (!isChinese()) {
            return false;
        }
        String script = locale.getScript();
        return script.equals("Hans") || script.isEmpty() && (locale.getCountry().equals("CN") || locale.getCountry().equals("SG"));
    }

    public String defaultLabel() {
        return isSimplifiedChinese() ? "新闻稿" : isChinese() ? "新聞稿" : "Press Release";
    }

    public String defaultContactsHeading() {
        return isSimplifiedChinese() ? "媒体查询，请联络：" : isChinese() ? "傳媒查詢，請聯絡：" : "Media contacts";
    }

    /** Whether two tags name the same language version, region aside where one has none: {@code en} matches {@code en-HK}. */
    public boolean matches(String wanted) {
        Optional<ReleaseLanguage> w = parse(wanted);
        if (w.isEmpty() || !w.get().locale.getLanguage().equals(locale.getLanguage())) {
            return false;
        }
        Locale l = w.get().locale;
        return (l.getScript().isEmpty() || l.getScript().equals(locale.getScript()))
                && (l.getCountry().isEmpty() || l.getCountry().equals(locale.getCountry()));
    }

    public static String defaultEndMark() {
        return "###";
    }

    /** The number a photo prints with: 圖一 / Photo 1 (1-based). */
    public String photoNumber(int n) {
        return isSimplifiedChinese() ? "图" + chineseNumeral(n) : isChinese() ? "圖" + chineseNumeral(n) : "Photo " + n;
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (up to 9999). */
    public static String chineseNumeral(int n) {
        if (n <= 0 || n > 9999) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        if (n < 20) {
            return "十" + DIGITS[n % 10];
        }
        if (n < 100) {
            return DIGITS[n / 10] + "十" + DIGITS[n % 10];
        }
        if (n < 1000) {
            int rest = n % 100;
            return DIGITS[n / 100] + "百" + (rest == 0 ? "" : rest < 10 ? "零" + DIGITS[rest]
                    : rest < 20 ? "一" + chineseNumeral(rest) : chineseNumeral(rest));
        }
        int rest = n % 1000;
        return DIGITS[n / 1000] + "千" + (rest == 0 ? "" : rest < 100 ? "零" + (rest < 20 && rest >= 10 ? "一" : "")
                + chineseNumeral(rest) : chineseNumeral(rest));
    }

    @Override
    public String toString() {
        return tag;
    }
}
