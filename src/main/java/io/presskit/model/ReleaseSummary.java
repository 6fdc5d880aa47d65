package io.presskit.model;

import java.time.Instant;

/**
 * One line of the release list: enough to find, sort and filter without loading the release.
 *
 * @param damage   what makes the stored release unreadable, in words ("its body is null instead of a list of
 *                 paragraphs"), or null: a damaged release is still listed, marked, and its times may be stand-ins
 * @param familyId the release family it is a language version of (a release alone is a family of one); 0 when
 *                 not known (a summary made outside a library)
 */
public record ReleaseSummary(long id, WorkflowStatus status, String language, String headline, Instant createdAt,
                             Instant updatedAt, String damage, long familyId) {

    public ReleaseSummary(long id, WorkflowStatus status, String language, String headline, Instant createdAt,
                          Instant updatedAt, String damage) {
        this(id, status, language, headline, createdAt, updatedAt, damage, 0);
    }

    public ReleaseSummary(long id, WorkflowStatus status, String language, String headline, Instant createdAt,
                          Instant updatedAt) {
        this(id, status, language, headline, createdAt, updatedAt, null);
    }

    /** The headline's first line. */
    public String headlineFirstLine() {
        return Release.firstLine(headline);
    }

    public boolean damaged() {
        return damage != null;
    }
}
