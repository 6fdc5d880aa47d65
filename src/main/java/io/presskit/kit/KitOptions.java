package io.presskit.kit;

import java.time.Instant;

/**
 * How to set a kit: the paper, and the instant written as the PDF's creation date (the release's last
 * edit, so that exporting an unchanged release gives the same document).
 */
public record KitOptions(PaperSize paper, Instant createdAt) {
}
