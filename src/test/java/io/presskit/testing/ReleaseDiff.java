package io.presskit.testing;

import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.Photo;
import io.presskit.model.Release;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Compares two releases field by field (bundle-format names) and fails with every difference, each shown at
 * the first character where the two texts part, so a failing import test says what went where.
 */
public final class ReleaseDiff {
    private final List<String> diffs = new ArrayList<>();

    private ReleaseDiff() {
    }

    /** Fails unless the two releases hold the same content; library ids are compared only when both have one. */
    public static void assertSameContent(Release expected, Release actual) {
        List<String> d = differences(expected, actual);
        if (!d.isEmpty()) {
            fail(d.size() + " field(s) differ:\n  " + String.join("\n  ", d));
        }
    }

    public static List<String> differences(Release e, Release a) {
        ReleaseDiff d = new ReleaseDiff();
        d.value("language", e.language(), a.language());
        d.value("issuer", e.issuer(), a.issuer());
        d.value("label", e.label(), a.label());
        d.value("release", e.timing(), a.timing());
        d.value("headline", e.headline(), a.headline());
        d.value("subheadline", e.subheadline(), a.subheadline());
        d.list("highlights", e.highlights(), a.highlights());
        d.value("dateline", e.dateline(), a.dateline());
        d.list("body", e.body(), a.body());
        d.value("endMark", e.endMark(), a.endMark());
        d.size("photos", e.photos().size(), a.photos().size());
        for (int i = 0; i < Math.min(e.photos().size(), a.photos().size()); i++) {
            Photo x = e.photos().get(i);
            Photo y = a.photos().get(i);
            String p = "photos[" + i + "].";
            d.value(p + "file", x.fileName(), y.fileName());
            d.value(p + "sha256", x.sha256(), y.sha256());
            d.value(p + "caption", x.caption(), y.caption());
            d.value(p + "credit", x.credit(), y.credit());
            d.value(p + "altText", x.altText(), y.altText());
            d.value(p + "size", x.width() + "x" + x.height() + "/" + x.orientation(), y.width() + "x" + y.height() + "/" + y.orientation());
        }
        d.size("boilerplates", e.boilerplates().size(), a.boilerplates().size());
        for (int i = 0; i < Math.min(e.boilerplates().size(), a.boilerplates().size()); i++) {
            Boilerplate x = e.boilerplates().get(i);
            Boilerplate y = a.boilerplates().get(i);
            d.value("boilerplates[" + i + "].title", x.title(), y.title());
            d.list("boilerplates[" + i + "].body", x.body(), y.body());
            if (x.id() != null && y.id() != null) {
                d.value("boilerplates[" + i + "].id", x.id(), y.id());
            }
        }
        d.value("contactsHeading", e.contactsHeading(), a.contactsHeading());
        d.size("contacts", e.contacts().size(), a.contacts().size());
        for (int i = 0; i < Math.min(e.contacts().size(), a.contacts().size()); i++) {
            Contact x = e.contacts().get(i);
            Contact y = a.contacts().get(i);
            String p = "contacts[" + i + "].";
            d.value(p + "organization", x.organization(), y.organization());
            d.value(p + "name", x.name(), y.name());
            d.list(p + "phones", x.phones(), y.phones());
            d.list(p + "emails", x.emails(), y.emails());
            if (x.id() != null && y.id() != null) {
                d.value(p + "id", x.id(), y.id());
            }
        }
        return d.diffs;
    }

    private void size(String field, int e, int a) {
        if (e != a) {
            diffs.add(field + ": expected " + e + " but got " + a);
        }
    }

    private void list(String field, List<String> e, List<String> a) {
        size(field, e.size(), a.size());
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            value(field + "[" + i + "]", i < e.size() ? e.get(i) : "(none)", i < a.size() ? a.get(i) : "(none)");
        }
    }

    private void value(String field, Object e, Object a) {
        if (Objects.equals(e, a)) {
            return;
        }
        if (e instanceof String x && a instanceof String y) {
            int at = 0;
            while (at < x.length() && at < y.length() && x.charAt(at) == y.charAt(at)) {
                at++;
            }
            diffs.add(field + ": differs at character " + at + "\n      expected «" + around(x, at) + "»\n      got      «"
                    + around(y, at) + "»");
        } else {
            diffs.add(field + ": expected " + e + " but got " + a);
        }
    }

    private static String around(String s, int at) {
        int from = Math.max(0, at - 20);
        int to = Math.min(s.length(), at + 40);
        return (from > 0 ? "…" : "") + s.substring(from, to).replace("\n", "⏎") + (to < s.length() ? "…" : "");
    }
}
