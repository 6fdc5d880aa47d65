package io.presskit.model;

import java.util.List;

/** An "About …" section from the shared boilerplate library; {@code id} null when not yet stored. */
public record Boilerplate(Long id, String title, List<String> body) {
    public Boilerplate {
        body = List.copyOf(body);
    }

    public Boilerplate withId(Long newId) {
        return new Boilerplate(newId, title, body);
    }

    public boolean sameContent(Boilerplate other) {
        return title.equals(other.title) && body.equals(other.body);
    }
}
