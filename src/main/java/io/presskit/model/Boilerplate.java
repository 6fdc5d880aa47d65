package io.presskit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An "About …" section from the shared boilerplate library; {@code id} null when not yet stored.
 * <p>
 * A boilerplate may have a version in the other script (關於香港科技園公司 / About Hong Kong Science and
 * Technology Parks Corporation): the language versions of a release link the same sections, and each prints
 * the one in its own language ({@link #printedIn}).
 *
 * @param otherTitle the title in the other script, or null
 * @param otherBody  the paragraphs in the other script; empty when there is none
 */
public record Boilerplate(Long id, String title, List<String> body, String otherTitle, List<String> otherBody) {
    public Boilerplate {
        body = List.copyOf(body);
        otherTitle = Texts.absentIfBlank(otherTitle);
        otherBody = otherBody == null ? List.of() : List.copyOf(otherBody);
    }

    /** A boilerplate in one language only. */
    public Boilerplate(Long id, String title, List<String> body) {
        this(id, title, body, null, List.of());
    }

    public Boilerplate withId(Long newId) {
        return new Boilerplate(newId, title, body, otherTitle, otherBody);
    }

    /** A copy with its version in the other script. */
    public Boilerplate withOtherVersion(String newOtherTitle, List<String> newOtherBody) {
        return new Boilerplate(id, title, body, newOtherTitle, newOtherBody);
    }

    public boolean sameContent(Boilerplate other) {
        return title.equals(other.title) && body.equals(other.body) && Objects.equals(otherTitle, other.otherTitle)
                && otherBody.equals(other.otherBody);
    }

    /** Whether it has a version in the other script. */
    public boolean hasOtherVersion() {
        return otherTitle != null || !otherBody.isEmpty();
    }

    /**
     * The section as a version in {@code language} prints it: the title and paragraphs of the version in that
     * language's script when there is one, else the one there is.
     *
     * @param fallback true when printed in the other script for want of a version in the release's: a kit
     *                 warns about it
     */
    public record Printed(String title, List<String> body, boolean fallback) {
        public Printed {
            body = List.copyOf(body);
        }
    }

    public Printed printedIn(ReleaseLanguage language) {
        if (!hasOtherVersion()) {
            List<String> fallbacks = new ArrayList<>();
            ScriptPair.pick(sample(title, body), null, language, "boilerplate", fallbacks);
            return new Printed(title, body, !fallbacks.isEmpty());
        }
        List<String> fallbacks = new ArrayList<>();
        String first = sample(title, body);
        String picked = ScriptPair.pick(first, sample(otherTitle, otherBody), language, "boilerplate", fallbacks);
        boolean firstOne = picked == first;
        return firstOne ? new Printed(title, body, !fallbacks.isEmpty())
                : new Printed(otherTitle == null ? "" : otherTitle, otherBody, !fallbacks.isEmpty());
    }

    /** The text a version's script is judged by: its title and paragraphs together. */
    private static String sample(String title, List<String> body) {
        return (title == null ? "" : title) + "\n" + String.join("\n", body);
    }
}
