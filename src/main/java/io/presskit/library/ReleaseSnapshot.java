package io.presskit.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.presskit.image.ImagePipeline;
import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.Dateline;
import io.presskit.model.InvalidReleaseException;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.model.ReleaseRules;
import io.presskit.model.ReleaseTiming;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A release as a revision keeps it: canonical JSON (fields in a fixed order, nothing optional written when absent),
 * deflated, and stored once under the SHA-256 of the JSON, so that revisions with the same content (a status change,
 * a restore) share one copy. A 12-paragraph Chinese release is about 2 KB deflated.
 */
record ReleaseSnapshot(String sha256, byte[] deflated, Release release) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ReleaseSnapshot of(Release r) {
        byte[] json = json(r).toString().getBytes(StandardCharsets.UTF_8);
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(json);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 3 + 64);
        byte[] buf = new byte[8192];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return new ReleaseSnapshot(ImagePipeline.sha256(json), out.toByteArray(), r);
    }

    /** Reads a stored snapshot back; a damaged one is one sentence. */
    static Release read(byte[] deflated, String what) throws LibraryException {
        try {
            Inflater inf = new Inflater(true);
            inf.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 4);
            byte[] buf = new byte[8192];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    throw new DataFormatException("cut short");
                }
                out.write(buf, 0, n);
            }
            inf.end();
            return release(JSON.readTree(out.toByteArray()));
        } catch (DataFormatException | IOException | RuntimeException | InvalidReleaseException e) {
            throw new LibraryException(what + " is damaged in the library and cannot be read.", e);
        }
    }

    private static ObjectNode json(Release r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("language", r.language());
        put(o, "issuer", r.issuer());
        put(o, "label", r.label());
        if (r.timing() instanceof ReleaseTiming.Embargoed e) {
            o.put("embargoUntil", e.iso());
        }
        o.put("headline", r.headline());
        put(o, "subheadline", r.subheadline());
        strings(o.putArray("highlights"), r.highlights());
        if (r.dateline() != null) {
            ObjectNode d = o.putObject("dateline");
            d.put("place", r.dateline().place());
            if (r.dateline().date() != null) {
                d.put("date", r.dateline().date().toString());
            }
        }
        strings(o.putArray("body"), r.body());
        put(o, "endMark", r.endMark());
        ArrayNode photos = o.putArray("photos");
        for (Photo p : r.photos()) {
            ObjectNode n = photos.addObject();
            n.put("file", p.fileName());
            n.put("sha256", p.sha256());
            n.put("mediaType", p.mediaType());
            n.put("width", p.width());
            n.put("height", p.height());
            n.put("orientation", p.orientation());
            n.put("caption", p.caption());
            put(n, "credit", p.credit());
            put(n, "altText", p.altText());
        }
        ArrayNode bps = o.putArray("boilerplates");
        for (Boilerplate b : r.boilerplates()) {
            ObjectNode n = bps.addObject();
            if (b.id() != null) {
                n.put("id", b.id());
            }
            n.put("title", b.title());
            strings(n.putArray("body"), b.body());
            put(n, "otherTitle", b.otherTitle());
            if (!b.otherBody().isEmpty()) {
                strings(n.putArray("otherBody"), b.otherBody());
            }
        }
        put(o, "contactsHeading", r.contactsHeading());
        ArrayNode contacts = o.putArray("contacts");
        for (Contact c : r.contacts()) {
            ObjectNode n = contacts.addObject();
            if (c.id() != null) {
                n.put("id", c.id());
            }
            put(n, "organization", c.organization());
            n.put("name", c.name());
            strings(n.putArray("phones"), c.phones());
            strings(n.putArray("emails"), c.emails());
            put(n, "otherOrganization", c.otherOrganization());
            put(n, "otherName", c.otherName());
        }
        return o;
    }

    private static Release release(JsonNode o) throws InvalidReleaseException {
        String embargo = text(o, "embargoUntil");
        JsonNode d = o.get("dateline");
        Dateline dateline = d == null ? null : new Dateline(d.get("place").asText(),
                d.hasNonNull("date") ? LocalDate.parse(d.get("date").asText()) : null);
        List<Photo> photos = new ArrayList<>();
        for (JsonNode n : o.get("photos")) {
            photos.add(new Photo(n.get("file").asText(), n.get("sha256").asText(), n.get("mediaType").asText(),
                    n.get("width").asInt(), n.get("height").asInt(), n.get("orientation").asInt(),
                    n.get("caption").asText(), text(n, "credit"), text(n, "altText")));
        }
        List<Boilerplate> bps = new ArrayList<>();
        for (JsonNode n : o.get("boilerplates")) {
            bps.add(new Boilerplate(n.hasNonNull("id") ? n.get("id").asLong() : null, n.get("title").asText(), strings(n.get("body")),
                    text(n, "otherTitle"), n.has("otherBody") ? strings(n.get("otherBody")) : List.of()));
        }
        List<Contact> contacts = new ArrayList<>();
        for (JsonNode n : o.get("contacts")) {
            contacts.add(new Contact(n.hasNonNull("id") ? n.get("id").asLong() : null, text(n, "organization"),
                    n.get("name").asText(), strings(n.get("phones")), strings(n.get("emails")), text(n, "otherOrganization"),
                    text(n, "otherName")));
        }
        return new Release(o.get("language").asText(), text(o, "issuer"), text(o, "label"),
                embargo == null ? ReleaseTiming.IMMEDIATE
                        : new ReleaseTiming.Embargoed(ReleaseRules.parseEmbargo("release.until", embargo)),
                o.get("headline").asText(), text(o, "subheadline"), strings(o.get("highlights")), dateline,
                strings(o.get("body")), text(o, "endMark"), photos, bps, text(o, "contactsHeading"), contacts);
    }

    private static void put(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    private static void strings(ArrayNode a, List<String> items) {
        items.forEach(a::add);
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }
}
