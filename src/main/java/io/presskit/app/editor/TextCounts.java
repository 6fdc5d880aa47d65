package io.presskit.app.editor;

/**
 * Word and character counts as a PR officer expects them: in Chinese every Han character counts as a
 * word (as word processors count CJK), Latin words are runs of letters and digits; characters exclude
 * white space.
 */
public record TextCounts(int words, int characters) {

    public static TextCounts of(CharSequence text) {
        int words = 0;
        int chars = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                inWord = false;
                continue;
            }
            chars++;
            if (isCjk(cp)) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp) || cp == '\'' || cp == '’' || cp == '-') {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else {
                inWord = false; // punctuation separates words and is not one
            }
        }
        return new TextCounts(words, chars);
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }
}
