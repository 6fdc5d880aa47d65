package io.presskit.library;

import io.presskit.model.WorkflowStatus;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a release: an editing session, a status change or a restore.
 *
 * @param number    the revision's number within its release, kept for good (thinning leaves gaps)
 * @param status    the release's workflow status after this revision
 * @param by        who saved it
 * @param startedAt the first save of the session; {@code savedAt} its last
 * @param note      the note given with a status change or a return to draft, else null
 * @param changed   what changed since the revision before, in words ("headline", "body[2]", "photos")
 */
public record Revision(long releaseId, int number, Event event, WorkflowStatus status, String by, Instant startedAt,
                       Instant savedAt, String note, List<String> changed) {
    /** What made the revision. */
    public enum Event {
        /** The release was made: new, imported, duplicated, or its history began with the upgrade to schema 5. */
        CREATED,
        /** An editing session. */
        EDITED,
        /** A status change (with who and a note); a return to draft with edits is one too. */
        STATUS,
        /** An older revision's content made current again. */
        RESTORED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Event fromKey(String key) {
            return valueOf(key.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public Revision {
        changed = List.copyOf(changed);
    }

    /** "headline, body[2], photos", or the event when no field changed ("status: approved"). */
    public String changedText() {
        if (!changed.isEmpty()) {
            return String.join(", ", changed);
        }
        return switch (event) {
            case CREATED -> "created";
            case STATUS -> "status: " + status.key();
            case RESTORED -> "restored, no change";
            case EDITED -> "no change";
        };
    }
}
