package io.presskit.kit.document;

import io.presskit.model.ReleaseWording;

import java.util.List;

/**
 * What a kit says, before anything is placed: a sequence of sections, each a language version of a release
 * set in its own language with its own words, made of semantic blocks in reading order. Today a kit has one
 * section; a bilingual kit will be several sections one after another, each with its bookmark and language.
 *
 * @param title    the document title viewers show (the headline on one line)
 * @param author   the issuer, or null
 * @param language the document's language (BCP 47): the first section's
 */
public record KitDocument(String title, String author, String language, List<Section> sections) {
    public KitDocument {
        sections = List.copyOf(sections);
    }

    /**
     * One language version: its words (footer, "more", labels), its slug line (the short headline printed
     * from a section's second page on) and its blocks.
     */
    public record Section(String language, ReleaseWording words, String slug, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }
}
