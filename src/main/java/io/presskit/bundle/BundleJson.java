package io.presskit.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.Dateline;
import io.presskit.model.InvalidReleaseException;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.model.ReleaseRules;
import io.presskit.model.ReleaseTiming;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * release.json exactly as {@code docs/bundle-format.md} says: format 1 (one release) and format 2 (the language
 * versions of one release: what they share once, each version's text in {@code versions}). Strict reading
 * (unknown fields, wrong types and duplicate keys are refused with the field's path) and a canonical writer
 * (fixed field order, two-space indent, UTF-8, no empty optional fields), so that a round trip is stable to the
 * byte. A release of one language is always written as format 1, as before.
 */
public final class BundleJson {
    /** The format of a bundle of one release. */
    public static final int FORMAT = 1;
    /** The format of a bundle of a release's language versions. */
    public static final int FAMILY_FORMAT = 2;

    private static final Set<String> VERSION_FIELDS = Set.of("language", "issuer", "label", "headline", "subheadline",
            "highlights", "dateline", "body", "endMark", "photos", "contactsHeading");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private BundleJson() {
    }

    /**
     * The photo files release.json names, read leniently (no other checks): enough to tell which encoding a
     * zip's file names are in. Empty when the text is not such a document.
     */
    static List<String> photoFiles(byte[] json) {
        List<String> out = new ArrayList<>();
        try {
            JsonNode photos = MAPPER.readTree(json).path("photos"); // the same place in both formats
            for (JsonNode p : photos) {
                if (p.path("file").isTextual()) {
                    out.add(p.path("file").textValue());
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return out;
    }

    /** A photo as release.json lists it for one version, before its file is read. */
    public record PhotoEntry(String file, String caption, String credit, String altText) {
    }

    /** One language version as read, without photos, and its photo entries in order. */
    public record Version(Release release, List<PhotoEntry> photos) {
        public Version {
            photos = List.copyOf(photos);
        }
    }

    /**
     * The versions as read (one for format 1), each without photos and with its photo entries: the same files in
     * the same order for every version, each with that version's caption and alt text. {@code family}: read from a
     * format 2 bundle, whose refusals name the version ({@code versions[1].headline}).
     */
    public record Parsed(List<Version> versions, boolean family) {
        public Parsed {
            versions = List.copyOf(versions);
        }

        /** The first (for format 1: the only) version. */
        public Release release() {
            return versions.get(0).release();
        }

        public List<PhotoEntry> photos() {
            return versions.get(0).photos();
        }
    }

    /** Largest release.json read: a whole directory of 20,000 contacts is about 3 MB. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    public static Parsed read(byte[] json) throws BundleException {
        JsonNode root;
        try (JsonParser parser = MAPPER.createParser(json)) {
            root = MAPPER.readTree(parser);
            // One object and nothing after it: "{…} {"format":2} garbage" is not a bundle read by its first half.
            if (parser.nextToken() != null) {
                var loc = parser.currentTokenLocation();
                throw new BundleException("release.json: something follows the JSON object (line " + loc.getLineNr()
                        + ", column " + loc.getColumnNr() + "); a bundle's release.json holds exactly one object");
            }
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new BundleException("release.json is not valid JSON (" + (loc == null ? "" : "line " + loc.getLineNr()
                    + ", column " + loc.getColumnNr() + ": ") + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new BundleException("release.json cannot be read (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new BundleException("release.json must hold one JSON object");
        }
        JsonNode format = root.get("format");
        if (format == null) {
            throw new BundleException("format: is missing; this version reads bundle formats " + FORMAT + " and " + FAMILY_FORMAT);
        }
        if (format.isInt() && format.intValue() == FAMILY_FORMAT) {
            return family(root);
        }
        if (!format.isInt() || format.intValue() != FORMAT) {
            throw new BundleException("unsupported bundle format " + format + "; this version reads " + FORMAT + " and "
                    + FAMILY_FORMAT);
        }
        Obj r = new Obj(root, "", Set.of("format", "language", "issuer", "label", "release", "headline", "subheadline",
                "highlights", "dateline", "body", "endMark", "photos", "boilerplates", "contactsHeading", "contacts"));
        ReleaseTiming timing = timing(r.object("release"));
        List<PhotoEntry> photos = new ArrayList<>();
        for (Obj p : r.objects("photos")) {
            p.allow(Set.of("file", "caption", "credit", "altText"));
            photos.add(new PhotoEntry(p.requiredString("file"), p.requiredString("caption"), p.string("credit"),
                    p.string("altText")));
        }
        List<Boilerplate> boilerplates = boilerplates(r);
        List<Contact> contacts = contacts(r);
        return new Parsed(List.of(new Version(versionText(r, root, timing, boilerplates, contacts), photos)), false);
    }

    /**
     * Format 2: the language versions of one release. What they share (the release timing, photo files and credits,
     * boilerplates, contacts) once at the top; each version's own text in {@code versions}, its captions and alt
     * texts in its {@code photos}, one for each shared photo in the same order.
     */
    private static Parsed family(JsonNode root) throws BundleException {
        Obj r = new Obj(root, "", Set.of("format", "release", "versions", "photos", "boilerplates", "contacts"));
        ReleaseTiming timing = timing(r.object("release"));
        List<String> files = new ArrayList<>();
        List<String> credits = new ArrayList<>();
        for (Obj p : r.objects("photos")) {
            p.allow(Set.of("file", "credit"));
            files.add(p.requiredString("file"));
            credits.add(p.string("credit"));
        }
        List<Boilerplate> boilerplates = boilerplates(r);
        List<Contact> contacts = contacts(r);
        List<Obj> versionObjs = r.objects("versions");
        if (versionObjs.isEmpty()) {
            throw new BundleException("versions: is missing; a format " + FAMILY_FORMAT + " bundle lists at least one language version");
        }
        List<Version> versions = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        for (int k = 0; k < versionObjs.size(); k++) {
            Obj v = versionObjs.get(k);
            v.allow(VERSION_FIELDS);
            JsonNode node = root.get("versions").get(k);
            Release text = versionText(v, node, timing, boilerplates, contacts);
            int same = languages.indexOf(text.language());
            if (same >= 0) {
                throw new BundleException(v.field("language") + ": " + text.language() + " is already the language of versions["
                        + same + "]; a release has one version per language");
            }
            languages.add(text.language());
            List<Obj> texts = v.objects("photos");
            if (texts.size() != files.size()) {
                throw new BundleException(v.field("photos") + ": lists " + texts.size() + " caption" + (texts.size() == 1 ? "" : "s")
                        + " for " + files.size() + " photo" + (files.size() == 1 ? "" : "s") + "; each version has one for every photo");
            }
            List<PhotoEntry> photos = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                Obj t = texts.get(i);
                t.allow(Set.of("caption", "altText"));
                photos.add(new PhotoEntry(files.get(i), t.requiredString("caption"), credits.get(i), t.string("altText")));
            }
            versions.add(new Version(text, photos));
        }
        return new Parsed(versions, true);
    }

    /** A version's own text (format 1: the whole object; format 2: one of {@code versions}), without photos. */
    private static Release versionText(Obj r, JsonNode node, ReleaseTiming timing, List<Boilerplate> boilerplates,
                                       List<Contact> contacts) throws BundleException {
        String language = r.requiredString("language");
        Dateline dateline = null;
        Obj d = r.object("dateline");
        if (d != null) {
            d.allow(Set.of("place", "date"));
            String date = d.requiredString("date");
            try {
                dateline = new Dateline(d.requiredString("place"), ReleaseRules.parseDate(d.field("date"), date));
            } catch (InvalidReleaseException e) {
                throw new BundleException(e.getMessage());
            }
        }
        if (!node.has("body")) {
            throw new BundleException(r.field("body") + ": is missing; a release needs at least one paragraph");
        }
        if (!node.has("headline")) {
            throw new BundleException(r.field("headline") + ": is missing");
        }
        return new Release(language, r.string("issuer"), r.string("label"), timing, r.string("headline"),
                r.string("subheadline"), r.strings("highlights"), dateline, r.strings("body"), r.string("endMark"),
                List.of(), boilerplates, r.string("contactsHeading"), contacts);
    }

    private static List<Boilerplate> boilerplates(Obj r) throws BundleException {
        List<Boilerplate> boilerplates = new ArrayList<>();
        for (Obj b : r.objects("boilerplates")) {
            b.allow(Set.of("title", "body", "otherTitle", "otherBody"));
            boilerplates.add(new Boilerplate(null, b.requiredString("title"), b.strings("body"), b.string("otherTitle"),
                    b.strings("otherBody")));
        }
        return boilerplates;
    }

    private static List<Contact> contacts(Obj r) throws BundleException {
        List<Contact> contacts = new ArrayList<>();
        for (Obj c : r.objects("contacts")) {
            c.allow(Set.of("organization", "name", "otherOrganization", "otherName", "phones", "emails"));
            contacts.add(new Contact(null, c.string("organization"), c.requiredString("name"), c.strings("phones"),
                    c.strings("emails"), c.string("otherOrganization"), c.string("otherName")));
        }
        return contacts;
    }

    private static ReleaseTiming timing(Obj t) throws BundleException {
        if (t == null) {
            throw new BundleException("release: is missing; write {\"type\": \"immediate\"} or an embargo");
        }
        String type = t.requiredString("type");
        switch (type) {
            case "immediate" -> {
                t.allow(Set.of("type"));
                return ReleaseTiming.IMMEDIATE;
            }
            case "embargoed" -> {
                t.allow(Set.of("type", "until"));
                try {
                    return new ReleaseTiming.Embargoed(ReleaseRules.parseEmbargo("release.until", t.requiredString("until")));
                } catch (InvalidReleaseException e) {
                    throw new BundleException(e.getMessage());
                }
            }
            default -> throw new BundleException("release.type: \"" + type + "\" is neither \"immediate\" nor \"embargoed\"");
        }
    }

    /** The canonical release.json of a release (format 1); photos are written as {@code photos/<fileName>}. */
    public static byte[] write(Release r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("format", FORMAT);
        o.put("language", r.language());
        putIf(o, "issuer", r.issuer());
        putIf(o, "label", r.label());
        timing(o, r);
        versionText(o, r);
        if (!r.photos().isEmpty()) {
            ArrayNode photos = o.putArray("photos");
            for (Photo p : r.photos()) {
                ObjectNode po = photos.addObject();
                po.put("file", "photos/" + p.fileName());
                po.put("caption", p.caption());
                putIf(po, "credit", p.credit());
                putIf(po, "altText", p.altText());
            }
        }
        boilerplates(o, r);
        putIf(o, "contactsHeading", r.contactsHeading());
        contacts(o, r);
        return canonical(o);
    }

    /**
     * The canonical release.json of a release's language versions, in the order given: format 2 when there are
     * several, format 1 for one. What the versions share (timing, photo files and credits, boilerplates,
     * contacts) is written once, from the first version.
     */
    public static byte[] write(List<Release> versions) {
        if (versions.size() == 1) {
            return write(versions.get(0));
        }
        Release first = versions.get(0);
        ObjectNode o = MAPPER.createObjectNode();
        o.put("format", FAMILY_FORMAT);
        timing(o, first);
        ArrayNode vs = o.putArray("versions");
        for (Release r : versions) {
            ObjectNode v = vs.addObject();
            v.put("language", r.language());
            putIf(v, "issuer", r.issuer());
            putIf(v, "label", r.label());
            versionText(v, r);
            if (!r.photos().isEmpty()) {
                ArrayNode texts = v.putArray("photos");
                for (Photo p : r.photos()) {
                    ObjectNode t = texts.addObject();
                    t.put("caption", p.caption());
                    putIf(t, "altText", p.altText());
                }
            }
            putIf(v, "contactsHeading", r.contactsHeading());
        }
        if (!first.photos().isEmpty()) {
            ArrayNode photos = o.putArray("photos");
            for (Photo p : first.photos()) {
                ObjectNode po = photos.addObject();
                po.put("file", "photos/" + p.fileName());
                putIf(po, "credit", p.credit());
            }
        }
        boilerplates(o, first);
        contacts(o, first);
        return canonical(o);
    }

    private static void timing(ObjectNode o, Release r) {
        ObjectNode rel = o.putObject("release");
        if (r.timing() instanceof ReleaseTiming.Embargoed e) {
            rel.put("type", "embargoed");
            rel.put("until", e.iso());
        } else {
            rel.put("type", "immediate");
        }
    }

    /** Headline to end mark, in the format's order. */
    private static void versionText(ObjectNode o, Release r) {
        o.put("headline", r.headline());
        putIf(o, "subheadline", r.subheadline());
        putList(o, "highlights", r.highlights());
        if (r.dateline() != null) {
            ObjectNode d = o.putObject("dateline");
            d.put("place", r.dateline().place());
            d.put("date", r.dateline().date().toString());
        }
        putList(o, "body", r.body());
        putIf(o, "endMark", r.endMark());
    }

    private static void boilerplates(ObjectNode o, Release r) {
        if (!r.boilerplates().isEmpty()) {
            ArrayNode bs = o.putArray("boilerplates");
            for (Boilerplate b : r.boilerplates()) {
                ObjectNode bo = bs.addObject();
                bo.put("title", b.title());
                putList(bo, "body", b.body());
                putIf(bo, "otherTitle", b.otherTitle());
                putList(bo, "otherBody", b.otherBody());
            }
        }
    }

    private static void contacts(ObjectNode o, Release r) {
        if (!r.contacts().isEmpty()) {
            ArrayNode cs = o.putArray("contacts");
            for (Contact c : r.contacts()) {
                ObjectNode co = cs.addObject();
                putIf(co, "organization", c.organization());
                co.put("name", c.name());
                putIf(co, "otherOrganization", c.otherOrganization());
                putIf(co, "otherName", c.otherName());
                putList(co, "phones", c.phones());
                putList(co, "emails", c.emails());
            }
        }
    }

    private static byte[] canonical(ObjectNode o) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        try {
            return (MAPPER.writer(printer).writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putIf(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    private static void putList(ObjectNode o, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(field);
            values.forEach(a::add);
        }
    }

    /** One JSON object with its path, for typed reads that name the field when they refuse. */
    private static final class Obj {
        private final JsonNode node;
        private final String path;

        Obj(JsonNode node, String path, Set<String> allowed) throws BundleException {
            this.node = node;
            this.path = path;
            if (allowed != null) {
                allow(allowed);
            }
        }

        void allow(Set<String> allowed) throws BundleException {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!allowed.contains(n)) {
                    throw new BundleException(field(n) + ": unknown field; this version reads only "
                            + String.join(", ", allowed.stream().sorted().toList()));
                }
            }
        }

        String field(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        String string(String name) throws BundleException {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw new BundleException(field(name) + ": must be a string");
            }
            return v.textValue();
        }

        String requiredString(String name) throws BundleException {
            String s = string(name);
            if (s == null) {
                throw new BundleException(field(name) + ": is missing");
            }
            return s;
        }

        List<String> strings(String name) throws BundleException {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw new BundleException(field(name) + ": must be a list of strings");
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isTextual()) {
                    throw new BundleException(field(name) + "[" + i + "]: must be a string");
                }
                out.add(v.get(i).textValue());
            }
            return out;
        }

        Obj object(String name) throws BundleException {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isObject()) {
                throw new BundleException(field(name) + ": must be an object");
            }
            return new Obj(v, field(name), null);
        }

        List<Obj> objects(String name) throws BundleException {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw new BundleException(field(name) + ": must be a list");
            }
            List<Obj> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isObject()) {
                    throw new BundleException(field(name) + "[" + i + "]: must be an object");
                }
                out.add(new Obj(v.get(i), field(name) + "[" + i + "]", null));
            }
            return out;
        }
    }
}
