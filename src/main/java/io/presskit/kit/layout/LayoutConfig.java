package io.presskit.kit.layout;

import io.presskit.kit.document.Block.Paragraph.Kind;
import io.presskit.kit.document.Inline.Emphasis;
import io.presskit.kit.document.Inline.Tone;

import java.awt.Color;

/**
 * Everything the paginator needs to know about the page and the type, in PDF points (1/72 inch). One
 * value a field; the styles of the blocks are derived from these in {@link #style}.
 *
 * @param pageWidth          paper width
 * @param pageHeight         paper height
 * @param marginX            left and right margin: the text column is {@code pageWidth - 2 * marginX}
 * @param marginTop          from the paper's top to the top of the text area (the slug sits above it)
 * @param marginBottom       from the paper's bottom to the bottom of the text area ("more" and the footer below)
 * @param bodySize           type size of body text, highlights and the end mark
 * @param smallSize          type size of captions, boilerplate and contacts
 * @param chineseLeading     line height of Chinese running text, as a multiple of the size: clreq asks
 *                           for a line gap of 50–100 % of the size
 * @param latinLeading       line height of Latin running text
 * @param maxSpacing         the most a justified Chinese line adds after one glyph, as a share of the size:
 *                           more would read as a space to a reader and to text extraction
 * @param photoHeightShare   the most of the text area's height a photo takes, so that two landscape
 *                           photos and their captions share a page
 * @param photoShrinkToFit   the smallest scale a photo takes to finish a page rather than leave a gap
 * @param minPpi             pixels per inch a printed photo needs; a photo never prints larger than that
 *                           allows (a 320-px image at most 5.4 cm wide), and one that cannot fill its
 *                           place at that resolution gets a warning
 * @param logoHeight         the height of the letterhead logo's box
 * @param logoPpi            pixels per inch a logo (line art) needs: it never prints larger than that allows
 * @param slugRise           how far above the text area the slug's baseline sits
 * @param footerBaseline     the footer's baseline, from the paper's bottom
 * @param moreBaseline       the "more" marker's baseline, from the paper's bottom
 * @param ink                text colour
 * @param muted              secondary text (sub-headline, credits, furniture)
 * @param accent             the house colour (issuer, headings, links)
 * @param alert              the embargo line
 * @param rule               hairlines (under the slug)
 */
public record LayoutConfig(float pageWidth, float pageHeight, float marginX, float marginTop, float marginBottom,
                           float bodySize, float smallSize, float chineseLeading, float latinLeading, float maxSpacing,
                           float photoHeightShare, float photoShrinkToFit, double minPpi, float logoHeight,
                           double logoPpi, float slugRise, float footerBaseline, float moreBaseline,
                           Color ink, Color muted, Color accent, Color alert, Color rule) {

    /** The house style on the given paper. */
    public static LayoutConfig standard(float pageWidth, float pageHeight) {
        return new LayoutConfig(pageWidth, pageHeight, 64, 62, 72, 10.5f, 9.5f, 1.75f, 1.5f, 0.15f, 0.42f, 0.8f,
                150, 40, 300, 22, 34, 52, new Color(0x1A1A1A), new Color(0x5F6368), new Color(0x1F4E79),
                new Color(0xB3261E), new Color(0xC9D3DE));
    }

    public float columnWidth() {
        return pageWidth - 2 * marginX;
    }

    public float top() {
        return pageHeight - marginTop;
    }

    public float bottom() {
        return marginBottom;
    }

    public Color color(Tone tone) {
        return switch (tone) {
            case INK -> ink;
            case MUTED -> muted;
            case ACCENT -> accent;
            case ALERT -> alert;
        };
    }

    public enum Align { LEFT, CENTER, JUSTIFY }

    /**
     * How a block looks.
     *
     * @param leading       line height as a multiple of the size
     * @param before        space above, dropped at the top of a page
     * @param after         space below
     * @param keepWithNext  never the last thing on a page (labels, headings, the headline)
     * @param indent        left indent (list items: the bullet hangs in it)
     * @param balanced      lines as even as possible (centred display lines)
     */
    public record BlockStyle(Emphasis emphasis, float size, Tone tone, float leading, float before, float after,
                             Align align, boolean keepWithNext, float indent, boolean balanced) {
    }

    /** The style of a paragraph of the given kind, set as Chinese or as Latin text. */
    public BlockStyle style(Kind kind, boolean chinese) {
        float running = chinese ? chineseLeading : latinLeading;
        Align text = chinese ? Align.JUSTIFY : Align.LEFT; // Latin text is set ragged: no rivers, no hyphens
        return switch (kind) {
            case ISSUER -> new BlockStyle(Emphasis.BOLD, 12.5f, Tone.ACCENT, 1.3f, 0, 4, Align.LEFT, true, 0, false);
            case LABEL -> new BlockStyle(Emphasis.BOLD, 20, Tone.INK, 1.25f, 0, 2, Align.LEFT, true, 0, false);
            case STATUS -> new BlockStyle(Emphasis.BOLD, 9.5f, Tone.ACCENT, 1.4f, 0, 20, Align.LEFT, true, 0, false);
            // Chinese is set lighter than Latin (an upright Latin italic has no Chinese counterpart).
            case SUBHEADLINE -> new BlockStyle(chinese ? Emphasis.REGULAR : Emphasis.ITALIC, 12, Tone.MUTED, 1.45f, 0, 16,
                    Align.CENTER, true, 0, true);
            case BODY -> new BlockStyle(Emphasis.REGULAR, bodySize, Tone.INK, running, 0, chinese ? 9 : 8, text, false, 0, false);
            case END_MARK -> new BlockStyle(Emphasis.BOLD, bodySize, Tone.INK, 1.5f, 6, 0, Align.CENTER, false, 0, false);
            case BOILERPLATE -> new BlockStyle(Emphasis.REGULAR, smallSize, Tone.INK, chinese ? 1.7f : 1.45f, 0, 7, text,
                    false, 0, false);
            case CAPTION -> new BlockStyle(Emphasis.REGULAR, smallSize, Tone.INK, 1.55f, 6, 20, text, false, 0, false);
            case CONTACT -> new BlockStyle(Emphasis.REGULAR, smallSize, Tone.INK, 1.5f, 0, 0, Align.LEFT, true, 0, false);
        };
    }

    /** The headline: bold, centred, balanced; Chinese a little smaller (its characters are square and dense). */
    public BlockStyle headline(boolean chinese) {
        return new BlockStyle(Emphasis.BOLD, chinese ? 17 : 19, Tone.INK, 1.35f, 0, 8, Align.CENTER, true, 0, true);
    }

    /** A list item (the highlights): body text with a hanging bullet. */
    public BlockStyle listItem(boolean chinese) {
        return new BlockStyle(Emphasis.REGULAR, bodySize, Tone.INK, chinese ? chineseLeading : latinLeading, 0, 4,
                chinese ? Align.JUSTIFY : Align.LEFT, false, 14, false);
    }

    /** The space after the last item of a list. */
    public float listAfter() {
        return 14;
    }

    /** A heading (Photos, About …, the contacts heading); {@code before} when it follows other content. */
    public BlockStyle heading() {
        return new BlockStyle(Emphasis.BOLD, 12.5f, Tone.ACCENT, 1.4f, 18, 8, Align.LEFT, true, 0, false);
    }

    /** The space after a contact. */
    public float contactAfter() {
        return 12;
    }

    /** The rule under the letterhead: its thickness and the space below it. */
    public float letterheadRule() {
        return 1.2f;
    }

    public float letterheadRuleAfter() {
        return 14;
    }
}
