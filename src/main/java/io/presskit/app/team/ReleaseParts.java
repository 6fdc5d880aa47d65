package io.presskit.app.team;

import io.presskit.model.Release;
import io.presskit.model.ReleaseFields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A release as the parts an officer picks from when two copies meet (their copy and mine): each part a field
 * of the form as a whole (the headline, the body, the photos), so that a copy put together from both is always
 * a release the form can show.
 */
public final class ReleaseParts {
    /** The parts in reading order, as {@link ReleaseFields} names their paths' first word. */
    public static final List<String> PARTS = List.of("language", "issuer", "label", "embargo", "headline",
            "subheadline", "highlights", "dateline", "body", "endMark", "photos", "boilerplates", "contactsHeading",
            "contacts");

    private ReleaseParts() {
    }

    /** Each part's text (paths joined, as {@link ReleaseFields} gives them), for showing side by side. */
    public static Map<String, String> texts(Release r) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        PARTS.forEach(p -> parts.put(p, new ArrayList<>()));
        ReleaseFields.of(r).forEach((path, text) -> parts.computeIfAbsent(part(path), k -> new ArrayList<>()).add(text));
        Map<String, String> out = new LinkedHashMap<>();
        parts.forEach((p, texts) -> out.put(p, String.join("\n\n", texts)));
        return out;
    }

    /** The parts in which the two copies differ, in reading order. */
    public static List<String> differing(Release theirs, Release mine) {
        Map<String, String> a = texts(theirs);
        Map<String, String> b = texts(mine);
        return PARTS.stream().filter(p -> !Objects.equals(a.get(p), b.get(p))).toList();
    }

    /** Their copy with the parts named in {@code fromMine} taken from mine. */
    public static Release merge(Release theirs, Release mine, Set<String> fromMine) {
        Release t = theirs;
        Release m = mine;
        return new Release(
                pick(fromMine, "language", t.language(), m.language()),
                pick(fromMine, "issuer", t.issuer(), m.issuer()),
                pick(fromMine, "label", t.label(), m.label()),
                pick(fromMine, "embargo", t.timing(), m.timing()),
                pick(fromMine, "headline", t.headline(), m.headline()),
                pick(fromMine, "subheadline", t.subheadline(), m.subheadline()),
                pick(fromMine, "highlights", t.highlights(), m.highlights()),
                pick(fromMine, "dateline", t.dateline(), m.dateline()),
                pick(fromMine, "body", t.body(), m.body()),
                pick(fromMine, "endMark", t.endMark(), m.endMark()),
                pick(fromMine, "photos", t.photos(), m.photos()),
                pick(fromMine, "boilerplates", t.boilerplates(), m.boilerplates()),
                pick(fromMine, "contactsHeading", t.contactsHeading(), m.contactsHeading()),
                pick(fromMine, "contacts", t.contacts(), m.contacts()));
    }

    private static <T> T pick(Set<String> fromMine, String part, T theirs, T mine) {
        return fromMine.contains(part) ? mine : theirs;
    }

    /** {@code photos[2].caption} → {@code photos}. */
    static String part(String path) {
        int end = path.length();
        for (char c : new char[]{'[', '.'}) {
            int i = path.indexOf(c);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        return path.substring(0, end);
    }
}
