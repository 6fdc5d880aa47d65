package io.presskit.model;

import java.util.List;

/** A release, contact or boilerplate the model refuses; the message is the first problem's sentence. */
public class InvalidReleaseException extends Exception {
    private final List<Problem> problems;

    public InvalidReleaseException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid release" : problems.get(0).sentence());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
