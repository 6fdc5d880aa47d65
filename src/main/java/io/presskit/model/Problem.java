package io.presskit.model;

/**
 * One refused value: the field it concerns, written as a path into the bundle format
 * ({@code contacts[1].emails[0]}), and a plain sentence a PR officer can act on.
 */
public record Problem(String field, String message) {

    /** The sentence shown to the user, naming the field first. */
    public String sentence() {
        return field.isEmpty() ? message : field + ": " + message;
    }

    @Override
    public String toString() {
        return sentence();
    }
}
