package io.presskit.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the instant out of an embargo line: {@code EMBARGOED UNTIL 09:00 EDT, 15 March 2027},
 * {@code Embargoed until 9:00 a.m. ET on Monday, March 15, 2027}, {@code 禁止發布，直至 2023年12月6日 15:00 HKT},
 * {@code 嚴禁於2023年12月6日下午3時（香港時間）前發布}, {@code … 13:00 UTC+8}. A zone abbreviation stands for its
 * region where it names one (EDT → America/New_York, HKT → Asia/Hong_Kong), so the release keeps the region
 * the kit prints; a written offset (UTC+8) stays a fixed offset. A time without a zone is refused: a wrong
 * zone breaks embargoes.
 */
final class Embargoes {
    /** The instant, and a note when the text and the zone disagree. */
    record Read(ZonedDateTime until, String note) {
    }

    /** An abbreviation: the offset it stands for, and the region that uses it (null: a fixed offset). */
    private record Zone(ZoneOffset offset, String region) {
    }

    private static final Map<String, Zone> ZONES = Map.ofEntries(
            Map.entry("EDT", zone(-4, "America/New_York")), Map.entry("EST", zone(-5, "America/New_York")),
            Map.entry("CDT", zone(-5, "America/Chicago")), Map.entry("CST", zone(-6, "America/Chicago")),
            Map.entry("MDT", zone(-6, "America/Denver")), Map.entry("MST", zone(-7, "America/Denver")),
            Map.entry("PDT", zone(-7, "America/Los_Angeles")), Map.entry("PST", zone(-8, "America/Los_Angeles")),
            Map.entry("HKT", zone(8, "Asia/Hong_Kong")), Map.entry("SGT", zone(8, "Asia/Singapore")),
            Map.entry("JST", zone(9, "Asia/Tokyo")), Map.entry("KST", zone(9, "Asia/Seoul")),
            Map.entry("BST", zone(1, "Europe/London")), Map.entry("GMT", zone(0, "Europe/London")),
            Map.entry("CET", zone(1, "Europe/Paris")), Map.entry("CEST", zone(2, "Europe/Paris")),
            Map.entry("AEST", zone(10, "Australia/Sydney")), Map.entry("AEDT", zone(11, "Australia/Sydney")),
            Map.entry("NZST", zone(12, "Pacific/Auckland")), Map.entry("NZDT", zone(13, "Pacific/Auckland")),
            Map.entry("UTC", zone(0, null)), Map.entry("Z", zone(0, null)),
            Map.entry("香港時間", zone(8, "Asia/Hong_Kong")), Map.entry("香港时间", zone(8, "Asia/Hong_Kong")),
            Map.entry("北京時間", zone(8, "Asia/Shanghai")), Map.entry("北京时间", zone(8, "Asia/Shanghai")),
            Map.entry("台北時間", zone(8, "Asia/Taipei")), Map.entry("臺北時間", zone(8, "Asia/Taipei")),
            Map.entry("新加坡時間", zone(8, "Asia/Singapore")), Map.entry("格林威治時間", zone(0, "Europe/London")));

    /** Zones written by their region's clock, whatever the season: ET, PT, "Hong Kong time". */
    private static final Map<String, String> REGION_ONLY = Map.of(
            "ET", "America/New_York", "CT", "America/Chicago", "MT", "America/Denver", "PT", "America/Los_Angeles",
            "HONG KONG TIME", "Asia/Hong_Kong", "HK TIME", "Asia/Hong_Kong", "EASTERN TIME", "America/New_York",
            "PACIFIC TIME", "America/Los_Angeles", "LONDON TIME", "Europe/London", "UK TIME", "Europe/London");

    private static final Pattern OFFSET = Pattern.compile(
            "(UTC|GMT)\\s*(?<sign>[+−-])\\s*(?<h>\\d{1,2})(:?(?<m>\\d{2}))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?<![\\p{L}])(?<z>[A-Z]{1,4})(?![\\p{L}])|(?<zh>香港時間|香港时间|北京時間|北京时间|台北時間|臺北時間|新加坡時間|格林威治時間)");
    private static final Pattern REGION_WORDS = Pattern.compile(
            "\\b(?<z>hong kong time|hk time|eastern time|pacific time|london time|uk time)\\b", Pattern.CASE_INSENSITIVE);

