package io.presskit.image;

import io.presskit.testing.TestBundles;
import org.junit.jupiter.api.Test;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImagePipelineTest {
    private static final int A = 0xFF0000, B = 0x00FF00, C = 0x0000FF, D = 0xFFFF00, E = 0x00FFFF, F = 0xFF00FF;

    /** A grid of pixels, row by row. */
    private static BufferedImage grid(int[][] rows) {
        BufferedImage img = new BufferedImage(rows[0].length, rows.length, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < rows[y].length; x++) {
                img.setRGB(x, y, rows[y][x]);
            }
        }
        return img;
    }

    private static int[][] pixels(BufferedImage img) {
        int[][] out = new int[img.getHeight()][img.getWidth()];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                out[y][x] = img.getRGB(x, y) & 0xFFFFFF;
            }
        }
        return out;
    }

    /**
     * The upright picture {@code A B C / D E F} as a camera stores it for each EXIF orientation, written out
     * by hand from the EXIF definitions (row 0 / column 0 meaning), so that orientations 6 and 8 (or 5 and 7)
     * swapped in the code fail here.
     */
    @Test
    void everyExifOrientationTurnsTheStoredPixelsUpright() {
        int[][] upright = {{A, B, C}, {D, E, F}};
        int[][][] stored = {
                null,
                {{A, B, C}, {D, E, F}},          // 1: as stored
                {{C, B, A}, {F, E, D}},          // 2: mirrored
                {{F, E, D}, {C, B, A}},          // 3: upside down
                {{D, E, F}, {A, B, C}},          // 4: flipped top to bottom
                {{A, D}, {B, E}, {C, F}},        // 5: transposed
                {{C, F}, {B, E}, {A, D}},        // 6: the camera turned a quarter clockwise (phone portrait)
                {{F, C}, {E, B}, {D, A}},        // 7: transversed
                {{D, A}, {E, B}, {F, C}},        // 8: a quarter counter-clockwise
        };
        for (int o = 1; o <= 8; o++) {
            int[][] back = pixels(ImagePipeline.orient(grid(stored[o]), o));
            assertEquals(Arrays.deepToString(upright), Arrays.deepToString(back), "orientation " + o);
        }
    }

    @Test
    void aJpegFitForPrintIsKeptAsItIsWithoutItsMetadata() throws Exception {
        byte[] camera = TestBundles.resource("/io/presskit/image/fit/camera.jpg");
        assertTrue(TestBundles.markersBeforeScan(camera).containsAll(List.of(0xE1, 0xED, 0xFE)), "the fixture carries EXIF, XMP, IPTC, a comment");
        PreparedImage p = ImagePipeline.prepare("camera.jpg", camera);
        assertEquals("image/jpeg", p.rendition().mediaType());
        assertEquals(2400, p.rendition().width());
        assertEquals(1600, p.rendition().height());
        assertArrayEquals(TestBundles.scanData(camera), TestBundles.scanData(p.rendition().bytes()), "the scans, byte for byte");
        List<Integer> markers = TestBundles.markersBeforeScan(p.rendition().bytes());
        assertFalse(markers.contains(0xE1) || markers.contains(0xED) || markers.contains(0xFE) || markers.contains(0xE2), markers.toString());
        assertTrue(markers.containsAll(List.of(0xDB, 0xC4, 0xC0)), "tables and frame kept: " + markers);
        String text = new String(p.rendition().bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("Secret Photographer") || text.contains("22.3193") || text.contains("Exif"));
        assertArrayEquals(camera, p.original(), "the original stays untouched");
    }

    @Test
    void progressiveAndSrgbProfiledJpegsAreKeptTooButAnAdobeRgbOneIsConverted() throws Exception {
        for (String name : List.of("progressive.jpg", "srgb-profile.jpg")) {
            byte[] bytes = TestBundles.resource("/io/presskit/image/fit/" + name);
            PreparedImage p = ImagePipeline.prepare(name, bytes);
            assertArrayEquals(TestBundles.scanData(bytes), TestBundles.scanData(p.rendition().bytes()), name);
        }
        byte[] adobe = TestBundles.resource("/io/presskit/image/fit/adobe-rgb.jpg");
        PreparedImage p = ImagePipeline.prepare("adobe-rgb.jpg", adobe);
        assertFalse(Arrays.equals(TestBundles.scanData(adobe), TestBundles.scanData(p.rendition().bytes())),
                "an Adobe RGB photo is converted to sRGB");
        assertFalse(TestBundles.markersBeforeScan(p.rendition().bytes()).contains(0xE2), "and carries no profile");
    }

    @Test
    void aLargePhotoIsConvertedOnceToTheRenditionSizeInItsStoredOrientation() throws Exception {
        byte[] jpeg = TestBundles.image(3000, 2000, "jpg");
        PreparedImage p = ImagePipeline.prepare("big.jpg", jpeg);
        assertEquals("image/jpeg", p.info().mediaType());
        assertEquals(3000, p.info().width());
        assertEquals(1, p.info().orientation());
        assertFalse(p.info().hasAlpha());
        assertEquals(2500, p.rendition().width());
        assertEquals(1667, p.rendition().height());
        assertEquals("image/jpeg", p.rendition().mediaType());
        assertEquals(ImageRules.THUMBNAIL_LONG_SIDE, p.thumbnail().width());
        assertTrue(Arrays.equals(jpeg, p.original()), "the original stays untouched");
        assertEquals(64, p.sha256().length());
        // The remade rendition (after a recipe change) is the same.
        PhotoRendition again = ImagePipeline.rendition("big.jpg", jpeg);
        assertEquals(2500, again.width());
    }

    @Test
    void pngsStayLosslessWithTheirTransparency() throws Exception {
        byte[] png = TestBundles.image(200, 100, "png"); // ARGB, but every pixel opaque
        PhotoRendition opaque = ImagePipeline.prepare("opaque.png", png).rendition();
        assertEquals("image/png", opaque.mediaType());
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(opaque.bytes()));
        BufferedImage source = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(source.getRGB(10, 10), back.getRGB(10, 10), "lossless");
        assertEquals(source.getRGB(150, 80), back.getRGB(150, 80), "lossless");
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB); // fully transparent
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        PreparedImage p = ImagePipeline.prepare("logo.png", out.toByteArray());
        assertTrue(p.info().hasAlpha());
        assertEquals("image/png", p.rendition().mediaType());
    }

    @Test
    void aJpegCutShortIsRefusedNamingTheFile() throws Exception {
        byte[] whole = TestBundles.resource("/io/presskit/image/fit/camera.jpg");
        for (int cut : new int[]{whole.length / 2, whole.length - 2, whole.length - 1}) {
            ImageRejectedException e = assertThrows(ImageRejectedException.class,
                    () -> ImagePipeline.prepare("photos/cut.jpg", Arrays.copyOf(whole, cut)));
            assertEquals("photos/cut.jpg does not decode as an image (it is truncated: the JPEG end marker is missing)",
                    e.getMessage(), "cut at " + cut);
        }
    }

    @Test
    void aJpegDamagedInsideIsRefusedWithTheDecodersWords() throws Exception {
        byte[] bytes = TestBundles.resource("/io/presskit/image/fit/progressive.jpg").clone();
        // Overwrite part of the entropy-coded data: the markers still frame the file, the pixels are garbage.
        int scan = bytes.length - TestBundles.scanData(bytes).length - 2;
        for (int i = scan + 400; i < scan + 460; i++) {
            bytes[i] = (byte) 0xFF;
        }
        bytes[scan + 460] = 0x00;
        ImageRejectedException e = assertThrows(ImageRejectedException.class,
                () -> ImagePipeline.prepare("photos/damaged.jpg", bytes));
        assertTrue(e.getMessage().startsWith("photos/damaged.jpg does not decode as an image ("), e.getMessage());
    }

    @Test
    void aPngCutShortIsRefused() throws Exception {
        byte[] png = TestBundles.image(300, 200, "png");
        ImageRejectedException e = assertThrows(ImageRejectedException.class,
                () -> ImagePipeline.prepare("logo.png", Arrays.copyOf(png, png.length - 12)));
        assertEquals("logo.png does not decode as an image (it is truncated: the PNG end chunk is missing)", e.getMessage());
    }

    @Test
    void bytesAfterTheEndMarkerAreIgnored() throws Exception {
        // Some cameras append a trailer after the image; the image itself is whole.
        byte[] jpeg = TestBundles.resource("/io/presskit/image/fit/progressive.jpg");
        byte[] withTrailer = Arrays.copyOf(jpeg, jpeg.length + 20);
        PreparedImage p = ImagePipeline.prepare("trailer.jpg", withTrailer);
        assertArrayEquals(TestBundles.scanData(jpeg), TestBundles.scanData(p.rendition().bytes()));
    }

    @Test
    void typeComesFromTheBytesNotTheName() throws Exception {
        assertEquals("image/png", ImagePipeline.inspect("liar.jpg", TestBundles.image(10, 10, "png")).mediaType());
        ImageRejectedException e = assertThrows(ImageRejectedException.class,
                () -> ImagePipeline.inspect("notes.png", "plain text".getBytes()));
        assertEquals("notes.png does not decode as an image (it is not a JPEG, PNG, GIF or BMP file)", e.getMessage());
    }

    /** A baseline JPEG from another encoder (ImageIO's, with its JFIF segment) is kept as it is too. */
    @Test
    void aPlainBaselineJpegFromAnotherEncoderIsKept() throws Exception {
        BufferedImage img = new BufferedImage(500, 300, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        PreparedImage p = ImagePipeline.prepare("plain.jpg", out.toByteArray());
        assertArrayEquals(TestBundles.scanData(out.toByteArray()), TestBundles.scanData(p.rendition().bytes()));
    }
}
