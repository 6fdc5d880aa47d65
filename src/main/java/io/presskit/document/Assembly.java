package io.presskit.document;

import io.presskit.image.PreparedImage;
import io.presskit.model.Release;

import java.util.List;

/**
 * A release assembled from recognised pieces, ready to store (a draft: it need not be complete), its photos'
 * images in print order, and what the import could not place or had to guess, one sentence each.
 */
public record Assembly(Release release, List<PreparedImage> images, List<String> notes) {
    public Assembly {
        images = List.copyOf(images);
        notes = List.copyOf(notes);
    }
}
