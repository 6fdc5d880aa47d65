package io.presskit.document;

import java.util.List;

/**
 * One paragraph of a source document as its reader saw it: its lines (a Word line break or a line of a text
 * file), the paragraph style the reader knows, and where it stood, for the import's notes.
 *
 * @param bold     every run with text is bold (Word); a headline hint
 * @param fontSize the largest explicit font size in points, 0 when the reader does not know
 * @param where    "line 17" / "paragraph 4", as the notes name it
 * @param firstLine the line number of the first line in a text file (lines follow on), 0 where lines have none
 */
public record SourceBlock(List<String> lines, Style style, boolean bold, double fontSize, String where, int firstLine) {

    /** What the source itself says a paragraph is. */
    public enum Style { NORMAL, TITLE, SUBTITLE, HEADING, LIST_ITEM }

    public SourceBlock {
        lines = List.copyOf(lines);
    }

    /** A paragraph of a text file starting at line {@code firstLine} (1-based). */
    public static SourceBlock plain(List<String> lines, int firstLine) {
        return new SourceBlock(lines, Style.NORMAL, false, 0, "line " + firstLine, firstLine);
    }

    /** Where line {@code index} of this block stood. */
    public String where(int index) {
        return firstLine > 0 ? "line " + (firstLine + index) : where;
    }

    /** Lines {@code from} to {@code to} (exclusive) as a block of their own, in the same style. */
    SourceBlock part(int from, int to) {
        return new SourceBlock(lines.subList(from, to), style, bold, fontSize, where(from), firstLine > 0 ? firstLine + from : 0);
    }

    public String text() {
        return String.join("\n", lines);
    }
}
