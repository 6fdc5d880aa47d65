package io.presskit.document;

import io.presskit.bundle.BundleImporter;
import io.presskit.image.PreparedImage;
import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.Dateline;
import io.presskit.model.Photo;
import io.presskit.model.Problem;
import io.presskit.model.Release;
import io.presskit.model.ReleaseRules;
import io.presskit.model.ReleaseTiming;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Builds a release from recognised pieces: what each role takes from its piece's text (a highlight without
 * its bullet, a caption without its number and with its credit split off, phones and emails out of labelled
 * lines), extra pieces of a single-valued role put in the body, and a note for everything it could not place.
 */
final class ReleaseAssembler {
    private final Recognition recognition;
    private final List<String> notes = new ArrayList<>();

    private String issuer;
    private String label;
    private ReleaseTiming timing = ReleaseTiming.IMMEDIATE;
    private boolean statusSeen;
    private final List<String> headline = new ArrayList<>();
    private String subheadline;
    private final List<String> highlights = new ArrayList<>();
    private Dateline dateline;
    private final List<String> body = new ArrayList<>();
    private String endMark;
    private final List<String[]> captions = new ArrayList<>();
    private final List<MutableBoilerplate> boilerplates = new ArrayList<>();
    private String contactsHeading;
    private final List<MutableContact> contacts = new ArrayList<>();
    private final List<String> furniture = new ArrayList<>();

    private static final class MutableBoilerplate {
        final String title;
        final List<String> body = new ArrayList<>();

        MutableBoilerplate(String title) {
            this.title = title;
        }
    }

    private static final class MutableContact {
        String organization;
        String name;
        final List<String> phones = new ArrayList<>();
        final List<String> emails = new ArrayList<>();

        boolean reached() {
            return !phones.isEmpty() || !emails.isEmpty();
        }
    }

    private ReleaseAssembler(Recognition recognition) {
        this.recognition = recognition;
    }

    static Assembly assemble(Recognition r, List<IncomingPhoto> photos, List<Contact> directory) throws DocumentException {
        ReleaseAssembler a = new ReleaseAssembler(r);
        a.notes.addAll(r.readingNotes());
        for (Piece p : merged(r.pieces())) {
            a.place(p);
        }
        return a.build(photos, directory);
    }

