package io.presskit.app.i18n;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as people type them, read in the UI locale's order: {@code 30/11/2026} is 30 November in
 * Hong Kong (day first) and {@code 11/30/2026} is the same day in the United States (month first). ISO
 * {@code 2026-11-30} is read everywhere, as are Chinese {@code 2026年11月30日} and English month names. What
 * cannot be read is reported as unreadable, never guessed and never dropped.
 */
public final class TypedDates {
    /** The outcome of reading a typed value: nothing typed, a value, or text that cannot be read. */
    public sealed interface Read<T> {
        record Empty<T>() implements Read<T> {
        }

        record Value<T>(T value) implements Read<T> {
        }

        record Unreadable<T>(String text) implements Read<T> {
        }
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{2}|\\d{4})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?");
    private static final Pattern DAY_MONTH_NAME = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_NAME_DAY = Pattern.compile("([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern TIME = Pattern.compile(
            "(上午|下午|中午|晚上)?\\s*(\\d{1,2})(?:\\s*[:.時时]\\s*(\\d{2})?\\s*分?)?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?");
    private static final Pattern COMPACT_TIME = Pattern.compile("(\\d{2})(\\d{2})");

    private TypedDates() {
    }

    /** Reads a typed date; {@code dayFirst} decides what {@code 01/02/2026} means. */
    public static Read<LocalDate> date(String typed, boolean dayFirst) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return new Read.Empty<>();
        }
        try {
            Matcher m;
            if ((m = ISO.matcher(t)).matches() || (m = CHINESE.matcher(t)).matches()) {
                return value(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            if ((m = NUMERIC.matcher(t)).matches()) {
                int a = num(m, 1);
                int b = num(m, 2);
                int year = num(m, 3);
                year = m.group(3).length() == 2 ? 2000 + year : year;
                return value(dayFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b));
            }
            if ((m = DAY_MONTH_NAME.matcher(t)).matches()) {
                Month month = month(m.group(2));
                if (month != null) {
                    return value(LocalDate.of(num(m, 3), month, num(m, 1)));
                }
            }
            if ((m = MONTH_NAME_DAY.matcher(t)).matches()) {
                Month month = month(m.group(1));
                if (month != null) {
                    return value(LocalDate.of(num(m, 3), month, num(m, 2)));
                }
            }
        } catch (DateTimeException e) {
            // 31/02/2026 and the like: a date that does not exist is unreadable, not rolled over
        }
        return new Read.Unreadable<>(t);
    }

    /** A date as the field shows it: {@code 30/11/2026} day first, {@code 11/30/2026} month first. */
    public static String format(LocalDate d, boolean dayFirst) {
        if (d == null) {
            return "";
        }
        String day = String.format(Locale.ROOT, "%02d", d.getDayOfMonth());
        String month = String.format(Locale.ROOT, "%02d", d.getMonthValue());
        return (dayFirst ? day + "/" + month : month + "/" + day) + "/" + d.getYear();
    }

    /** The example shown as the field's prompt. */
    public static String example(boolean dayFirst) {
        return format(LocalDate.of(2026, 11, 30), dayFirst);
    }

    /** Reads a typed time of day: {@code 09:00}, {@code 9.30}, {@code 0930}, {@code 9am}, {@code 3:30 pm}, {@code 下午3時}. */
    public static Read<LocalTime> time(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return new Read.Empty<>();
        }
        try {
            Matcher c = COMPACT_TIME.matcher(t);
            if (c.matches()) {
                return value(LocalTime.of(num(c, 1), num(c, 2)));
            }
            Matcher m = TIME.matcher(t);
            if (m.matches()) {
                int hour = num(m, 2);
                int minute = m.group(3) == null ? 0 : num(m, 3);
                boolean pm = m.group(4) != null && m.group(4).startsWith("p")
                        || "下午".equals(m.group(1)) || "晚上".equals(m.group(1));
                boolean twelveHour = m.group(4) != null || m.group(1) != null;
                if (twelveHour) {
                    if (hour < 1 || hour > 12) {
                        return new Read.Unreadable<>(typed.strip());
                    }
                    hour = hour % 12 + (pm ? 12 : 0);
                    if ("中午".equals(m.group(1))) {
                        hour = 12;
                    }
                }
                return value(LocalTime.of(hour, minute));
            }
        } catch (DateTimeException e) {
            // 25:00, 09:75: unreadable
        }
        return new Read.Unreadable<>(typed.strip());
    }

    public static String format(LocalTime t) {
        return t == null ? "" : String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(n) || (n.length() >= 3 && full.startsWith(n) && n.length() <= full.length())) {
                return m;
            }
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static <T> Read<T> value(T v) {
        return new Read.Value<>(v);
    }
}
