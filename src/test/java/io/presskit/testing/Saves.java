package io.presskit.testing;

import io.presskit.image.PreparedImage;
import io.presskit.library.LibraryException;
import io.presskit.library.LibraryStore;
import io.presskit.model.Release;

import java.util.Collection;

/** A save over the release as stored now, for tests whose subject is not the version check. */
public final class Saves {
    private Saves() {
    }

    public static long overLatest(LibraryStore store, long id, Release release, Collection<PreparedImage> images)
            throws LibraryException {
        long version = store.releases().version(id).orElseThrow(() -> new LibraryException("Release " + id + " is not in the library."));
        return store.releases().save(id, version, release, images);
    }
}
