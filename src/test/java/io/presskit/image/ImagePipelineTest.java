package io.presskit.image;

import io.presskit.testing.TestBundles;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImagePipelineTest {

    /** The upright picture: 60 × 40 with an orange block at the top-left corner. */
    static BufferedImage upright() throws Exception {
        return ImageIO.read(new ByteArrayInputStream(TestBundles.image(60, 40, "png")));
    }

    /**
     * Stores the upright picture as a camera would for each EXIF orientation (the inverse transform), then
     * checks that orienting it again brings the orange corner back to the top-left.
     */
    @Test
    void everyExifOrientationComesOutUpright() throws Exception {
        BufferedImage up = upright();
        int[] inverse = {0, 1, 2, 3, 4, 5, 8, 7, 6}; // 6 and 8 are each other's inverse; the rest their own
        for (int o = 1; o <= 8; o++) {
            BufferedImage stored = ImagePipeline.orient(up, inverse[o]);
            BufferedImage back = ImagePipeline.orient(stored, o);
            assertEquals(60, back.getWidth(), "orientation " + o);
            assertEquals(40, back.getHeight(), "orientation " + o);
            assertEquals(up.getRGB(2, 2), back.getRGB(2, 2), "top-left corner, orientation " + o);
            assertEquals(up.getRGB(57, 37), back.getRGB(57, 37), "bottom-right corner, orientation " + o);
            assertEquals(up.getRGB(20, 2), back.getRGB(20, 2), "top edge, orientation " + o);
        }
    }

    @Test
    void prepareMakesAThumbnailAndARenditionWithinTheirLimits() throws Exception {
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
    }

    @Test
    void transparencyIsKeptAsPng() throws Exception {
        byte[] png = TestBundles.image(200, 100, "png"); // ARGB, but every pixel opaque
        assertEquals("image/jpeg", ImagePipeline.prepare("opaque.png", png).rendition().mediaType());
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB); // fully transparent
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        PreparedImage p = ImagePipeline.prepare("logo.png", out.toByteArray());
        assertTrue(p.info().hasAlpha());
        assertEquals("image/png", p.rendition().mediaType());
    }

    @Test
    void typeComesFromTheBytesNotTheName() throws Exception {
        assertEquals("image/png", ImagePipeline.inspect("liar.jpg", TestBundles.image(10, 10, "png")).mediaType());
        ImageRejectedException e = assertThrows(ImageRejectedException.class,
                () -> ImagePipeline.inspect("notes.png", "plain text".getBytes()));
        assertEquals("notes.png does not decode as an image (it is not a JPEG, PNG, GIF or BMP file)", e.getMessage());
    }
}
