package io.presskit.document;

import io.presskit.model.Dateline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline at the head of a release's first paragraph, in the forms releases use:
 * {@code （香港·2023年12月6日）}, {@code (香港·2023年12月6日) - }, {@code 【香港 – 2023年12月6日】},
 * {@code BOSTON, March 15, 2027 –}, {@code HONG KONG, 6 December 2023 –},
 * {@code BOSTON, Mass., March 15, 2027 /PRNewswire/ --}.
 */
final class Datelines {
    /** A dateline found: its value, and where the paragraph's own text starts after it. */
    record Found(Dateline dateline, String text, int end) {
    }

    private static final String MONTHS = "(?<month>jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
            + "sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?";
    private static final String AFTER = "\\s*(/[^/\\n]{1,40}/)?\\s*([-－–—]{1,2}|[:：])?\\s*";

    private static final Pattern ZH = Pattern.compile(
            "[(（【\\[]?\\s*(?<place>[^\\s\\d·・•‧、，,()（）【】\\[\\]]{1,20}?)\\s*[·・•‧、，,\\s–—-]\\s*"
                    + "(?<year>\\d{4})\\s*年\\s*(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*日\\s*[)）】\\]]?" + AFTER);

    private static final Pattern EN_MONTH_FIRST = Pattern.compile(
            "[(]?(?<place>\\p{L}[\\p{L} .'’-]{1,40}?(,\\s*\\p{L}[\\p{L} .'’-]{1,25}?)?),\\s*" + MONTHS
                    + "\\s+(?<d>\\d{1,2})(st|nd|rd|th)?,?\\s+(?<year>\\d{4})[)]?" + AFTER,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern EN_DAY_FIRST = Pattern.compile(
            "[(]?(?<place>\\p{L}[\\p{L} .'’-]{1,40}?(,\\s*\\p{L}[\\p{L} .'’-]{1,25}?)?),\\s*(?<d>\\d{1,2})(st|nd|rd|th)?\\s+"
                    + MONTHS + ",?\\s+(?<year>\\d{4})[)]?" + AFTER,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Datelines() {
    }

    /** The dateline at the start of {@code paragraph}, if it has one. */
    static Optional<Found> find(String paragraph) {
        for (Pattern p : new Pattern[] {ZH, EN_MONTH_FIRST, EN_DAY_FIRST}) {
            Matcher m = p.matcher(paragraph);
            if (!m.lookingAt()) {
                continue;
            }
            try {
                int month = p == ZH ? Integer.parseInt(m.group("m")) : month(m.group("month"));
                LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), month, Integer.parseInt(m.group("d")));
                String place = m.group("place").strip();
                if (p != ZH && place.split("\\s+").length > 5) {
                    continue;
                }
                return Optional.of(new Found(new Dateline(place, date), paragraph.substring(0, m.end()).strip(), m.end()));
            } catch (DateTimeException | NumberFormatException e) {
                // "February 30": not a dateline after all
            }
        }
        return Optional.empty();
    }

    /** True when the English dateline puts the month first (American style). */
    static boolean monthFirst(String datelineText) {
        return EN_MONTH_FIRST.matcher(datelineText).lookingAt();
    }

    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) {
                return m.getValue();
            }
        }
        throw new DateTimeException("no month " + name);
    }
}
