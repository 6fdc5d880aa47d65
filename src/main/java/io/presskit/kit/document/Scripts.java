package io.presskit.kit.document;

/**
 * Which language a piece of text is in when it is not the release's: an English caption in a Chinese kit,
 * a Chinese name in an English one. Decided by script alone, which is all a release tells: text with no Han
 * character but Latin letters in a Chinese release is English; text with Han characters in a release in
 * another language is Chinese (Traditional, as this kit's Chinese releases are).
 */
public final class Scripts {
    private Scripts() {
    }

    /** The language tag of {@code text} when it differs from {@code releaseLanguage}'s; else null. */
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
        if (isChinese(releaseLanguage)) {
            return !han && latin ? "en" : null;
        }
        return han ? "zh-Hant" : null;
    }

    /** Whether a language tag is Chinese (zh, zh-Hant-HK …): set as Chinese, justified, with CJK punctuation. */
    public static boolean isChinese(String tag) {
        return tag != null && (tag.equals("zh") || tag.startsWith("zh-"));
    }
}
