package io.presskit.model;

/**
 * Small text rules shared by the records. An optional field given as blank text means the same as one left
 * out, everywhere: in the editor, in a bundle ({@code "credit": ""}) and in storage.
 */
public final class Texts {
    private Texts() {
    }

    /** Null for null or blank text; the text itself otherwise (untouched: what was typed is kept). */
    public static String absentIfBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
