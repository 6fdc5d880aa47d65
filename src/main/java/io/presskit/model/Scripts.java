package io.presskit.model;

/**
 * Which script a character belongs to, as far as release text cares: CJK text is set and joined without
 * spaces between characters, Latin text with them.
 */
public final class Scripts {
    private Scripts() {
    }

    /** Han, kana, Bopomofo, Hangul, and the CJK and full-width punctuation that goes with them. */
    public static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.BOPOMOFO
                || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL) {
            return true;
        }
        return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0x2E80 && cp <= 0x2FDF);
    }

    /** True for a Han character (not punctuation). */
    public static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** The share of letters in {@code text} that are Han characters (0 for text without letters). */
    public static double hanShare(CharSequence text) {
        int han = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (isHan(cp)) {
                    han++;
                }
            }
        }
        return letters == 0 ? 0 : (double) han / letters;
    }

    /**
     * Whether a text is Chinese rather than in a Latin script, as far as choosing between a name and its
     * counterpart in the other script goes: at least {@value #CHINESE_SHARE} of its letters are Han. A Chinese
     * text keeps English words and names (InnoHK, AIR@InnoHK) and an English one may quote a Chinese name, so
     * neither a single Han character nor a single Latin word decides.
     */
    public static boolean isChineseText(String text) {
        return text != null && hanShare(text) >= CHINESE_SHARE;
    }

    static final double CHINESE_SHARE = 0.3;

    /**
     * Which language a piece of text is in when it is not the release's: an English caption in a Chinese kit,
     * a Chinese name in an English one. Decided by script alone, which is all a release tells: text with no Han
     * character but Latin letters in a Chinese release is English; text with Han characters in a release in
     * another language is Chinese (Traditional, as this kit's Chinese releases are). Null when it is the release's.
     */
    public static String otherLanguage(String text, String releaseLanguage) {
        if (text == null || text.isBlank()) {
            return null;
        }
        boolean han = false;
        boolean latin = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            han |= s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.BOPOMOFO;
            latin |= s == Character.UnicodeScript.LATIN;
            i += Character.charCount(cp);
        }
        if (isChineseTag(releaseLanguage)) {
            return !han && latin ? "en" : null;
        }
        return han ? "zh-Hant" : null;
    }

    /** Whether a language tag is Chinese (zh, zh-Hant-HK …): set as Chinese, justified, with CJK punctuation. */
    public static boolean isChineseTag(String tag) {
        return tag != null && (tag.equals("zh") || tag.startsWith("zh-"));
    }
}
