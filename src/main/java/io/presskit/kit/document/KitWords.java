package io.presskit.kit.document;

import io.presskit.model.Dateline;
import io.presskit.model.Release;
import io.presskit.model.ReleaseLanguage;
import io.presskit.model.ReleaseTiming;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words a kit prints around a release's own text, in the release language (never the UI's), from one
 * resource bundle per language ({@code KitWords.properties}, {@code KitWords_zh.properties}). The label,
 * contacts heading and photo numbering a release stores or the editor shows come from
 * {@link ReleaseLanguage}, so that the editor and the kit print the same words.
 */
public final class KitWords {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ReleaseLanguage language;
    private final ResourceBundle bundle;

    private KitWords(ReleaseLanguage language) {
        this.language = language;
        // No fallback to the JVM's locale: a Chinese release on an English machine still prints Chinese words.
        this.bundle = ResourceBundle.getBundle(KitWords.class.getName(), language.locale(), NO_FALLBACK);
    }

    public static KitWords of(ReleaseLanguage language) {
        return new KitWords(language);
    }

    public ReleaseLanguage language() {
        return language;
    }

    /** The bundle's text for {@code key} with {@code args} filled in (strings only: no number grouping). */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }

    public String label(Release r) {
        return r.label() != null ? r.label() : language.defaultLabel();
    }

    public String contactsHeading(Release r) {
        return r.contactsHeading() != null ? r.contactsHeading() : language.defaultContactsHeading();
    }

    /** The release's own end mark ({@code ###}, {@code 完}, {@code -完-} …), else the default. */
    public String endMark(Release r) {
        return r.endMark() != null ? r.endMark().strip() : ReleaseLanguage.defaultEndMark();
    }

    /** 即時發布 / FOR IMMEDIATE RELEASE, or the embargo with its zone and the same instant in UTC. */
    public String status(ReleaseTiming timing) {
        if (!(timing instanceof ReleaseTiming.Embargoed e)) {
            return get("status.immediate");
        }
        ZonedDateTime local = e.until();
        ZonedDateTime utc = local.withZoneSameInstant(ZoneOffset.UTC);
        boolean isUtc = local.getOffset().getTotalSeconds() == 0 && (local.getZone() instanceof ZoneOffset
                || local.getZone().getId().equals("UTC") || local.getZone().getId().equals("Etc/UTC"));
        DateTimeFormatter date = DateTimeFormatter.ofPattern(get("status.date"), language.locale());
        String key = isUtc ? "status.embargo.utc"
                : utc.toLocalDate().equals(local.toLocalDate()) ? "status.embargo.sameDay" : "status.embargo.otherDay";
        return get(key, hm(local), zoneName(local), date.format(local), hm(utc), date.format(utc));
    }

    /** EDT for a region with a short name, else UTC±hh:mm. */
    static String zoneName(ZonedDateTime t) {
        ZoneId zone = t.getZone();
        if (!(zone instanceof ZoneOffset)) {
            String shortName = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(t);
            if (shortName.matches("[A-Z]{2,5}")) {
                return shortName;
            }
        }
        int secs = t.getOffset().getTotalSeconds();
        if (secs == 0) {
            return "UTC";
        }
        int abs = Math.abs(secs);
        return String.format(Locale.ROOT, "UTC%s%02d:%02d", secs < 0 ? "\u2212" : "+", abs / 3600, abs / 60 % 60);
    }

    private static String hm(ZonedDateTime t) {
        return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }

    /** {@code (香港·2023年12月6日) - } / {@code BOSTON, March 15, 2027 – }. */
    public String dateline(Dateline d) {
        String place = Boolean.parseBoolean(get("dateline.placeInCapitals")) ? d.place().toUpperCase(language.locale())
                : d.place();
        return get("dateline", place, DateTimeFormatter.ofPattern(get("dateline.date"), language.locale()).format(d.date()));
    }

    /** 第 X 頁，共 Y 頁 / Page X of Y. */
    public String footer(int page, int pages) {
        return get("footer", Integer.toString(page), Integer.toString(pages));
    }

    /** 圖三：/ Photo 3: (1-based). */
    public String photoLabel(int n) {
        return get("photo.label", language.photoNumber(n));
    }

    public String photoNumber(int n) {
        return language.photoNumber(n);
    }
}
