package io.presskit.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code export --logo IMAGE}: the house logo on the letterhead, and a bad logo refused before anything is written. */
class LogoOptionTest {
    @TempDir
    Path tmp;

    /** A 1200 × 300 logo drawn with AWT and written by ImageIO: made without the code under test. */
    private Path logoPng() throws Exception {
        BufferedImage img = new BufferedImage(1200, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 300);
        g.setColor(new Color(0x1d4ed8));
        g.fillRect(40, 40, 300, 220);
        g.dispose();
        Path file = tmp.resolve("house logo.png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    private static List<int[]> imageSizesOnFirstPage(Path pdf) throws Exception {
        List<int[]> sizes = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage first = doc.getPage(0);
            for (COSName n : first.getResources().getXObjectNames()) {
                if (first.getResources().getXObject(n) instanceof PDImageXObject x) {
                    sizes.add(new int[]{x.getWidth(), x.getHeight()});
                }
            }
        }
        return sizes;
    }

    @Test
    void theLogoIsPrintedOnTheFirstPageAtItsOwnPixels() throws Exception {
        Path db = tmp.resolve("lib.db");
        Path plain = tmp.resolve("plain.pdf");
        Path withLogo = tmp.resolve("logo.pdf");
        CliRunner.Result a = CliRunner.run("export", "1", "--out", plain.toString(), "--db", db.toString());
        assertEquals(0, a.code(), a.err());
        CliRunner.Result b = CliRunner.run("export", "1", "--out", withLogo.toString(), "--db", db.toString(),
                "--logo", logoPng().toString());
        assertEquals(0, b.code(), b.err());

        assertTrue(imageSizesOnFirstPage(plain).stream().noneMatch(s -> s[0] == 1200 && s[1] == 300));
        assertTrue(imageSizesOnFirstPage(withLogo).stream().anyMatch(s -> s[0] == 1200 && s[1] == 300),
                "the logo's 1200 × 300 pixels on page 1");
    }

    @Test
    void aTruncatedLogoIsRefusedByNameAndNothingIsWritten() throws Exception {
        byte[] whole = Files.readAllBytes(logoPng());
        Path broken = tmp.resolve("broken.png");
        Files.write(broken, Arrays.copyOf(whole, whole.length / 2));
        Path pdf = tmp.resolve("kit.pdf");
        CliRunner.Result r = CliRunner.run("export", "1", "--out", pdf.toString(), "--db", tmp.resolve("lib.db").toString(),
                "--logo", broken.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("The logo was not used: broken.png"), r.err());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void aMissingLogoIsOneSentence() {
        Path pdf = tmp.resolve("kit.pdf");
        Path missing = tmp.resolve("nowhere.png");
        CliRunner.Result r = CliRunner.run("export", "1", "--out", pdf.toString(), "--db", tmp.resolve("lib.db").toString(),
                "--logo", missing.toString());
        assertEquals(1, r.code());
        assertEquals("The logo " + missing + " does not exist.\n", r.err());
        assertFalse(Files.exists(pdf));
    }
}
