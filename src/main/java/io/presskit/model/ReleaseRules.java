package io.presskit.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place that says what a release, a contact and a boilerplate may hold. The editor, the bundle
 * importer and the exporter all call it, so they refuse the same things with the same words.
 */
public final class ReleaseRules {
    /** Longest text any single field may hold; far beyond any real paragraph, short of exhausting memory. */
    public static final int MAX_FIELD_LENGTH = 1_000_000;

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private ReleaseRules() {
    }

    public static boolean isValidEmail(String email) {
        return email != null && email.length() <= 254 && EMAIL.matcher(email).matches();
    }

    /** Every problem of the release, in field order; empty when it may be stored, printed and exported. */
    public static List<Problem> validate(Release r) {
        List<Problem> p = new ArrayList<>();
        if (r.language() == null || r.language().isBlank()) {
            p.add(new Problem("language", "is required (a BCP 47 tag such as zh-Hant-HK or en-US)"));
        } else if (ReleaseLanguage.parse(r.language()).isEmpty()) {
            p.add(new Problem("language", "\"" + r.language() + "\" is not a BCP 47 language tag such as zh-Hant-HK or en-US"));
        }
        optionalText(p, "issuer", r.issuer(), false);
        optionalText(p, "label", r.label(), false);
        if (r.headline() == null || r.headline().isBlank()) {
            p.add(new Problem("headline", "must not be blank"));
        } else {
            text(p, "headline", r.headline(), true);
        }
        optionalText(p, "subheadline", r.subheadline(), false);
        paragraphs(p, "highlights", r.highlights(), false);
        if (r.dateline() != null) {
            if (r.dateline().place() == null || r.dateline().place().isBlank()) {
                p.add(new Problem("dateline.place", "must not be blank"));
            } else {
                text(p, "dateline.place", r.dateline().place(), false);
            }
            if (r.dateline().date() == null) {
                p.add(new Problem("dateline.date", "is required (an ISO date such as 2023-12-06)"));
            }
        }
        paragraphs(p, "body", r.body(), true);
        optionalText(p, "endMark", r.endMark(), false);
        Set<String> fileNames = new HashSet<>();
        for (int i = 0; i < r.photos().size(); i++) {
            photo(p, "photos[" + i + "]", r.photos().get(i), fileNames);
        }
        for (int i = 0; i < r.boilerplates().size(); i++) {
            p.addAll(validateBoilerplate(r.boilerplates().get(i), "boilerplates[" + i + "]"));
        }
        optionalText(p, "contactsHeading", r.contactsHeading(), false);
        for (int i = 0; i < r.contacts().size(); i++) {
            p.addAll(validateContact(r.contacts().get(i), "contacts[" + i + "]"));
        }
        return p;
    }

    /** Throws with the first problem's sentence when the release is not valid. */
    public static void check(Release r) throws InvalidReleaseException {
        List<Problem> p = validate(r);
        if (!p.isEmpty()) {
            throw new InvalidReleaseException(p);
        }
    }

    public static List<Problem> validateContact(Contact c, String path) {
        List<Problem> p = new ArrayList<>();
        String prefix = path.isEmpty() ? "" : path + ".";
        optionalText(p, prefix + "organization", c.organization(), false);
        if (c.name() == null || c.name().isBlank()) {
            p.add(new Problem(prefix + "name", "must not be blank"));
        } else {
            text(p, prefix + "name", c.name(), false);
        }
        for (int i = 0; i < c.phones().size(); i++) {
            String phone = c.phones().get(i);
            String f = prefix + "phones[" + i + "]";
            if (phone == null || phone.isBlank()) {
                p.add(new Problem(f, "must not be blank"));
            } else {
                text(p, f, phone, false); // free text by the bundle format, but one clean line
            }
        }
        for (int i = 0; i < c.emails().size(); i++) {
            String email = c.emails().get(i);
            if (!isValidEmail(email)) {
                p.add(new Problem(prefix + "emails[" + i + "]", "\"" + email + "\" is not a valid email address"));
            }
        }
        return p;
    }

    public static List<Problem> validateBoilerplate(Boilerplate b, String path) {
        List<Problem> p = new ArrayList<>();
        String prefix = path.isEmpty() ? "" : path + ".";
        if (b.title() == null || b.title().isBlank()) {
            p.add(new Problem(prefix + "title", "must not be blank"));
        } else {
            text(p, prefix + "title", b.title(), false);
        }
        paragraphs(p, prefix + "body", b.body(), true);
        return p;
    }

