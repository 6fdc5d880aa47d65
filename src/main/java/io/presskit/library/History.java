package io.presskit.library;

import io.presskit.model.Release;

import java.util.List;

/**
 * The revisions of a release. Each editing session becomes one revision: consecutive saves by the same person
 * with less than {@link #SESSION_GAP} between them and nothing else in between amend the open revision; a status
 * change, a restore, an import, a save by someone else or a longer pause starts a new one. Revisions keep their
 * numbers for good; older edit revisions are thinned (see {@link HistoryRules}) so that a release edited for years
 * keeps a bounded history, while status changes, restores and the first revision are always kept.
 */
public interface History {
    /** The pause after which a person's next save starts a new revision. */
    java.time.Duration SESSION_GAP = java.time.Duration.ofMinutes(10);

    /** The revisions of release {@code id}, oldest first. */
    List<Revision> revisions(long releaseId) throws LibraryException;

    /** The release as it was at revision {@code number}. */
    Release release(long releaseId, int number) throws LibraryException;

    /**
     * Makes revision {@code number}'s content the release's current content, as a new revision (nothing is lost:
     * the content it replaces stays in the history); checked against {@code expectedVersion} like any save, and
     * refused on a locked release. Returns the new version.
     */
    long restore(long releaseId, int number, long expectedVersion) throws LibraryException;

    /** Two revisions side by side with the differences of their text, for a comparison view. */
    RevisionComparison compare(long releaseId, int older, int newer) throws LibraryException;
}
