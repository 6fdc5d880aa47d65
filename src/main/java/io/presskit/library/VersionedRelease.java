package io.presskit.library;

import io.presskit.model.Release;

/**
 * A release as stored, with the version it was read at: hand the version back to
 * {@link LibraryStore#saveRelease(long, long, Release, java.util.Collection)} so that the save is refused if
 * someone saved the release in between.
 */
public record VersionedRelease(long id, long version, Release release) {
}
