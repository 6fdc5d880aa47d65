package io.presskit.library;

import io.presskit.model.Release;
import io.presskit.model.WorkflowStatus;

/**
 * A release as stored, with the version it was read at and its workflow status: hand the version back to
 * {@link Releases#save} so that the save is refused if someone saved the release in between.
 */
public record VersionedRelease(long id, long version, WorkflowStatus status, Release release) {
}
