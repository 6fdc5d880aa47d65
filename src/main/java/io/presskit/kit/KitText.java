package io.presskit.kit;

import io.presskit.model.Dateline;
import io.presskit.model.Release;
import io.presskit.model.ReleaseLanguage;
import io.presskit.model.ReleaseTiming;
import io.presskit.model.ReleaseWording;

import java.time.ZonedDateTime;

/** The words a kit prints around the release's own text, in the release language (not the UI's). */
final class KitText {
    private final boolean zh;
    private final ReleaseWording wording;

    KitText(ReleaseLanguage lang) {
        this.zh = lang.isChinese();
        this.wording = new ReleaseWording(lang);
    }

    boolean chinese() {
        return zh;
    }

    String label(Release r) {
        return wording.label(r);
    }

    String contactsHeading(Release r) {
        return wording.contactsHeading(r);
    }

    String endMark(Release r) {
        return wording.endMark(r);
    }

    /** 即時發布 / FOR IMMEDIATE RELEASE, or the embargo with its zone and UTC. */
    String status(ReleaseTiming timing) {
        return wording.status(timing);
    }

    static String zoneName(ZonedDateTime t) {
        return ReleaseWording.zoneName(t);
    }

    String dateline(Dateline d) {
        return wording.dateline(d);
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
        return wording.photoNumber(n);
    }

    String credit(String credit) {
        return wording.credit(credit);
    }

    String photosHeading() {
        return wording.photosHeading();
    }

    String releaseBookmark() {
        return zh ? "新聞稿" : "Release";
    }

    String contactsBookmark() {
        return zh ? "傳媒聯絡" : "Media contacts";
    }

    String phoneLabel() {
        return wording.phoneLabel();
    }

    String emailLabel() {
        return wording.emailLabel();
    }
}