    /** Pieces that ran on in the document and kept the same role become one piece again. */
    private static List<Piece> merged(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : pieces) {
            Piece prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.runsOn() && prev.role() == p.role() && p.role() != PieceRole.PAGE_FURNITURE) {
                String joiner = p.role() == PieceRole.HEADLINE ? "\n" : prev.joiner();
                out.set(out.size() - 1, new Piece(prev.text() + joiner + p.text(), p.role(), prev.where(), p.joiner(),
                        prev.unplaced() || p.unplaced()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private void place(Piece p) throws DocumentException {
        String text = p.text().strip();
        switch (p.role()) {
            case ISSUER -> {
                if (issuer == null) {
                    issuer = text;
                } else {
                    extra(p, "a second letterhead line");
                }
            }
            case LABEL -> {
                if (label == null) {
                    label = text;
                } else {
                    extra(p, "a second label");
                }
            }
            case STATUS -> status(p, text);
            case HEADLINE -> headline.add(text);
            case SUBHEADLINE -> subheadline = subheadline == null ? text : DocText.join(subheadline, text);
            case HIGHLIGHT -> highlights.add(Markers.match(Markers.BULLET, text).map(m -> m.group("text").strip()).orElse(text));
            case DATELINE -> {
                Optional<Datelines.Found> found = Datelines.find(text);
                if (dateline == null && found.isPresent()) {
                    dateline = found.get().dateline();
                } else {
                    extra(p, dateline == null ? "a dateline without a place and date" : "a second dateline");
                }
            }
            case BODY -> {
                body.add(text);
                if (p.unplaced()) {
                    notes.add(p.where() + ": \"" + shorten(text) + "\" was not recognised; it is in the body.");
                }
            }
            case END_MARK -> {
                if (endMark == null) {
                    endMark = text;
                } else {
                    extra(p, "a second end mark");
                }
            }
            case CAPTION -> caption(text);
            case CREDIT -> {
                if (captions.isEmpty()) {
                    extra(p, "a credit before any caption");
                } else {
                    String credit = Markers.match(Markers.CREDIT_LINE, text).map(m -> m.group("credit").strip()).orElse(text);
                    String[] last = captions.get(captions.size() - 1);
                    last[1] = last[1] == null ? credit : last[1] + "; " + credit;
                }
            }
            case ABOUT_TITLE -> boilerplates.add(new MutableBoilerplate(text.replaceAll("\\s*[:：]$", "")));
            case ABOUT_BODY -> {
                if (boilerplates.isEmpty()) {
                    extra(p, "an \"About\" paragraph without its title");
                } else {
                    boilerplates.get(boilerplates.size() - 1).body.add(text);
                }
            }
            case CONTACTS_HEADING -> {
                if (contactsHeading == null) {
                    contactsHeading = text;
                } else {
                    extra(p, "a second contacts heading");
                }
            }
            case CONTACT_ORGANIZATION -> organization(value(Markers.ORG_LABEL, text));
            case CONTACT_NAME -> name(value(Markers.NAME_LABEL, text));
            case CONTACT_PHONE -> phones(text);
            case CONTACT_EMAIL -> emails(text);
            case PAGE_FURNITURE -> furniture.add(text);
        }
    }

    /** A piece the release has no second place for: it goes to the body, and the import says so. */
    private void extra(Piece p, String what) {
        body.add(p.text().strip());
        notes.add(p.where() + ": \"" + shorten(p.text()) + "\" is " + what + "; it is in the body.");
    }

    private void status(Piece p, String text) throws DocumentException {
        if (statusSeen) {
            extra(p, "a second status line");
            return;
        }
        statusSeen = true;
        if (Markers.whole(Markers.IMMEDIATE, text)) {
            timing = ReleaseTiming.IMMEDIATE;
            return;
        }
        Embargoes.Read read = Embargoes.read(text, p.where());
        timing = new ReleaseTiming.Embargoed(read.until());
        if (read.note() != null) {
            notes.add(read.note());
        }
    }

    private void caption(String text) {
        Matcher m = Markers.CAPTION.matcher(text);
        String caption = text;
        int number = -1;
        if (m.matches()) {
            caption = m.group("text").strip();
            number = Markers.photoNumber(m.group("zh") != null ? m.group("zh") : m.group("en"));
        }
        String credit = null;
        Matcher c = Markers.TRAILING_CREDIT.matcher(caption);
        if (c.matches()) {
            caption = c.group("caption").strip();
            credit = c.group("credit").strip();
        }
        if (number > 0 && number != captions.size() + 1) {
            notes.add("Caption \"" + shorten(text) + "\" is numbered " + number + " but is caption " + (captions.size() + 1)
                    + " in order; photos are attached in order.");
        }
        captions.add(new String[] {caption, credit, text});
    }

    private static String value(java.util.regex.Pattern labelled, String text) {
        return Markers.match(labelled, text).map(m -> m.group("value").strip()).orElse(text);
    }

    private MutableContact current(boolean startNew) {
        if (startNew || contacts.isEmpty()) {
            contacts.add(new MutableContact());
        }
        return contacts.get(contacts.size() - 1);
    }

    private void organization(String org) {
        MutableContact c = contacts.isEmpty() ? null : contacts.get(contacts.size() - 1);
        if (c == null || c.reached()) {
            current(true).organization = org;
        } else {
            c.organization = c.organization == null ? org : c.organization + ", " + org;
        }
    }

    private void name(String name) {
        MutableContact c = contacts.isEmpty() ? null : contacts.get(contacts.size() - 1);
        if (c == null || c.name != null || c.reached()) {
            current(true).name = name;
        } else {
            c.name = name;
        }
    }

    private void phones(String text) {
        Matcher fax = Markers.FAX_LABEL.matcher(text);
        if (fax.matches()) {
            current(false).phones.add(text);
            return;
        }
        for (String part : value(Markers.PHONE_LABEL, text).split("\\s*(/|、|,|;|；|，|\\bor\\b|或)\\s*")) {
            if (!part.isBlank()) {
                current(false).phones.add(part.strip());
            }
        }
    }

    private void emails(String text) {
        Matcher m = Markers.EMAIL_IN_TEXT.matcher(text);
        boolean any = false;
        while (m.find()) {
            current(false).emails.add(m.group());
            any = true;
        }
        if (!any) {
            current(false).emails.add(value(Markers.EMAIL_LABEL, text));
        }
    }

    // ------------------------------------------------------------------ the release

    private Assembly build(List<IncomingPhoto> photos, List<Contact> directory) throws DocumentException {
        if (issuer == null && !boilerplates.isEmpty()) {
            Matcher m = Markers.ABOUT.matcher(boilerplates.get(0).title);
            String subject = m.matches() ? (m.group("zh") != null ? m.group("zh") : m.group("en")) : null;
            if (subject != null && !subject.isBlank()) {
                issuer = subject.strip();
                notes.add("No letterhead line; the issuer was taken from \"" + boilerplates.get(0).title + "\".");
            }
        }
        if (headline.isEmpty()) {
            notes.add("No headline was recognised; the release is stored without one.");
        }
        if (!furniture.isEmpty()) {
            notes.add("Left out " + furniture.size() + (furniture.size() == 1 ? " line" : " lines")
                    + " of page furniture (\"" + shorten(furniture.get(0)) + "\"" + (furniture.size() > 1 ? " …" : "") + ").");
        }
        List<PreparedImage> images = new ArrayList<>();
        List<Photo> releasePhotos = photos(photos, images);
        Release release = new Release(recognition.language(), issuer, label, timing, String.join("\n", headline),
                subheadline, highlights, dateline, body, endMark, releasePhotos, boilerplates(), contactsHeading,
                contacts(directory));
        List<Problem> problems = ReleaseRules.hardLimits(release);
        if (!problems.isEmpty()) {
            throw new DocumentException(recognition.fileName() + ": " + problems.get(0).sentence());
        }
        return new Assembly(release, images, notes);
    }

    private List<Photo> photos(List<IncomingPhoto> photos, List<PreparedImage> images) {
        List<Photo> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < photos.size(); i++) {
            IncomingPhoto in = photos.get(i);
            PreparedImage img = in.image();
            String caption = i < captions.size() ? captions.get(i)[0] : "";
            String credit = i < captions.size() ? captions.get(i)[1] : null;
            if (i >= captions.size()) {
                notes.add("The photo " + in.fileName() + " has no caption in the document.");
            }
            images.add(img);
            out.add(new Photo(BundleImporter.uniqueName(in.fileName(), names), img.sha256(), img.info().mediaType(),
                    img.info().width(), img.info().height(), img.info().orientation(), caption, credit, in.altText()));
        }
        for (int i = photos.size(); i < captions.size(); i++) {
            String[] c = captions.get(i);
            body.add(c[2]);
            notes.add("Caption " + (i + 1) + " (\"" + shorten(c[0]) + "\") has no photo; it is in the body.");
        }
        return out;
    }

    private List<Boilerplate> boilerplates() {
        List<Boilerplate> out = new ArrayList<>();
        for (MutableBoilerplate b : boilerplates) {
            out.add(new Boilerplate(null, b.title, b.body));
        }
        return out;
    }

    /** Contacts as recognised, or the directory's entry for the same person (one of the same emails). */
    private List<Contact> contacts(List<Contact> directory) {
        Map<String, Contact> byEmail = new LinkedHashMap<>();
        for (Contact d : directory) {
            for (String e : d.emails()) {
                byEmail.putIfAbsent(e.toLowerCase(Locale.ROOT), d);
            }
        }
        List<Contact> out = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            MutableContact m = contacts.get(i);
            Contact parsed = new Contact(null, m.organization, m.name == null ? "" : m.name, m.phones, m.emails);
            Contact known = null;
            for (String e : m.emails) {
                known = byEmail.get(e.toLowerCase(Locale.ROOT));
                if (known != null) {
                    break;
                }
            }
            if (known != null) {
                if (!known.sameContent(parsed)) {
                    notes.add("Contact " + (i + 1) + " (" + label(parsed) + ") shares an email with " + label(known)
                            + " in the directory; the directory's entry is used.");
                }
                out.add(known);
            } else {
                if (parsed.name().isBlank()) {
                    notes.add("Contact " + (i + 1) + " (" + label(parsed) + ") has no name.");
                }
                out.add(parsed);
            }
        }
        return out;
    }

    private static String label(Contact c) {
        if (!c.name().isBlank()) {
            return c.name();
        }
        if (c.organization() != null) {
            return c.organization();
        }
        return c.emails().isEmpty() ? String.join(", ", c.phones()) : c.emails().get(0);
    }

    static String shorten(String s) {
        String one = s.strip().replace('\n', ' ');
        return one.codePointCount(0, one.length()) <= 40 ? one : one.substring(0, one.offsetByCodePoints(0, 40)) + "…";
    }
}
