package io.presskit.document;

import java.util.List;

/** What a reader made of a file: its paragraphs and embedded images in order, and notes on how it read it. */
public record SourceDocument(String fileName, List<SourceBlock> blocks, List<SourceImage> images, List<String> notes) {
    public SourceDocument {
        blocks = List.copyOf(blocks);
        images = List.copyOf(images);
        notes = List.copyOf(notes);
    }
}
