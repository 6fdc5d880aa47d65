package io.presskit.app.editor;

import java.util.Arrays;
import java.util.List;

/**
 * Paragraphs (or one-per-line items) in a text box: every non-blank line is one, stripped; blank lines only
 * separate. Paragraphs are shown apart by a blank line, as they print and as people type them, so that what
 * was typed comes back the same after reopening.
 */
public final class ParagraphText {
    private ParagraphText() {
    }

    public static List<String> split(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\n", -1)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static String joinParagraphs(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    public static String joinLines(List<String> lines) {
        return String.join("\n", lines);
    }
}
