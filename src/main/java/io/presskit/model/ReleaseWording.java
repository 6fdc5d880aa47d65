package io.presskit.model;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words every output prints around a release's own text, in the release language (never the UI's): the
 * status line, the dateline, the credit after a caption, the contact labels, the kit's page furniture. The
 * kit, the email version and the photo pack all print them, so they are written once, in one resource bundle
 * per language ({@code ReleaseWording.properties}, {@code ReleaseWording_zh.properties}). The label, contacts
 * heading and photo numbering the editor shows come from {@link ReleaseLanguage}.
 */
public final class ReleaseWording {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * How a credit may already say where a photo comes from; such a credit is printed as it is, without
     * "Photo:" / 圖片來源： before it. Both languages' words, whatever the release's language.
     */
    private static final List<String> CREDIT_PREFIXES = List.of("攝影", "圖片來源", "相片來源", "圖片提供", "相片提供",
            "圖片", "相片", "鳴謝", "photo", "photograph", "photos", "picture", "image", "credit", "source", "courtesy", "©");

    private final ReleaseLanguage lang;
    private final ResourceBundle bundle;

    public ReleaseWording(ReleaseLanguage lang) {
        this.lang = lang;
        // No fallback to the JVM's locale: a Chinese release on an English machine still prints Chinese words.
        this.bundle = ResourceBundle.getBundle(ReleaseWording.class.getName(), lang.locale(), NO_FALLBACK);
    }

    public static ReleaseWording of(Release r) {
        return new ReleaseWording(r.lang());
    }

    public ReleaseLanguage language() {
        return lang;
    }

    /** The bundle's text for {@code key} with {@code args} filled in (strings only: no number grouping). */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, lang.locale()).format(args);
    }

    public String label(Release r) {
        return r.label() != null ? r.label() : lang.defaultLabel();
    }

    public String contactsHeading(Release r) {
        return r.contactsHeading() != null ? r.contactsHeading() : lang.defaultContactsHeading();
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
        DateTimeFormatter date = DateTimeFormatter.ofPattern(get("status.date"), lang.locale());
        String key = isUtc ? "status.embargo.utc"
                : utc.toLocalDate().equals(local.toLocalDate()) ? "status.embargo.sameDay" : "status.embargo.otherDay";
        return get(key, hm(local), zoneName(local), date.format(local), hm(utc), date.format(utc));
    }

    /** EDT for a region with a short name, else UTC±hh:mm. */
    public static String zoneName(ZonedDateTime t) {
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

    /** {@code (香港·2023年12月6日) - } / {@code BOSTON, March 15, 2027 – } (AP: city in capitals, month spelled out). */
    public String dateline(Dateline d) {
        String place = Boolean.parseBoolean(get("dateline.placeInCapitals")) ? d.place().toUpperCase(lang.locale())
                : d.place();
        return get("dateline", place, DateTimeFormatter.ofPattern(get("dateline.date"), lang.locale()).format(d.date()));
    }

    /** 圖一： / Photo 1: (1-based), as a caption starts. */
    public String photoNumber(int n) {
        return get("photo.label", lang.photoNumber(n));
    }

    /**
     * The credit as it follows a caption: （圖片來源：…） / (Photo: …); a credit that already says where the
     * photo comes from (攝影：…, Photo by …, Courtesy of …) keeps its own words.
     */
    public String credit(String credit) {
        String c = credit.strip();
        return get(ownsItsSource(c) ? "photo.credit.own" : "photo.credit", c);
    }

    /** Whether a credit already says where the photo comes from ("攝影：…", "Photo: …", "Courtesy of …"). */
    static boolean ownsItsSource(String credit) {
        String c = credit.toLowerCase(Locale.ROOT);
        for (String prefix : CREDIT_PREFIXES) {
            if (c.startsWith(prefix)) {
                String rest = c.substring(prefix.length()).stripLeading();
                // "Photo: X", "攝影：X", "Photo by X", "Courtesy of X", "© X"; not a name that starts alike ("Imagen Ltd").
                if (prefix.equals("©") || prefix.equals("courtesy") || rest.startsWith(":") || rest.startsWith("：")
                        || rest.startsWith("by ") || rest.startsWith("of ") || rest.startsWith("/")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The language's name in itself (English, 繁體中文, 简体中文): a version's bookmark in a kit of several. */
    public String languageName() {
        String language = lang.locale().getLanguage();
        if (language.equals("en") || language.equals("zh")) {
            return get("language.name");
        }
        String own = lang.locale().getDisplayLanguage(lang.locale());
        return own.isEmpty() ? lang.tag() : own.substring(0, 1).toUpperCase(lang.locale()) + own.substring(1);
    }

    public String phoneLabel() {
        return get("contact.phone");
    }

    public String emailLabel() {
        return get("contact.email");
    }

    public String altTextLabel() {
        return get("altText.label");
    }

    public String photosHeading() {
        return get("photos.heading");
    }

    /** 第 X 頁，共 Y 頁 / Page X of Y. */
    public String footer(int page, int pages) {
        return get("footer", Integer.toString(page), Integer.toString(pages));
    }
}
