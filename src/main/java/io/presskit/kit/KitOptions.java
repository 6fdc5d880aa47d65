package io.presskit.kit;

import java.time.Instant;

/**
 * How to set a kit: the paper; the instant written as the PDF's creation date (the release's last edit,
 * so that exporting an unchanged release gives the same document); and the letterhead logo, or null.
 */
public record KitOptions(PaperSize paper, Instant createdAt, KitLogo logo) {
    public KitOptions(PaperSize paper, Instant createdAt) {
        this(paper, createdAt, null);
    }

    public KitOptions withLogo(KitLogo newLogo) {
        return new KitOptions(paper, createdAt, newLogo);
    }
}
