package io.presskit.app.editor;

import io.presskit.model.Problem;

/**
 * A problem the editor marks at a field. {@code UNREADABLE}: a value the field cannot read (a date such as
 * 31/02/2026); it is not stored in the release but kept for the next opening. {@code NOT_STORED}: a text over
 * the library's hard limits; nothing of the release is saved while it lasts. {@code INCOMPLETE}: stored as
 * typed, but needed before the release can be issued (a blank headline, an empty highlight, a bad email).
 */
public record FormProblem(Problem problem, Kind kind) {
    public enum Kind { UNREADABLE, NOT_STORED, INCOMPLETE }

    public String field() {
        return problem.field();
    }

    /** True when what was typed is not in the library (unreadable, or over a hard limit). */
    public boolean notStored() {
        return kind != Kind.INCOMPLETE;
    }

    /** True when what was typed would be lost on closing: over a hard limit, so neither stored nor kept. */
    public boolean wouldBeLost() {
        return kind == Kind.NOT_STORED;
    }

    /** True when this problem is about {@code field} or lies inside it ({@code photos[1]} covers {@code photos[1].caption}). */
    public boolean concerns(String field) {
        String f = problem.field();
        return f.equals(field) || f.startsWith(field + ".") || f.startsWith(field + "[");
    }
}