    private static final String MONTHS = "(?<month>jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
            + "sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?";
    private static final Pattern ZH_DATE = Pattern.compile("(?<y>\\d{4})\\s*年\\s*(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*日");
    private static final Pattern ISO_DATE = Pattern.compile("(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})");
    private static final Pattern EN_DAY_FIRST = Pattern.compile(
            "\\b(?<d>\\d{1,2})(st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+(?<y>\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_MONTH_FIRST = Pattern.compile(
            "\\b" + MONTHS + "\\s+(?<d>\\d{1,2})(st|nd|rd|th)?,?\\s+(?<y>\\d{4})\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern ZH_TIME = Pattern.compile(
            "(?<part>上午|下午|中午|晚上|凌晨|早上)?\\s*(?<h>\\d{1,2})\\s*(時|时|點|点)\\s*((?<m>\\d{1,2})\\s*分|(?<half>半)|正)?");
    private static final Pattern CLOCK = Pattern.compile(
            "(?<part>上午|下午|中午|晚上|凌晨|早上)?\\s*(?<![\\d:])(?<h>\\d{1,2})\\s*[:.：]\\s*(?<m>\\d{2})(?![\\d])"
                    + "\\s*(?<ampm>a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOUR_AMPM = Pattern.compile(
            "(?<![\\d:])(?<h>\\d{1,2})\\s*(?<ampm>a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOON = Pattern.compile("\\b(noon|midday|midnight)\\b", Pattern.CASE_INSENSITIVE);

    private Embargoes() {
    }

    private static Zone zone(int hours, String region) {
        return new Zone(ZoneOffset.ofHours(hours), region);
    }

    /** The embargo instant written in {@code line}; throws with one sentence naming what is missing. */
    static Read read(String line, String where) throws DocumentException {
        String what = where + ": the embargo \"" + line.strip() + "\"";
        LocalDate date = date(line);
        if (date == null) {
            throw new DocumentException(what + " has no date such as 15 March 2027 or 2027年3月15日.");
        }
        LocalTime time = time(line);
        if (time == null) {
            throw new DocumentException(what + " has no time of day such as 09:00.");
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        Matcher off = OFFSET.matcher(line);
        if (off.find()) {
            int h = Integer.parseInt(off.group("h"));
            int m = off.group("m") == null ? 0 : Integer.parseInt(off.group("m"));
            int sign = off.group("sign").equals("+") ? 1 : -1;
            try {
                return new Read(ZonedDateTime.of(local, ZoneOffset.ofHoursMinutes(sign * h, sign * m)), null);
            } catch (DateTimeException e) {
                throw new DocumentException(what + " has an offset no clock uses.");
            }
        }
        Matcher words = REGION_WORDS.matcher(line);
        if (words.find()) {
            return new Read(ZonedDateTime.of(local, ZoneId.of(REGION_ONLY.get(words.group("z").toUpperCase(Locale.ROOT)))), null);
        }
        List<String> abbreviations = new ArrayList<>();
        Matcher ab = ABBREVIATION.matcher(line);
        while (ab.find()) {
            abbreviations.add(ab.group("z") != null ? ab.group("z") : ab.group("zh"));
        }
        for (String a : abbreviations) {
            if (REGION_ONLY.containsKey(a)) {
                return new Read(ZonedDateTime.of(local, ZoneId.of(REGION_ONLY.get(a))), null);
            }
            Zone z = ZONES.get(a);
            if (z == null) {
                continue;
            }
            if (z.region() == null) {
                return new Read(ZonedDateTime.of(local, z.offset()), null);
            }
            ZoneId region = ZoneId.of(z.region());
            if (region.getRules().getValidOffsets(local).contains(z.offset())) {
                return new Read(ZonedDateTime.ofLocal(local, region, z.offset()), null);
            }
            // "09:00 EDT" on a winter date: the written offset is what the author meant; say so.
            return new Read(ZonedDateTime.of(local, z.offset()), where + ": " + a + " is not the time " + z.region()
                    + " keeps on " + date + "; the embargo was taken as UTC" + z.offset().getId() + " as written.");
        }
        throw new DocumentException(what + " has no time zone; write one such as HKT, EDT or UTC+8 and import again.");
    }

    private static LocalDate date(String line) {
        for (Pattern p : new Pattern[] {ZH_DATE, ISO_DATE, EN_DAY_FIRST, EN_MONTH_FIRST}) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                try {
                    int month = p == ZH_DATE || p == ISO_DATE ? Integer.parseInt(m.group("m")) : Datelines.month(m.group("month"));
                    return LocalDate.of(Integer.parseInt(m.group("y")), month, Integer.parseInt(m.group("d")));
                } catch (DateTimeException | NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static LocalTime time(String line) {
        String withoutDates = ZH_DATE.matcher(ISO_DATE.matcher(line).replaceAll(" ")).replaceAll(" ");
        try {
            Matcher m = CLOCK.matcher(withoutDates);
            if (m.find()) {
                return of(Integer.parseInt(m.group("h")), Integer.parseInt(m.group("m")), m.group("ampm"), m.group("part"));
            }
            m = HOUR_AMPM.matcher(withoutDates);
            if (m.find()) {
                return of(Integer.parseInt(m.group("h")), 0, m.group("ampm"), null);
            }
            m = ZH_TIME.matcher(withoutDates);
            if (m.find()) {
                int minute = m.group("m") != null ? Integer.parseInt(m.group("m")) : m.group("half") != null ? 30 : 0;
                return of(Integer.parseInt(m.group("h")), minute, null, m.group("part"));
            }
            m = NOON.matcher(withoutDates);
            if (m.find()) {
                return m.group(1).equalsIgnoreCase("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON;
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** 12-hour clocks: "9 p.m.", "下午3時"; 12 a.m. is midnight, 12 p.m. noon. */
    private static LocalTime of(int hour, int minute, String ampm, String part) {
        boolean pm = ampm != null && ampm.toLowerCase(Locale.ROOT).startsWith("p")
                || part != null && (part.equals("下午") || part.equals("晚上") || part.equals("中午") && hour < 11);
        boolean am = ampm != null && ampm.toLowerCase(Locale.ROOT).startsWith("a")
                || part != null && (part.equals("上午") || part.equals("凌晨") || part.equals("早上"));
        int h = hour;
        if (pm && h < 12) {
            h += 12;
        } else if (am && h == 12) {
            h = 0;
        }
        return LocalTime.of(h, minute);
    }
}
