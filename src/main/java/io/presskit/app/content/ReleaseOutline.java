package io.presskit.app.content;

import io.presskit.app.i18n.Messages;
import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.model.ReleaseTiming;
import io.presskit.model.ReleaseWording;

import java.util.ArrayList;
import java.util.List;

/**
 * A release field by field, as the import preview shows what will be stored: each field under its name in the
 * UI language, so that the officer sees where every piece landed (a dateline in the dateline, not the body).
 */
final class ReleaseOutline {
    private static final String NONE = "—";
    private static final java.time.format.DateTimeFormatter MINUTE = java.time.format.DateTimeFormatter.ofPattern(
            "yyyy-MM-dd HH:mm", java.util.Locale.ROOT);

    private ReleaseOutline() {
    }

    static String of(Release r) {
        StringBuilder b = new StringBuilder();
        line(b, "field.language", r.language());
        line(b, "field.issuer", r.issuer());
        line(b, "field.label", r.label());
        line(b, "field.timing", r.timing() instanceof ReleaseTiming.Embargoed e
                ? Messages.get("field.timing.embargoed") + " " + e.until().format(MINUTE) + " "
                + ReleaseWording.zoneName(e.until()) + " (" + e.until().getZone().getId() + ") = "
                + e.until().withZoneSameInstant(java.time.ZoneOffset.UTC).format(MINUTE) + " UTC"
                : Messages.get("field.timing.immediate"));
        line(b, "field.headline", r.headline().replace("\n", " / "));
        line(b, "field.subheadline", r.subheadline());
        list(b, "field.highlights", r.highlights());
        line(b, "field.dateline", r.dateline() == null ? null
                : join(", ", r.dateline().place(), r.dateline().date() == null ? null : r.dateline().date().toString()));
        list(b, "field.body", r.body());
        line(b, "field.endMark", r.endMark());
        List<String> photos = new ArrayList<>();
        for (Photo p : r.photos()) {
            photos.add(p.caption() + (p.credit() == null ? "" : " (" + p.credit() + ")") + "  [" + p.fileName() + "]");
        }
        list(b, "import.photos", photos);
        List<String> about = new ArrayList<>();
        for (Boilerplate bp : r.boilerplates()) {
            about.add(bp.title() + ": " + String.join(" ", bp.body()));
        }
        list(b, "import.about", about);
        line(b, "field.contactsHeading", r.contactsHeading());
        List<String> contacts = new ArrayList<>();
        for (Contact c : r.contacts()) {
            contacts.add(join(" · ", c.organization(), c.name(), String.join(", ", c.phones()), String.join(", ", c.emails()))
                    + (c.id() != null ? "  " + Messages.get("import.fromDirectory") : ""));
        }
        list(b, "import.contacts", contacts);
        return b.toString().stripTrailing();
    }

    private static void line(StringBuilder b, String key, String value) {
        b.append(Messages.get(key)).append(": ").append(value == null || value.isBlank() ? NONE : value).append('\n');
    }

    private static void list(StringBuilder b, String key, List<String> items) {
        if (items.isEmpty()) {
            line(b, key, null);
            return;
        }
        b.append(Messages.get(key)).append(" (").append(items.size()).append("):\n");
        int n = 1;
        for (String item : items) {
            b.append("  ").append(n++).append(". ").append(item).append('\n');
        }
    }

    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p);
            }
        }
        return String.join(separator, present);
    }
}
