package io.presskit.kit.document;

import java.util.List;

/**
 * A block of a section, in reading order: what it means (a headline, a paragraph, a list item, a figure
 * with its caption, a heading, a contact), never where it goes. {@code field} names the release field a
 * block comes from, for warnings ("photos[2].caption: …").
 */
public sealed interface Block {

    /** A block of running text: what the layout breaks into lines and the painter tags as one element. */
    sealed interface Text extends Block {
        List<Inline> text();

        /** The block's language, when it differs from its section's; else null. */
        String language();

        String field();
    }

    /** The letterhead: the issuer's logo (or null) and name (or null). */
    record Letterhead(KitImage logo, String logoAlt, Paragraph issuer) implements Block {
    }

    /** A paragraph; its kind says how it looks. */
    record Paragraph(Kind kind, List<Inline> text, String language, String field) implements Text {
        public enum Kind { ISSUER, LABEL, STATUS, SUBHEADLINE, BODY, END_MARK, BOILERPLATE, CAPTION, CONTACT }

        public Paragraph {
            text = List.copyOf(text);
        }
    }

    /** The headline (H1); {@code lines} are the deliberate lines the writer broke it into. */
    record Headline(List<String> lines, String language, String field) implements Text {
        public Headline {
            lines = List.copyOf(lines);
        }

        @Override
        public List<Inline> text() {
            return List.of(Inline.plain(String.join("\n", lines)));
        }
    }

    /** A section heading (H2): Photos, About …, the contacts heading. */
    record Heading(String title, String language, String field) implements Text {
        @Override
        public List<Inline> text() {
            return List.of(Inline.plain(title));
        }
    }

    /** A bulleted list (the highlights). */
    record BulletList(List<ListItem> items) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }
    }

    /** One item of a list: its label (•) and its text. */
    record ListItem(String label, List<Inline> text, String language, String field) implements Text {
        public ListItem {
            text = List.copyOf(text);
        }
    }

    /**
     * A photo with its caption. {@code alt} is what a screen reader says instead of the picture: the
     * photo's alt text, else its caption, else its number.
     */
    record Figure(int number, KitImage image, String alt, Paragraph caption, String field) implements Block {
    }

    /** One media contact: organisation, name, phones, emails, a paragraph each. */
    record Contact(List<Paragraph> lines, String field) implements Block {
        public Contact {
            lines = List.copyOf(lines);
        }
    }

    /** A decorative rule (the line under the letterhead): page furniture, never read out. */
    record Rule() implements Block {
    }

    /** What follows starts on a new page (the photos). */
    record PageBreak() implements Block {
    }

    /** A bookmark to this point in the document. */
    record Bookmark(String title) implements Block {
    }

    /** The release text ends here: pages before carry the "more" marker when the text goes on. */
    record EndOfRelease() implements Block {
    }
}
