package io.presskit.app.editor;

import io.presskit.model.Problem;

/**
 * A problem the editor marks at a field. {@code NOT_STORED}: what was typed could not be stored (a date the
 * field cannot read, a hard limit); {@code INCOMPLETE}: stored as typed, but needed before the release can be
 * issued (a blank headline, an empty highlight, a bad email).
 */
public record FormProblem(Problem problem, Kind kind) {
    public enum Kind { NOT_STORED, INCOMPLETE }

    public String field() {
        return problem.field();
    }

    public boolean notStored() {
        return kind == Kind.NOT_STORED;
    }

    /** True when this problem is about {@code field} or lies inside it ({@code photos[1]} covers {@code photos[1].caption}). */
    public boolean concerns(String field) {
        String f = problem.field();
        return f.equals(field) || f.startsWith(field + ".") || f.startsWith(field + "[");
    }
}
