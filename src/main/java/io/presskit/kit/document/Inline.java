package io.presskit.kit.document;

/**
 * A run of text inside a block with one look and meaning: its emphasis and tone (null: the block's), its
 * language when it differs from the block's (an English credit in a Chinese caption), the link it opens,
 * and whether it is a label kept tight (never spaced out to justify a line: 圖三：, Tel:).
 */
public record Inline(String text, Emphasis emphasis, Tone tone, String language, Link link, boolean tight) {

    public enum Emphasis { REGULAR, BOLD, ITALIC }

    /** The colour role; the layout's configuration says which colour each is. */
    public enum Tone { INK, MUTED, ACCENT, ALERT }

    /** A link: where it goes, and what a screen reader says of it. */
    public record Link(String uri, String description) {
    }

    /** Text as its block sets it. */
    public static Inline plain(String text) {
        return new Inline(text, null, null, null, null, false);
    }

    public Inline withEmphasis(Emphasis e) {
        return new Inline(text, e, tone, language, link, tight);
    }

    public Inline withTone(Tone t) {
        return new Inline(text, emphasis, t, language, link, tight);
    }

    public Inline withLanguage(String tag) {
        return new Inline(text, emphasis, tone, tag, link, tight);
    }

    public Inline tightened() {
        return new Inline(text, emphasis, tone, language, link, true);
    }
}
