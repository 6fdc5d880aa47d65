package io.presskit.image;


import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
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


}
