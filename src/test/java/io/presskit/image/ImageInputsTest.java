package io.presskit.image;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The photo inputs agencies and phones really send: CMYK and YCCK JPEGs, 16-bit and palette PNGs,
 * phone shots stored sideways with an EXIF orientation. Each must come out upright and in the right
 * colours in the kit rendition.
 */
class ImageInputsTest {

    private static BufferedImage decode(PhotoRendition r) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(r.bytes()));
    }

    private static void assertColour(int expectedRgb, int actualRgb, int tolerance, String what) {
        int[] e = {expectedRgb >> 16 & 0xff, expectedRgb >> 8 & 0xff, expectedRgb & 0xff};
        int[] a = {actualRgb >> 16 & 0xff, actualRgb >> 8 & 0xff, actualRgb & 0xff};
        for (int i = 0; i < 3; i++) {
            assertTrue(Math.abs(e[i] - a[i]) <= tolerance, what + ": expected ~#" + Integer.toHexString(expectedRgb & 0xffffff)
                    + " but was #" + Integer.toHexString(actualRgb & 0xffffff));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void cmykAndYcckJpegsBecomeSrgb(boolean ycck) throws Exception {
        PreparedImage p = ImagePipeline.prepare(ycck ? "ycck.jpg" : "cmyk.jpg", ImageInputsTestSupport.adobeJpeg(ycck));
        assertEquals("image/jpeg", p.rendition().mediaType());
        BufferedImage img = decode(p.rendition());
        assertEquals(ColorSpace.TYPE_RGB, img.getColorModel().getColorSpace().getType());
        // Cyan ink is a blue-green, yellow ink a yellow: loose bounds, since the conversion goes through
        // a press profile, but inverted or swapped channels fail.
        int cyan = img.getRGB(8, 24);
        int yellow = img.getRGB(56, 24);
        assertTrue((cyan >> 16 & 0xff) < 90 && (cyan >> 8 & 0xff) > 120 && (cyan & 0xff) > 180,
                "cyan came out #" + Integer.toHexString(cyan & 0xffffff));
        assertTrue((yellow >> 16 & 0xff) > 200 && (yellow >> 8 & 0xff) > 200 && (yellow & 0xff) < 90,
                "yellow came out #" + Integer.toHexString(yellow & 0xffffff));
    }

    @Test
    void sixteenBitPngsAreRead() throws Exception {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = cm.createCompatibleWritableRaster(40, 20);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                raster.setPixel(x, y, new int[]{65535, 32768, 0});
            }
        }
        BufferedImage img = new BufferedImage(cm, raster, false, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        PreparedImage p = ImagePipeline.prepare("deep.png", out.toByteArray());
        assertEquals(40, p.info().width());
        assertColour(0xFF8000, decode(p.rendition()).getRGB(10, 10), 6, "16-bit orange");
    }

    @Test
    void palettePngsKeepTheirTransparency() throws Exception {
        byte[] red = {(byte) 255, 0};
        byte[] green = {0, (byte) 200};
        byte[] blue = {0, 0};
        byte[] alpha = {0, (byte) 255};
        IndexColorModel icm = new IndexColorModel(8, 2, red, green, blue, alpha);
        BufferedImage img = new BufferedImage(30, 30, BufferedImage.TYPE_BYTE_INDEXED, icm);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0, 200, 0));
        g.fillRect(10, 10, 10, 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        PreparedImage p = ImagePipeline.prepare("logo.png", out.toByteArray());
        assertTrue(p.info().hasAlpha());
        assertEquals("image/png", p.rendition().mediaType());
        BufferedImage back = decode(p.rendition());
        assertEquals(0, back.getRGB(2, 2) >>> 24, "transparent corner");
        assertColour(0x00C800, back.getRGB(15, 15), 2, "opaque green");
    }

    /**
     * Files a camera stored at each EXIF orientation (made with ImageMagick, see the fixtures' make.sh):
     * the thumbnail stands upright with red at its top-left, green top-right, blue bottom-left, yellow
     * bottom-right; the kit rendition keeps the stored pixels (the kit turns them when it draws them).
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void exifOrientationsComeOutUpright(int o) throws Exception {
        byte[] file = io.presskit.testing.TestBundles.resource("/io/presskit/image/orientation/o" + o + ".jpg");
        PreparedImage p = ImagePipeline.prepare("phone.jpg", file);
        assertEquals(o, p.info().orientation());
        assertEquals(o >= 5 ? 40 : 60, p.info().width(), "stored pixels as the camera wrote them");
        assertEquals(p.info().width(), p.rendition().width(), "the rendition keeps the stored pixels");
        assertEquals(p.info().height(), p.rendition().height());
        BufferedImage thumb = decode(p.thumbnail());
        assertEquals(60, thumb.getWidth(), "upright thumbnail, orientation " + o);
        assertEquals(40, thumb.getHeight());
        assertColour(0xDC1E1E, thumb.getRGB(8, 6), 40, "red top-left, orientation " + o);
        assertColour(0x1EA03C, thumb.getRGB(52, 6), 40, "green top-right, orientation " + o);
        assertColour(0x1E3CC8, thumb.getRGB(8, 34), 40, "blue bottom-left, orientation " + o);
        assertColour(0xE6C828, thumb.getRGB(52, 34), 40, "yellow bottom-right, orientation " + o);
    }
}
