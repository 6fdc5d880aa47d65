package io.presskit.share;

import io.presskit.kit.PaperSize;
import io.presskit.model.Release;

import java.util.Set;

/** The paper a kit is set on when nobody chose: US Letter where the release's region uses it, else A4. */
public final class KitPaper {
    private static final Set<String> LETTER_REGIONS = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "PR");

    private KitPaper() {
    }

    public static PaperSize forRelease(Release r) {
        return LETTER_REGIONS.contains(r.lang().locale().getCountry()) ? PaperSize.LETTER : PaperSize.A4;
    }
}
