package io.presskit.model;

import java.time.Instant;

/** One line of the release list: enough to find, sort and filter without loading the release. */
public record ReleaseSummary(long id, WorkflowStatus status, String language, String headline, Instant createdAt,
                             Instant updatedAt) {

    /** The headline's first line. */
    public String headlineFirstLine() {
        String h = headline.strip();
        int nl = h.indexOf('\n');
        return nl < 0 ? h : h.substring(0, nl).strip();
    }
}
