package io.presskit.document;

import io.presskit.model.Scripts;

/** Small measures of release text that the recogniser's rules are written in. */
final class DocText {
    private DocText() {
    }

    /** Display columns: a CJK character takes two, anything else one. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += Scripts.isCjk(cp) ? 2 : 1;
        }
        return w;
    }

    /** Ends with sentence-final punctuation (a closing quote or bracket after it counts as the end too). */
    static boolean endsSentence(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "」』”’\"')）]】》".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty()) {
            return true;
        }
        return "。！？.!?；;：:…".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /**
     * Joins two parts of a paragraph that a line or page break separated: CJK text runs on without a space,
     * Latin text takes one; a Han character next to a Latin letter or digit takes one too, as Hong Kong
     * releases write "逾 800 名" and "InnoHK 創新". A line ending in a hyphen keeps it and runs on.
     */
    static String join(String a, String b) {
        return a + joiner(a, b) + b;
    }

    static String joiner(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return "";
        }
        int last = a.codePointBefore(a.length());
        int first = b.codePointAt(0);
        if (last == '-' && a.length() > 1 && Character.isLetter(a.codePointBefore(a.length() - 1))) {
            return "";
        }
        boolean lastCjk = Scripts.isCjk(last);
        boolean firstCjk = Scripts.isCjk(first);
        if (!lastCjk && !firstCjk) {
            return " ";
        }
        if (Scripts.isHan(last) && isLatinOrDigit(first) || isLatinOrDigit(last) && Scripts.isHan(first)) {
            return " ";
        }
        return "";
    }

    private static boolean isLatinOrDigit(int cp) {
        return cp < 0x250 && Character.isLetterOrDigit(cp);
    }

    static boolean startsLowercase(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }
}
