package io.presskit.document;

import com.ibm.icu.text.Transliterator;
import io.presskit.model.Scripts;

import java.util.List;
import java.util.Locale;

/**
 * Guesses the release language when the officer did not give one: Chinese when most letters are Han
 * (traditional or simplified by which characters ICU's Traditional-Simplified mapping would change), English
 * otherwise, with the region the dateline and phone numbers suggest (Hong Kong releases are the common case).
 */
final class Languages {
    private Languages() {
    }

    static String detect(List<Piece> pieces) {
        StringBuilder all = new StringBuilder();
        String dateline = null;
        for (Piece p : pieces) {
            if (p.role() == PieceRole.PAGE_FURNITURE) {
                continue;
            }
            all.append(p.text()).append('\n');
            if (p.role() == PieceRole.DATELINE && dateline == null) {
                dateline = p.text();
            }
        }
        String text = all.toString();
        if (Scripts.hanShare(text) >= 0.3) {
            if (simplified(text)) {
                return "zh-Hans-CN";
            }
            boolean taiwan = dateline != null && (dateline.contains("台北") || dateline.contains("臺北")
                    || dateline.contains("台灣") || dateline.contains("臺灣"));
            return taiwan ? "zh-Hant-TW" : "zh-Hant-HK";
        }
        boolean hongKong = dateline != null ? dateline.toUpperCase(Locale.ROOT).startsWith("HONG KONG")
                : text.contains("+852") || text.contains("HKT");
        if (hongKong) {
            return "en-HK";
        }
        if (dateline != null && !Datelines.monthFirst(dateline)) {
            return "en-GB";
        }
        return "en-US";
    }

    /** More characters that only simplified Chinese writes than ones only traditional Chinese writes. */
    private static boolean simplified(String text) {
        String han = text.codePoints().filter(Scripts::isHan)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        int traditionalOnly = differences(han, Transliterator.getInstance("Traditional-Simplified").transliterate(han));
        int simplifiedOnly = differences(han, Transliterator.getInstance("Simplified-Traditional").transliterate(han));
        return simplifiedOnly > traditionalOnly;
    }

    private static int differences(String a, String b) {
        if (a.length() != b.length()) {
            return Math.abs(a.length() - b.length());
        }
        int d = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                d++;
            }
        }
        return d;
    }
}
