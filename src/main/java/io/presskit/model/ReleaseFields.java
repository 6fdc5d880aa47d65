package io.presskit.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A release as its fields' texts, one entry a field with the paths refusals use ({@code headline},
 * {@code body[2]}, {@code photos[0].caption}): what a revision changed, and what a comparison of two revisions
 * sets side by side, come from this one list.
 */
public final class ReleaseFields {
    /** At most this many paragraphs of one list are named in a change summary; more are counted instead. */
    private static final int NAMED_ITEMS = 3;

    private ReleaseFields() {
    }

    /** The release's fields in reading order; absent text is empty text. */
    public static Map<String, String> of(Release r) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("language", r.language());
        out.put("issuer", nz(r.issuer()));
        out.put("label", nz(r.label()));
        out.put("embargo", r.timing() instanceof ReleaseTiming.Embargoed e ? e.iso() : "");
        out.put("headline", r.headline());
        out.put("subheadline", nz(r.subheadline()));
        list(out, "highlights", r.highlights());
        out.put("dateline", r.dateline() == null ? "" : r.dateline().place()
                + (r.dateline().date() == null ? "" : " " + r.dateline().date()));
        list(out, "body", r.body());
        out.put("endMark", nz(r.endMark()));
        for (int i = 0; i < r.photos().size(); i++) {
            Photo p = r.photos().get(i);
            String at = "photos[" + i + "]";
            out.put(at + ".file", p.fileName() + " " + p.sha256());
            out.put(at + ".caption", p.caption());
            out.put(at + ".credit", nz(p.credit()));
            out.put(at + ".altText", nz(p.altText()));
        }
        for (int i = 0; i < r.boilerplates().size(); i++) {
            Boilerplate b = r.boilerplates().get(i);
            out.put("boilerplates[" + i + "]", b.title() + "\n" + String.join("\n", b.body()));
        }
        out.put("contactsHeading", nz(r.contactsHeading()));
        for (int i = 0; i < r.contacts().size(); i++) {
            Contact c = r.contacts().get(i);
            out.put("contacts[" + i + "]", String.join("\n", nz(c.organization()), c.name(),
                    String.join(", ", c.phones()), String.join(", ", c.emails())));
        }
        return out;
    }

    /**
     * What changed from {@code before} to {@code after}, in words for a history line: text fields by name,
     * paragraphs by number ({@code body[2]}; more than three as {@code body (5 paragraphs)}), and photos, contacts
     * and boilerplates as one word each. Empty when nothing changed; everything when {@code before} is null.
     */
    public static List<String> changed(Release before, Release after) {
        Map<String, String> a = before == null ? Map.of() : of(before);
        Map<String, String> b = of(after);
        List<String> paths = new ArrayList<>();
        for (String k : b.keySet()) {
            if (!Objects.equals(a.get(k), b.get(k))) {
                paths.add(k);
            }
        }
        for (String k : a.keySet()) {
            if (!b.containsKey(k)) {
                paths.add(k);
            }
        }
        // Group: lists of shared or structured things become one word; paragraphs are named or counted.
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String k : b.keySet()) {
            if (paths.contains(k)) {
                groups.computeIfAbsent(group(k), g -> new ArrayList<>()).add(k);
            }
        }
        for (String k : a.keySet()) {
            if (paths.contains(k) && !b.containsKey(k)) {
                groups.computeIfAbsent(group(k), g -> new ArrayList<>()).add(k);
            }
        }
        List<String> out = new ArrayList<>();
        groups.forEach((g, items) -> {
            if (g.equals("body") || g.equals("highlights")) {
                List<String> distinct = items.stream().distinct().toList();
                if (distinct.size() > NAMED_ITEMS) {
                    out.add(g + " (" + distinct.size() + (g.equals("body") ? " paragraphs)" : " items)"));
                } else {
                    out.addAll(distinct);
                }
            } else {
                out.add(g);
            }
        });
        return out;
    }

    private static String group(String path) {
        int bracket = path.indexOf('[');
        return bracket < 0 ? path : path.substring(0, bracket);
    }

    private static void list(Map<String, String> out, String name, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            out.put(name + "[" + i + "]", items.get(i));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
