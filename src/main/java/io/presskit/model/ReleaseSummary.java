package io.presskit.model;

import java.time.Instant;

/** One line of the release list: enough to find, sort and filter without loading the release. */
public record ReleaseSummary(long id, WorkflowStatus status, String language, String headline, Instant createdAt,
                             Instant updatedAt) {

    /** The headline's first line. */
    public String headlineFirstLine() {
        return Release.firstLine(headline);
    }
}
