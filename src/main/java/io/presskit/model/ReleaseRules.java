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
 * The one place that says what a release, a contact and a boilerplate may hold, in two degrees:
 * <ul>
 *   <li>{@link #hardLimits} — what may be <em>stored</em> at all: length caps, control characters, lone
 *   surrogates and the structure of photo records. A draft is saved as typed, blank headline, empty highlight
 *   and bad email included, so nothing a user types is ever lost.</li>
 *   <li>{@link #validate} — what may be <em>issued</em>: the hard limits plus completeness (a headline, a
 *   body, valid emails, a caption for every photo …). It guards export as final, approval, {@code export-bundle}
 *   and bundle import (a bundle is a finished release), never saving.</li>
 * </ul>
 * The editor, the importers and the exporters all call it, so they refuse the same things with the same words.
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

    /** Every problem of the release, in field order; empty when it may be issued: printed as final and exported. */
    public static List<Problem> validate(Release r) {
        return check(r, true);
    }

    /**
     * The problems that stop a release from being stored at all (hard limits only), in field order. Empty for
     * any draft a user can type: blank or missing required fields are not hard limits.
     */
    public static List<Problem> hardLimits(Release r) {
        return check(r, false);
    }

    private static List<Problem> check(Release r, boolean complete) {
        List<Problem> p = new ArrayList<>();
        if (r.language() == null || r.language().isBlank()) {
            if (complete) {
                p.add(new Problem("language", "is required (a BCP 47 tag such as zh-Hant-HK or en-US)"));
            }
        } else if (complete && ReleaseLanguage.parse(r.language()).isEmpty()) {
            p.add(new Problem("language", "\"" + r.language() + "\" is not a BCP 47 language tag such as zh-Hant-HK or en-US"));
        } else {
            text(p, "language", r.language(), false);
        }
        optionalText(p, "issuer", r.issuer(), false);
        optionalText(p, "label", r.label(), false);
        required(p, "headline", r.headline(), true, complete);
        optionalText(p, "subheadline", r.subheadline(), false);
        paragraphs(p, "highlights", r.highlights(), false, complete);
        if (r.dateline() != null) {
            required(p, "dateline.place", r.dateline().place(), false, complete);
            if (complete && r.dateline().date() == null) {
                p.add(new Problem("dateline.date", "is required (an ISO date such as 2023-12-06)"));
            }
        }
        paragraphs(p, "body", r.body(), true, complete);
        optionalText(p, "endMark", r.endMark(), false);
        Set<String> fileNames = new HashSet<>();
        for (int i = 0; i < r.photos().size(); i++) {
            photo(p, "photos[" + i + "]", r.photos().get(i), fileNames, complete);
        }
        for (int i = 0; i < r.boilerplates().size(); i++) {
            p.addAll(boilerplate(r.boilerplates().get(i), "boilerplates[" + i + "]", complete));
        }
        optionalText(p, "contactsHeading", r.contactsHeading(), false);
        for (int i = 0; i < r.contacts().size(); i++) {
            p.addAll(contact(r.contacts().get(i), "contacts[" + i + "]", complete));
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

    /** Every problem of a contact (for issuing a release that lists it). */
    public static List<Problem> validateContact(Contact c, String path) {
        return contact(c, path, true);
    }

    /** What stops a contact from being stored at all: hard limits only; a bad email is kept as typed. */
    public static List<Problem> contactHardLimits(Contact c, String path) {
        return contact(c, path, false);
    }

    public static List<Problem> validateBoilerplate(Boilerplate b, String path) {
        return boilerplate(b, path, true);
    }

    public static List<Problem> boilerplateHardLimits(Boilerplate b, String path) {
        return boilerplate(b, path, false);
    }

    private static List<Problem> contact(Contact c, String path, boolean complete) {
        List<Problem> p = new ArrayList<>();
        String prefix = path.isEmpty() ? "" : path + ".";
        optionalText(p, prefix + "organization", c.organization(), false);
        required(p, prefix + "name", c.name(), false, complete);
        for (int i = 0; i < c.phones().size(); i++) {
            // free text by the bundle format, but one clean line
            required(p, prefix + "phones[" + i + "]", c.phones().get(i), false, complete);
        }
        for (int i = 0; i < c.emails().size(); i++) {
            String email = c.emails().get(i);
            String f = prefix + "emails[" + i + "]";
            if (complete && !isValidEmail(email)) {
                p.add(new Problem(f, "\"" + email + "\" is not a valid email address"));
            } else if (email != null) {
                text(p, f, email, false);
            }
        }
        optionalText(p, prefix + "otherOrganization", c.otherOrganization(), false);
        optionalText(p, prefix + "otherName", c.otherName(), false);
        return p;
    }

    private static List<Problem> boilerplate(Boilerplate b, String path, boolean complete) {
        List<Problem> p = new ArrayList<>();
        String prefix = path.isEmpty() ? "" : path + ".";
        required(p, prefix + "title", b.title(), false, complete);
        paragraphs(p, prefix + "body", b.body(), true, complete);
        if (b.hasOtherVersion()) {
            // The version in the other script is whole or absent: a title without paragraphs prints an empty section.
            required(p, prefix + "otherTitle", b.otherTitle(), false, complete);
            paragraphs(p, prefix + "otherBody", b.otherBody(), true, complete);
        }
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

    /** The photo record's structure is a hard limit (the app and importers make it); its caption is completeness. */
    private static void photo(List<Problem> p, String path, Photo ph, Set<String> fileNames, boolean complete) {
        if (ph.fileName() == null || ph.fileName().isBlank() || ph.fileName().contains("/")
                || ph.fileName().contains("\\") || ph.fileName().startsWith(".")) {
            p.add(new Problem(path + ".file", "\"" + ph.fileName() + "\" is not a plain file name"));
        } else if (!fileNames.add(ph.fileName().toLowerCase(java.util.Locale.ROOT))) {
            p.add(new Problem(path + ".file", "\"" + ph.fileName() + "\" is used by another photo of this release"));
        } else {
            text(p, path + ".file", ph.fileName(), false);
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
        required(p, path + ".caption", ph.caption(), false, complete);
        optionalText(p, path + ".credit", ph.credit(), false);
        optionalText(p, path + ".altText", ph.altText(), false);
    }

    private static void paragraphs(List<Problem> p, String field, List<String> list, boolean required, boolean complete) {
        if (complete && required && list.isEmpty()) {
            p.add(new Problem(field, "needs at least one paragraph"));
        }
        for (int i = 0; i < list.size(); i++) {
            required(p, field + "[" + i + "]", list.get(i), false, complete);
        }
    }

    /** A field that must hold text to be issued; as a hard limit only its characters are checked. */
    private static void required(List<Problem> p, String field, String value, boolean newlines, boolean complete) {
        if (value == null || value.isBlank()) {
            if (complete) {
                p.add(new Problem(field, "must not be blank"));
            }
        } else {
            text(p, field, value, newlines);
        }
    }

    /** Optional text is null when absent (the records turn blank into null), so only its characters are checked. */
    private static void optionalText(List<Problem> p, String field, String value, boolean newlines) {
        if (value != null && !value.isBlank()) {
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
