package io.presskit.share;

import io.presskit.bundle.BundleImporter;
import io.presskit.image.PreparedImage;
import io.presskit.kit.KitOptions;
import io.presskit.kit.KitProgress;
import io.presskit.kit.PaperSize;
import io.presskit.model.Release;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.print.PageFormat;
import java.awt.print.Printable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File › Print's path without a printer: the kit's pages through PDFBox's Pageable, drawn as a printer would. */
class KitPrinterTest {
    @Test
    void theKitPrintsPageForPageAtItsPaperSize() throws Exception {
        BundleImporter.ImportedBundle sample = BundleImporter.load(Path.of("assets/sample"));
        Release r = sample.release();
        Map<String, PreparedImage> bySha = new HashMap<>();
        for (PreparedImage img : sample.images()) {
            bySha.put(img.sha256(), img);
        }
        try (KitPrinter.PrintableKit kit = KitPrinter.typeset(r, p -> bySha.get(p.sha256()).rendition(),
                new KitOptions(PaperSize.A4, Instant.parse("2023-12-06T00:00:00Z")), KitProgress.NONE)) {
            assertTrue(kit.pageCount() >= 5, kit.pageCount() + " pages");
            assertEquals(kit.pageCount(), kit.pageable().getNumberOfPages());
            PageFormat format = kit.pageable().getPageFormat(0);
            assertEquals(595.28, format.getWidth(), 0.5, "A4 width in points");
            BufferedImage page = new BufferedImage((int) format.getWidth(), (int) format.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = page.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, page.getWidth(), page.getHeight());
            int result = kit.pageable().getPrintable(0).print(g, format, 0);
            g.dispose();
            assertEquals(Printable.PAGE_EXISTS, result);
            int ink = 0;
            for (int y = 0; y < page.getHeight(); y += 2) {
                for (int x = 0; x < page.getWidth(); x += 2) {
                    if ((page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                        ink++;
                    }
                }
            }
            assertTrue(ink > 500, "page one was drawn: " + ink + " inked samples");
        }
    }
}
