package io.presskit.model;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The words every output prints around a release's own text, in the release language (not the UI's): the
 * status line, the dateline, the credit after a caption, the contact labels. The kit, the email version and
 * the photo pack all print them, so they are written once, here.
 */
public final class ReleaseWording {
    private final ReleaseLanguage lang;
    private final boolean zh;

    public ReleaseWording(ReleaseLanguage lang) {
        this.lang = lang;
        this.zh = lang.isChinese();
    }

    public static ReleaseWording of(Release r) {
        return new ReleaseWording(r.lang());
    }

    public String label(Release r) {
        return r.label() != null ? r.label() : lang.defaultLabel();
    }

    public String contactsHeading(Release r) {
        return r.contactsHeading() != null ? r.contactsHeading() : lang.defaultContactsHeading();
    }

    public String endMark(Release r) {
        return r.endMark() != null ? r.endMark() : ReleaseLanguage.defaultEndMark();
    }

    /** 即時發布 / FOR IMMEDIATE RELEASE, or the embargo with its zone and UTC. */
    public String status(ReleaseTiming timing) {
        if (!(timing instanceof ReleaseTiming.Embargoed e)) {
            return zh ? "即時發布" : "FOR IMMEDIATE RELEASE";
        }
        ZonedDateTime local = e.until();
        ZonedDateTime utc = local.withZoneSameInstant(ZoneOffset.UTC);
        boolean isUtc = local.getOffset().getTotalSeconds() == 0 && (local.getZone() instanceof ZoneOffset
                || local.getZone().getId().equals("UTC") || local.getZone().getId().equals("Etc/UTC"));
        String zone = zoneName(local);
        boolean sameDay = utc.toLocalDate().equals(local.toLocalDate());
        if (zh) {
            String when = zhDate(local) + " " + hm(local) + " " + zone;
            if (isUtc) {
                return "禁止發布，直至 " + when;
            }
            return "禁止發布，直至 " + when + "（即 UTC " + (sameDay ? "" : zhDate(utc) + " ") + hm(utc) + "）";
        }
        String when = hm(local) + " " + zone + ", " + enDayMonthYear(local);
        if (isUtc) {
            return "EMBARGOED UNTIL " + when;
        }
        return "EMBARGOED UNTIL " + when + " (" + hm(utc) + " UTC" + (sameDay ? "" : ", " + enDayMonthYear(utc)) + ")";
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

    private static String zhDate(ZonedDateTime t) {
        return t.getYear() + "年" + t.getMonthValue() + "月" + t.getDayOfMonth() + "日";
    }

    private static String enDayMonthYear(ZonedDateTime t) {
        return t.getDayOfMonth() + " " + t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + t.getYear();
    }

    /** {@code (香港·2023年12月6日) - } / {@code BOSTON, March 15, 2027 – } (AP: city in capitals, month spelled out). */
    public String dateline(Dateline d) {
        if (zh) {
            return "(" + d.place() + "·" + d.date().getYear() + "年" + d.date().getMonthValue() + "月"
                    + d.date().getDayOfMonth() + "日) - ";
        }
        return d.place().toUpperCase(lang.locale()) + ", "
                + d.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.date().getDayOfMonth()
                + ", " + d.date().getYear() + " \u2013 ";
    }

    /** 圖一： / Photo 1: (1-based). */
    public String photoNumber(int n) {
        return lang.photoNumber(n) + (zh ? "：" : ": ");
    }

    /** The credit as it follows a caption: （圖片來源：…） / (Photo: …). */
    public String credit(String credit) {
        return zh ? "（圖片來源：" + credit + "）" : " (Photo: " + credit + ")";
    }

    public String phoneLabel() {
        return zh ? "電話：" : "Tel: ";
    }

    public String emailLabel() {
        return zh ? "電郵：" : "Email: ";
    }

    public String altTextLabel() {
        return zh ? "替代文字：" : "Alt text: ";
    }

    public String photosHeading() {
        return zh ? "相片" : "Photos";
    }
}
