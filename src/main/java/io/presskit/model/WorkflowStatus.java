package io.presskit.model;

import java.util.Locale;
import java.util.Optional;

/** Where a release stands on its way out of the door. */
public enum WorkflowStatus {
    DRAFT, IN_REVIEW, APPROVED, ISSUED;

    /** The stable lower-case key used in the library and on the command line ({@code in-review}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<WorkflowStatus> fromKey(String key) {
        for (WorkflowStatus s : values()) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
