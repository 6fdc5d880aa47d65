package io.presskit.kit;

import io.presskit.kit.document.KitDocument.PageNumbering;

import java.time.Instant;

/**
 * How to set a kit: the paper; the instant written as the PDF's creation date (the release's last edit,
 * so that exporting an unchanged release gives the same document); the letterhead logo, or null; and, for a
 * kit of several language versions, whether page numbers count the whole kit or each version.
 */
public record KitOptions(PaperSize paper, Instant createdAt, KitLogo logo, PageNumbering numbering) {
    public KitOptions {
        numbering = numbering == null ? PageNumbering.DOCUMENT : numbering;
    }

    public KitOptions(PaperSize paper, Instant createdAt, KitLogo logo) {
        this(paper, createdAt, logo, PageNumbering.DOCUMENT);
    }

    public KitOptions(PaperSize paper, Instant createdAt) {
        this(paper, createdAt, null);
    }

    public KitOptions withLogo(KitLogo newLogo) {
        return new KitOptions(paper, createdAt, newLogo, numbering);
    }

    public KitOptions withNumbering(PageNumbering newNumbering) {
        return new KitOptions(paper, createdAt, logo, newNumbering);
    }
}
