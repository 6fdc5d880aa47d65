package io.presskit.library;

import io.presskit.image.PreparedImage;
import io.presskit.model.Release;
import io.presskit.model.ReleaseSummary;
import io.presskit.model.WorkflowStatus;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The releases of a library: content, workflow status, version and trash. Every write is one transaction, raises
 * the release's version and leaves a revision in its {@link History}; saves are by the library's
 * {@link LibraryStore#user() user}. Lists select only what a list shows.
 */
public interface Releases {
    /** Stores a new release (status draft, version 1) with its photos' images; returns its id. */
    long insert(Release release, Collection<PreparedImage> images) throws LibraryException;

    /**
     * Replaces the content of release {@code id} if it is still at {@code expectedVersion} (as read with
     * {@link #read}); returns the new version. Refused with a {@link ConflictException} (both texts) when someone
     * saved it in between, and with {@link LibraryException.Kind#LOCKED} when it is approved or issued.
     */
    long save(long id, long expectedVersion, Release release, Collection<PreparedImage> newImages) throws LibraryException;

    /**
     * The "edit anyway" answer for a locked release: saves like {@link #save} and sends the release back to draft
     * in the same step, the note (say why) in the history. Works on a draft too (then it is a plain save).
     */
    long saveBackToDraft(long id, long expectedVersion, Release release, Collection<PreparedImage> newImages, String note)
            throws LibraryException;

    /** The release with its version and status; a damaged row is refused in words. */
    Optional<VersionedRelease> read(long id) throws LibraryException;

    /** The release's content alone. */
    default Optional<Release> release(long id) throws LibraryException {
        return read(id).map(VersionedRelease::release);
    }

    /** The stored version of release {@code id}, cheaply: is the copy an editor holds still the newest? */
    Optional<Long> version(long id) throws LibraryException;

    /** Every release outside the trash, most recently edited first. */
    List<ReleaseSummary> list() throws LibraryException;

    Optional<ReleaseSummary> summary(long id) throws LibraryException;

    /**
     * Releases whose headline or text contains {@code query}, whatever its script and length (one Chinese character
     * is a query), case-insensitive for Latin letters; most recently edited first. The same results on SQLite and
     * PostgreSQL.
     */
    List<ReleaseSummary> search(String query) throws LibraryException;

    /**
     * Moves a release to another workflow status, by {@code by} with an optional note, kept in the history; returns
     * the new version. Approved and issued need a complete release ({@link io.presskit.model.ReleaseRules#validate}):
     * otherwise one sentence names the first problem and nothing changes.
     */
    long setStatus(long id, WorkflowStatus status, String by, String note) throws LibraryException;

    /** Moves a release to the trash: it leaves the list and search, and {@link #restoreFromTrash} brings it back. */
    void moveToTrash(long id) throws LibraryException;

    void restoreFromTrash(long id) throws LibraryException;

    /** The releases in the trash, most recently deleted first. */
    List<ReleaseSummary> trash() throws LibraryException;

    /** Deletes every release in the trash for good, with its history and the photos nothing else uses. */
    void emptyTrash() throws LibraryException;

    /** Deletes a release for good, with its history and the photos nothing else uses. */
    void delete(long id) throws LibraryException;

    /** A copy of a release as a new draft (to start a translation or a follow-up); photos are shared, not copied. */
    long duplicate(long id) throws LibraryException;
}
