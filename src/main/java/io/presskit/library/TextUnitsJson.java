package io.presskit.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.presskit.model.Release;
import io.presskit.model.TextUnits;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A release's {@link TextUnits} as its row keeps them ({@code release.text_units}): compact JSON, units in name order
 * so that the same units are the same text, {@code {"highlights":["1"],"body":["1","2"],"edits":{"body:1":["2024-…",
 * "2024-…"]}}} (changed, synced; changed may be null).
 */
final class TextUnitsJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TextUnitsJson() {
    }

    static String write(TextUnits units) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode h = o.putArray("highlights");
        units.highlightKeys().forEach(h::add);
        ArrayNode b = o.putArray("body");
        units.bodyKeys().forEach(b::add);
        ObjectNode edits = o.putObject("edits");
        new TreeMap<>(units.edits()).forEach((unit, e) -> {
            ArrayNode times = edits.putArray(unit);
            if (e.changed() == null) {
                times.addNull();
            } else {
                times.add(e.changed().toString());
            }
            times.add(e.synced() == null ? null : e.synced().toString());
        });
        return o.toString();
    }

    /**
     * The stored units of {@code release}, or, when there are none or they do not fit it (a row from before schema 6,
     * a hand edit), its paragraphs by position, all written at {@code savedAt}.
     */
    static TextUnits read(String json, Release release, Instant savedAt) {
        if (json != null) {
            try {
                JsonNode o = JSON.readTree(json);
                Map<String, TextUnits.Edit> edits = new HashMap<>();
                o.path("edits").fields().forEachRemaining(e -> edits.put(e.getKey(),
                        new TextUnits.Edit(time(e.getValue().path(0)), time(e.getValue().path(1)))));
                TextUnits units = new TextUnits(strings(o.path("highlights")), strings(o.path("body")), edits);
                if (units.fits(release)) {
                    return units;
                }
            } catch (IOException | RuntimeException e) {
                // unreadable: positions stand in, as for a release from before language versions
            }
        }
        return TextUnits.positional(release, savedAt);
    }

    private static Instant time(JsonNode n) {
        return n.isTextual() ? Instant.parse(n.textValue()) : null;
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }
}