    /**
     * Reads an embargo time, which must carry an offset or Z (optionally followed by a region in
     * brackets): a bare local time is refused, because a wrong zone breaks embargoes.
     */
    public static ZonedDateTime parseEmbargo(String field, String text) throws InvalidReleaseException {
        if (text == null || text.isBlank()) {
            throw new InvalidReleaseException(List.of(new Problem(field, "is required for an embargoed release")));
        }
        TemporalAccessor parsed;
        try {
            parsed = DateTimeFormatter.ISO_DATE_TIME.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidReleaseException(List.of(new Problem(field,
                    "\"" + text + "\" is not a date and time such as 2027-03-15T09:00:00-04:00")));
        }
        if (!parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            throw new InvalidReleaseException(List.of(new Problem(field, "\"" + text
                    + "\" has no time zone; write it with an offset or Z, such as 2027-03-15T09:00:00-04:00")));
        }
        OffsetDateTime written = OffsetDateTime.from(parsed);
        ZoneId region = parsed.query(TemporalQueries.zoneId());
        if (region == null || region instanceof ZoneOffset) {
            return written.toZonedDateTime();
        }
        // "…-04:00[America/New_York]": the region is kept only if it agrees with the written offset.
        if (!region.getRules().getValidOffsets(written.toLocalDateTime()).contains(written.getOffset())) {
            throw new InvalidReleaseException(List.of(new Problem(field, "\"" + text
                    + "\": the offset " + written.getOffset() + " is not that of " + region.getId() + " at that time")));
        }
        return ZonedDateTime.ofLocal(written.toLocalDateTime(), region, written.getOffset());
    }

    public static LocalDate parseDate(String field, String text) throws InvalidReleaseException {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidReleaseException(List.of(new Problem(field,
                    "\"" + text + "\" is not an ISO date such as 2023-12-06")));
        }
    }

    private static void photo(List<Problem> p, String path, Photo ph, Set<String> fileNames) {
        if (ph.fileName() == null || ph.fileName().isBlank() || ph.fileName().contains("/")
                || ph.fileName().contains("\\") || ph.fileName().startsWith(".")) {
            p.add(new Problem(path + ".file", "\"" + ph.fileName() + "\" is not a plain file name"));
        } else if (!fileNames.add(ph.fileName().toLowerCase(java.util.Locale.ROOT))) {
            p.add(new Problem(path + ".file", "\"" + ph.fileName() + "\" is used by another photo of this release"));
        }
        if (ph.sha256() == null || !SHA256.matcher(ph.sha256()).matches()) {
            p.add(new Problem(path, "has no stored image"));
        }
        if (ph.width() <= 0 || ph.height() <= 0) {
            p.add(new Problem(path, "has no pixel size"));
        }
        if (ph.orientation() < 1 || ph.orientation() > 8) {
            p.add(new Problem(path, "has orientation " + ph.orientation() + "; EXIF orientations are 1 to 8"));
        }
        if (ph.caption() == null || ph.caption().isBlank()) {
            p.add(new Problem(path + ".caption", "must not be blank"));
        } else {
            text(p, path + ".caption", ph.caption(), false);
        }
        optionalText(p, path + ".credit", ph.credit(), false);
        optionalText(p, path + ".altText", ph.altText(), false);
    }

    private static void paragraphs(List<Problem> p, String field, List<String> list, boolean required) {
        if (required && list.isEmpty()) {
            p.add(new Problem(field, "needs at least one paragraph"));
        }
        for (int i = 0; i < list.size(); i++) {
            String s = list.get(i);
            String f = field + "[" + i + "]";
            if (s == null || s.isBlank()) {
                p.add(new Problem(f, "must not be blank"));
            } else {
                text(p, f, s, false);
            }
        }
    }

    private static void optionalText(List<Problem> p, String field, String value, boolean newlines) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            p.add(new Problem(field, "must not be blank; leave it out to use the default"));
        } else {
            text(p, field, value, newlines);
        }
    }

    /** Refuses control characters (a line break only where allowed), lone surrogates and absurd lengths. */
    private static void text(List<Problem> p, String field, String s, boolean newlines) {
        if (s.length() > MAX_FIELD_LENGTH) {
            p.add(new Problem(field, "is " + s.length() + " characters long; the most a field may hold is " + MAX_FIELD_LENGTH));
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                p.add(new Problem(field, "contains a broken character (an unpaired surrogate) at position " + (i + 1)));
                return;
            }
            if (Character.isLowSurrogate(c)) {
                p.add(new Problem(field, "contains a broken character (an unpaired surrogate) at position " + (i + 1)));
                return;
            }
            if (c == '\n' && newlines) {
                continue;
            }
            if (Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029') {
                String what = c == '\n' || c == '\r' ? "a line break" : c == '\t' ? "a tab" : String.format("the control character U+%04X", (int) c);
                p.add(new Problem(field, "contains " + what + " at position " + (i + 1)
                        + (c == '\n' || c == '\r' ? "; split it into paragraphs instead" : "")));
                return;
            }
        }
    }
}
