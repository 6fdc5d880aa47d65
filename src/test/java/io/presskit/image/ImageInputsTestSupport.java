package io.presskit.image;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Photo files as cameras and agencies write them, made by the tests themselves. */
public final class ImageInputsTestSupport {
    private ImageInputsTestSupport() {
    }

    /** An Adobe-style CMYK (transform 0) or YCCK (transform 2) JPEG: left half cyan ink, right half yellow ink. */
    public static byte[] adobeJpeg(boolean ycck) throws IOException {
        int w = 64;
        int h = 48;
        WritableRaster r = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = x < w / 2 ? 255 : 0;
                int m = 0;
                int yel = x < w / 2 ? 0 : 255;
                int k = 0;
                // Adobe stores CMYK inverted.
                int ci = 255 - c;
                int mi = 255 - m;
                int yi = 255 - yel;
                int ki = 255 - k;
                if (ycck) {
                    // YCCK as libjpeg writes Adobe files: YCbCr of 255 - (inverted CMY), that is of the ink
                    // values themselves, taken as RGB; K stays inverted.
                    double luma = 0.299 * c + 0.587 * m + 0.114 * yel;
                    double cb = -0.168736 * c - 0.331264 * m + 0.5 * yel + 128;
                    double cr = 0.5 * c - 0.418688 * m - 0.081312 * yel + 128;
                    r.setPixel(x, y, new int[]{clamp(luma), clamp(cb), clamp(cr), ki});
                } else {
                    r.setPixel(x, y, new int[]{ci, mi, yi, ki});
                }
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(r, null, null), null);
        } finally {
            writer.dispose();
        }
        byte[] raw = out.toByteArray();
        // Insert the Adobe APP14 marker (version 100, transform 0 = CMYK, 2 = YCCK) right after SOI.
        byte[] app14 = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) (ycck ? 2 : 0)};
        byte[] jpeg = new byte[raw.length + app14.length];
        System.arraycopy(raw, 0, jpeg, 0, 2);
        System.arraycopy(app14, 0, jpeg, 2, app14.length);
        System.arraycopy(raw, 2, jpeg, 2 + app14.length, raw.length - 2);
        return jpeg;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }


    /**
     * A JPEG whose upright picture is {@code w} × {@code h} (blue, with an orange block at the top-left),
     * stored as a camera held at EXIF orientation {@code o} writes it, with the Orientation tag.
     */
    public static byte[] exifJpeg(int w, int h, int o) throws Exception {
        BufferedImage upright = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = upright.createGraphics();
        g.setColor(new Color(0x336699));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, w / 3, h * 3 / 8);
        g.dispose();
        int[] inverse = {0, 1, 2, 3, 4, 5, 8, 7, 6};
        BufferedImage stored = ImagePipeline.orient(upright, inverse[o]);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(stored, "jpeg", plain);
        TiffOutputSet exif = new TiffOutputSet();
        TiffOutputDirectory root = exif.getOrCreateRootDirectory();
        root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) o);
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), tagged, exif);
        return tagged.toByteArray();
    }
}
