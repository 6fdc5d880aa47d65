package io.presskit.library;

import io.presskit.model.Release;
import io.presskit.model.TextDiff;

import java.util.List;

/**
 * Two revisions of a release side by side, for the app's comparison view: both releases whole, and the
 * differences of every field whose text differs, in reading order.
 */
public record RevisionComparison(Revision older, Release olderRelease, Revision newer, Release newerRelease,
                                 List<FieldDiff> fields) {
    /** One field's difference ({@code headline}, {@code body[2]}, {@code photos[0].caption}). */
    public record FieldDiff(String field, TextDiff diff) {
    }

    public RevisionComparison {
        fields = List.copyOf(fields);
    }
}
