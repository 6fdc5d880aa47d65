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
}
