package io.presskit.library;

import io.presskit.image.PreparedImage;
import io.presskit.model.Counterparts;
import io.presskit.model.Release;
import io.presskit.model.TextUnits;
import io.presskit.model.WorkflowStatus;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The language versions of releases. A release family's versions share their photos (files, order, credits),
 * contacts, boilerplate links, workflow status and embargo instant, and each holds its own text; every release is
 * in a family (alone, it is a family of one, as every release was before versions), and each version keeps its own
 * release id, so everything addressed by id works per version. The library keeps the shared parts equal: a save of
 * one version that changes them changes every version in the same transaction (raising their versions, so that an
 * editor holding a sibling's older copy meets a conflict instead of undoing it), and a status change moves them all.
 */
public interface Families {
    /** A version as its family lists it. */
    record Version(long id, String language, boolean inTrash) {
    }

    /** A version's text with what it needs for the side-by-side editor: its stored version number and its units. */
    record VersionText(long id, long version, WorkflowStatus status, Release release, TextUnits units) {
        public Counterparts.Version counterpart() {
            return new Counterparts.Version(id, release, units);
        }
    }

    /** The versions of release {@code id}'s family in their order (its own language first), the trash included. */
    List<Version> versions(long id) throws LibraryException;

    /**
     * Every family of more than one version outside the trash, by family id (as {@code ReleaseSummary.familyId()}
     * gives it): the release list shows a family once, with its languages.
     */
    Map<Long, List<Version>> withSeveralVersions() throws LibraryException;

    /** The versions of release {@code id}'s family outside the trash, in order, each with its text units. */
    List<VersionText> texts(long id) throws LibraryException;

    /**
     * The pieces of release {@code id} that may be stale translations (a counterpart said something new after they
     * were last written), as {@link TextUnits#unit} names them; empty for a release without other versions.
     */
    default List<String> staleUnits(long id) throws LibraryException {
        List<VersionText> texts = texts(id);
        List<Counterparts.Version> versions = texts.stream().map(VersionText::counterpart).toList();
        for (int v = 0; v < texts.size(); v++) {
            if (texts.get(v).id() == id) {
                return Counterparts.staleUnits(versions, v);
            }
        }
        return List.of();
    }

    /**
     * Saves a version whose highlights and paragraphs come with their keys (the side-by-side editor knows each one's
     * counterpart; null for a new one): otherwise as {@link Releases#save}.
     */
    long saveVersion(long id, long expectedVersion, Release release, List<String> highlightKeys, List<String> bodyKeys,
                     Collection<PreparedImage> newImages) throws LibraryException;

    /**
     * Stores a family at once (a bundle of several versions), in order; they must share their parts. The paragraphs of
     * the versions are counterparts by position. Returns the new ids.
     */
    List<Long> insert(List<Release> versions, Collection<PreparedImage> images) throws LibraryException;

    /**
     * Starts a new language version of release {@code id}'s family: the shared parts filled in (photos with empty
     * captions, contacts, boilerplates, embargo, status), the dateline's date kept, the text empty to be written.
     * Returns its id. Refused when the family has a version in that language already.
     */
    long addVersion(long id, String language) throws LibraryException;

    /**
     * Makes release {@code second} a language version of {@code first}'s family ({@code presskit link}): it takes the
     * family's photos, contacts, boilerplates and status where it has none and gives its own where the family has
     * none; a contact in both with the same email becomes one person named in both scripts. Any difference is a
     * {@link LinkConflictException} listing every conflict, and nothing changes. Returns the family's versions.
     */
    List<Version> link(long first, long second) throws LibraryException;

    /**
     * Takes release {@code id} out of its family ({@code presskit unlink}): it keeps copies of the shared parts and
     * its text, and from now on changes alone. A release alone is refused.
     */
    void unlink(long id) throws LibraryException;
}
