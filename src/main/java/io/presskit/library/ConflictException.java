package io.presskit.library;

import io.presskit.model.Release;

/**
 * A save refused because someone else saved the release first: both texts travel with the refusal, so that the
 * app can show them side by side and let the user keep theirs, take mine, or merge by hand and save again with
 * {@code theirs.version()}. Nothing was written.
 *
 * @param theirs the release as stored now, with the version to save over once the user has decided
 * @param mine   the release the refused save carried
 */
public final class ConflictException extends LibraryException {
    private final transient VersionedRelease theirs;
    private final transient Release mine;

    ConflictException(long id, long expectedVersion, VersionedRelease theirs, Release mine) {
        super(Kind.CONFLICT, "Someone else saved release " + id + " first (it is at version " + theirs.version()
                + ", this copy was read at version " + expectedVersion + "); this save was not written over their work.",
                null);
        this.theirs = theirs;
        this.mine = mine;
    }

    /** The release as stored now, with its version. */
    public VersionedRelease theirs() {
        return theirs;
    }

    /** The release this save carried. */
    public Release mine() {
        return mine;
    }
}
