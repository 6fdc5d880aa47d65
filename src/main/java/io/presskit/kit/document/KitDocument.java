package io.presskit.kit.document;

import io.presskit.model.ReleaseWording;

import java.util.List;

/**
 * What a kit says, before anything is placed: a sequence of sections, each a language version of a release
 * set in its own language with its own words, made of semantic blocks in reading order. A kit of one release
 * has one section; a bilingual kit has one a version, one after another, each with its bookmark and language.
 *
 * @param title     the document title viewers show (the first version's headline on one line)
 * @param author    the issuer, or null
 * @param language  the document's language (BCP 47): the first section's
 * @param numbering whether "Page X of Y" counts the whole document or each section on its own
 * @param warnings  what making the document noticed (a contact printed in the other script …), one sentence each
 */
public record KitDocument(String title, String author, String language, List<Section> sections, PageNumbering numbering,
                          List<String> warnings) {
    public KitDocument {
        sections = List.copyOf(sections);
        numbering = numbering == null ? PageNumbering.DOCUMENT : numbering;
        warnings = List.copyOf(warnings);
    }

    public KitDocument(String title, String author, String language, List<Section> sections) {
        this(title, author, language, sections, PageNumbering.DOCUMENT, List.of());
    }

    /** How the footer counts pages in a kit of several language versions. */
    public enum PageNumbering {
        /** "Page 9 of 16" over the whole kit, one count from the first version's first page to the last one's last. */
        DOCUMENT,
        /** Each version counted on its own ("Page 1 of 8" at the head of each), as if each were printed alone. */
        VERSION;

        /** The command line's and the settings' word: {@code document} or {@code version}. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static java.util.Optional<PageNumbering> fromKey(String key) {
            for (PageNumbering n : values()) {
                if (n.key().equals(key)) {
                    return java.util.Optional.of(n);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /**
     * One language version: its words (footer, "more", labels), its slug line (the short headline printed
     * from a section's second page on), its blocks, its name (繁體中文, English: the bookmark above its own
     * bookmarks in a kit of several versions) and its title (its headline on one line).
     */
    public record Section(String language, ReleaseWording words, String slug, List<Block> blocks, String name, String title) {
        public Section {
            blocks = List.copyOf(blocks);
        }

        public Section(String language, ReleaseWording words, String slug, List<Block> blocks) {
            this(language, words, slug, blocks, words.languageName(), slug);
        }
    }
}
