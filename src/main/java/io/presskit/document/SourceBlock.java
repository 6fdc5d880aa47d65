package io.presskit.document;

import java.util.List;

/**
 * One paragraph of a source document as its reader saw it: its lines (a Word line break or a line of a text
 * file), the paragraph style the reader knows, and where it stood, for the import's notes.
 *
 * @param bold     every run with text is bold (Word); a headline hint
 * @param fontSize the largest explicit font size in points, 0 when the reader does not know
 * @param where    "line 17" / "paragraph 4", as the notes name it
 */
public record SourceBlock(List<String> lines, Style style, boolean bold, double fontSize, String where) {

    /** What the source itself says a paragraph is. */
    public enum Style { NORMAL, TITLE, SUBTITLE, HEADING, LIST_ITEM }

    public SourceBlock {
        lines = List.copyOf(lines);
    }

    public static SourceBlock plain(List<String> lines, String where) {
        return new SourceBlock(lines, Style.NORMAL, false, 0, where);
    }

    public String text() {
        return String.join("\n", lines);
    }
}
