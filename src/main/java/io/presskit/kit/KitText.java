package io.presskit.kit;

import io.presskit.model.Dateline;
import io.presskit.model.Release;
import io.presskit.model.ReleaseLanguage;
import io.presskit.model.ReleaseTiming;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** The words a kit prints around the release's own text, in the release language (not the UI's). */
final class KitText {
    private final ReleaseLanguage lang;
    private final boolean zh;

    KitText(ReleaseLanguage lang) {
        this.lang = lang;
        this.zh = lang.isChinese();
    }

    boolean chinese() {
        return zh;
    }

    String label(Release r) {
        return r.label() != null ? r.label() : lang.defaultLabel();
    }

    String contactsHeading(Release r) {
        return r.contactsHeading() != null ? r.contactsHeading() : lang.defaultContactsHeading();
    }

    String endMark(Release r) {
        return r.endMark() != null ? r.endMark() : ReleaseLanguage.defaultEndMark();
    }

    /** 即時發布 / FOR IMMEDIATE RELEASE, or the embargo with its zone and UTC. */
    String status(ReleaseTiming timing) {
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

    private static String zhDate(ZonedDateTime t) {
        return t.getYear() + "年" + t.getMonthValue() + "月" + t.getDayOfMonth() + "日";
    }

    private static String enDayMonthYear(ZonedDateTime t) {
        return t.getDayOfMonth() + " " + t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + t.getYear();
    }

    /** {@code (香港·2023年12月6日) - } / {@code BOSTON, March 15, 2027 – } (AP: city in capitals, month spelled out). */
    String dateline(Dateline d) {
        if (zh) {
            return "(" + d.place() + "·" + d.date().getYear() + "年" + d.date().getMonthValue() + "月"
                    + d.date().getDayOfMonth() + "日) - ";
        }
        return d.place().toUpperCase(lang.locale()) + ", "
                + d.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.date().getDayOfMonth()
                + ", " + d.date().getYear() + " \u2013 ";
    }

    /** 第 X 頁，共 Y 頁 / Page X of Y. */
    String footer(int page, int pages) {
        return zh ? "第 " + page + " 頁，共 " + pages + " 頁" : "Page " + page + " of " + pages;
    }

    /** At the foot of a release page when the release continues overleaf. */
    String more() {
        return zh ? "（續）" : "\u2013 more \u2013";
    }

    String photoNumber(int n) {
        return lang.photoNumber(n) + (zh ? "：" : ": ");
    }

    String credit(String credit) {
        return zh ? "（圖片來源：" + credit + "）" : " (Photo: " + credit + ")";
    }

    String photosHeading() {
        return zh ? "相片" : "Photos";
    }

    String releaseBookmark() {
        return zh ? "新聞稿" : "Release";
    }

    String contactsBookmark() {
        return zh ? "傳媒聯絡" : "Media contacts";
    }

    String phoneLabel() {
        return zh ? "電話：" : "Tel: ";
    }

    String emailLabel() {
        return zh ? "電郵：" : "Email: ";
    }
}
