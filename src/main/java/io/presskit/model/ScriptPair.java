package io.presskit.model;

import java.util.List;

/**
 * A text and its counterpart in the other script (a contact's name, a boilerplate): which one a language
 * version prints. One rule for every such pair, so a kit, the email version and the photo pack agree.
 */
final class ScriptPair {
    private ScriptPair() {
    }

    /**
     * The one of {@code first} and {@code other} (either may be null) in the script of {@code language}; else
     * the one there is, with {@code part} added to {@code fallbacks}; null when both are absent.
     */
    static String pick(String first, String other, ReleaseLanguage language, String part, List<String> fallbacks) {
        if (first == null && other == null) {
            return null;
        }
        boolean chinese = language.isChinese();
        if (first != null && Scripts.isChineseText(first) == chinese) {
            return first;
        }
        if (other != null && Scripts.isChineseText(other) == chinese) {
            return other;
        }
        fallbacks.add(part);
        return first != null ? first : other;
    }
}
