package io.presskit.app.team;

import io.presskit.app.i18n.Messages;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A field path of a comparison ({@code body[2]}, {@code photos[0].caption}) in the form's own words. */
final class FieldNames {
    private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("language", "field.language"),
            Map.entry("issuer", "field.issuer"), Map.entry("label", "field.label"), Map.entry("embargo", "field.embargo"),
            Map.entry("headline", "field.headline"), Map.entry("subheadline", "field.subheadline"),
            Map.entry("highlights", "field.highlights"), Map.entry("dateline", "field.dateline"),
            Map.entry("body", "field.body"), Map.entry("endMark", "field.endMark"), Map.entry("photos", "tab.photos"),
            Map.entry("boilerplates", "links.boilerplates"), Map.entry("contactsHeading", "field.contactsHeading"),
            Map.entry("contacts", "links.contacts"), Map.entry("caption", "field.caption"),
            Map.entry("credit", "field.credit"), Map.entry("altText", "field.altText"), Map.entry("file", "team.field.file"));
    private static final Pattern PATH = Pattern.compile("(\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?");

    private FieldNames() {
    }

    static String of(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return path;
        }
        StringBuilder sb = new StringBuilder(word(m.group(1)));
        if (m.group(2) != null) {
            sb.append(' ').append(Integer.parseInt(m.group(2)) + 1);
        }
        if (m.group(3) != null) {
            sb.append(" · ").append(word(m.group(3)));
        }
        return sb.toString();
    }

    private static String word(String part) {
        String key = KEYS.get(part);
        return key == null ? part : Messages.get(key);
    }
}
