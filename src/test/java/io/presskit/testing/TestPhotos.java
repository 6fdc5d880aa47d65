package io.presskit.testing;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Photo files made by the tests without the code under test: pixels drawn with Java2D, encoded by the JDK's JPEG
 * writer, and an EXIF block with a GPS position and an orientation built here byte by byte (TIFF, big-endian),
 * spliced in after the start-of-image marker as a camera would write it.
 */
public final class TestPhotos {
    private TestPhotos() {
    }

    /**
     * A JPEG of {@code w} × {@code h} stored pixels: its top-left quarter red, so a test can tell which way up it
     * is; with EXIF orientation {@code orientation} and GPS position 22.4255 N, 114.2105 E (Science Park).
     */
    public static byte[] jpegWithGps(int w, int h, int orientation) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(30, 110, 60));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.RED);
        g.fillRect(0, 0, w / 2, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        byte[] jpeg = out.toByteArray();
        byte[] app1 = exifApp1(orientation);
        ByteArrayOutputStream spliced = new ByteArrayOutputStream();
        spliced.write(jpeg, 0, 2); // SOI
        spliced.write(0xFF);
        spliced.write(0xE1);
        spliced.write((app1.length + 2) >> 8);
        spliced.write((app1.length + 2) & 0xFF);
        spliced.write(app1);
        spliced.write(jpeg, 2, jpeg.length - 2);
        return spliced.toByteArray();
    }

    /** "Exif\0\0" + a big-endian TIFF: IFD0 (Make, Orientation, GPS pointer) and a GPS IFD (N/E, lat, lon). */
    static byte[] exifApp1(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(256);
        b.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        int t = b.position(); // TIFF offsets count from here
        b.put(new byte[] {'M', 'M', 0, 42});
        b.putInt(8);
        // IFD0 at 8: 3 entries (12 bytes each), next IFD 0
        int ifd0 = 8;
        int gpsIfd = ifd0 + 2 + 3 * 12 + 4;            // 50
        int makeValue = gpsIfd + 2 + 4 * 12 + 4;       // 104
        int latValue = makeValue + 8;                  // 112
        int lonValue = latValue + 24;                  // 136
        b.putShort((short) 3);
        entry(b, 0x010F, 2, 8, makeValue);             // Make, ASCII, "TestCam\0" at makeValue
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        entry(b, 0x8825, 4, 1, gpsIfd);                // GPSInfo pointer
        b.putInt(0);
        b.putShort((short) 4);
        b.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        entry(b, 2, 5, 3, latValue);
        b.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        entry(b, 4, 5, 3, lonValue);
        b.putInt(0);
        b.put("TestCam\0".getBytes(StandardCharsets.US_ASCII));
        rational(b, 22, 1);
        rational(b, 25, 1);
        rational(b, 3180, 100);                        // 22° 25' 31.80" = 22.4255
        rational(b, 114, 1);
        rational(b, 12, 1);
        rational(b, 3780, 100);                        // 114° 12' 37.80" = 114.2105
        if (b.position() - t != lonValue + 24) {
            throw new IllegalStateException("EXIF layout arithmetic is off");
        }
        byte[] out = new byte[b.position()];
        b.flip();
        b.get(out);
        return out;
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int offset) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    private static void rational(ByteBuffer b, int num, int den) {
        b.putInt(num).putInt(den);
    }
}
