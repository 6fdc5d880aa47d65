package io.presskit.app.settings;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The house style, set once in Preferences: what every new release starts with (issuer, release language, the
 * time zone an embargo is written in, the end mark), the paper, and the letterhead logo every kit carries.
 * Nothing here is printed unless the user set it.
 *
 * @param issuer          empty for none
 * @param releaseLanguage a BCP 47 tag such as {@code zh-Hant-HK}
 * @param timeZone        a region such as {@code Asia/Hong_Kong}
 * @param logo            the letterhead logo's image file, empty for none
 */
public record HouseDefaults(String issuer, String releaseLanguage, String timeZone, String endMark, Paper paper,
                            String logo) {
    /** The end marks Hong Kong and English releases use; the first is the default. */
    public static final List<String> END_MARKS = List.of("###", "完", "-完-", "-END-");

    public enum Paper {
        A4, LETTER;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Paper> fromKey(String key) {
            for (Paper p : values()) {
                if (p.key().equals(key)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    public HouseDefaults {
        issuer = issuer == null ? "" : issuer.strip();
        endMark = endMark == null || endMark.isBlank() ? END_MARKS.get(0) : endMark.strip();
        logo = logo == null ? "" : logo.strip();
    }

    /** Without a letterhead logo. */
    public HouseDefaults(String issuer, String releaseLanguage, String timeZone, String endMark, Paper paper) {
        this(issuer, releaseLanguage, timeZone, endMark, paper, "");
    }

    public HouseDefaults withLogo(String file) {
        return new HouseDefaults(issuer, releaseLanguage, timeZone, endMark, paper, file);
    }

    /** The system's zone (Asia/Hong_Kong in Hong Kong); UTC when the system names none. */
    static String systemTimeZone() {
        try {
            return ZoneId.systemDefault().getId();
        } catch (RuntimeException e) {
            return "UTC";
        }
    }

    /** Chinese systems write Hong Kong Chinese releases; others English in their own region (en-US by default). */
    static String systemReleaseLanguage(Locale system) {
        if ("zh".equals(system.getLanguage())) {
            return "zh-Hant-HK";
        }
        return "en-" + (system.getCountry().isEmpty() ? "US" : system.getCountry());
    }

    /** US Letter in the United States and Canada, A4 elsewhere. */
    static Paper systemPaper(Locale system) {
        return "US".equals(system.getCountry()) || "CA".equals(system.getCountry()) ? Paper.LETTER : Paper.A4;
    }
}
