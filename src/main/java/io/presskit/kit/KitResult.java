package io.presskit.kit;

import java.util.List;

/** What an export made: its page count, and the warnings (one sentence each) that did not stop it. */
public record KitResult(int pageCount, List<String> warnings) {
    public KitResult {
        warnings = List.copyOf(warnings);
    }
}
