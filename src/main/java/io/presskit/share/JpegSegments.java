package io.presskit.share;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A JPEG's marker segments up to the scan, and the compressed data after them, untouched. Used to give a photo
 * new metadata without re-encoding it: every metadata segment (EXIF with its GPS, XMP, IPTC, comments, vendor
 * APPn) is dropped and ours are written in; what decoding needs stays — JFIF, the ICC profile (APP2), Adobe's
 * colour transform (APP14), tables and frame headers.
 */
final class JpegSegments {
    private record Segment(int marker, byte[] payload) {
    }

    private final List<Segment> kept;
    private final byte[] scan;

    private JpegSegments(List<Segment> kept, byte[] scan) {
        this.kept = kept;
        this.scan = scan;
    }

    /** Parses {@code jpeg}; throws when it is not a JPEG this walker understands (the caller re-encodes). */
    static JpegSegments parse(byte[] jpeg) throws IOException {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            throw new IOException("not a JPEG");
        }
        List<Segment> kept = new ArrayList<>();
        int i = 2;
        while (i + 4 <= jpeg.length) {
            if ((jpeg[i] & 0xFF) != 0xFF) {
                throw new IOException("no marker at " + i);
            }
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            if (marker == 0xDA) { // start of scan: the rest is image data, kept as it is
                byte[] scan = new byte[jpeg.length - i];
                System.arraycopy(jpeg, i, scan, 0, scan.length);
                return new JpegSegments(kept, scan);
            }
            int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
            if (length < 2 || i + 2 + length > jpeg.length) {
                throw new IOException("segment overruns the file at " + i);
            }
            byte[] payload = new byte[length - 2];
            System.arraycopy(jpeg, i + 4, payload, 0, payload.length);
            if (keeps(marker, payload)) {
                kept.add(new Segment(marker, payload));
            }
            i += 2 + length;
        }
        throw new IOException("no image data");
    }

    /** Decoding needs these; everything else before the scan is metadata. */
    private static boolean keeps(int marker, byte[] payload) {
        if (marker == 0xE0) {
            return startsWith(payload, "JFIF\0");
        }
        if (marker == 0xE2) {
            return startsWith(payload, "ICC_PROFILE\0");
        }
        if (marker == 0xEE) {
            return startsWith(payload, "Adobe");
        }
        return marker < 0xE0 && marker != 0xFE; // tables, frame headers, restart interval; not APPn, not COM
    }

    private static boolean startsWith(byte[] b, String prefix) {
        if (b.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The JPEG with {@code app1} (EXIF, then XMP) and {@code app13} (IPTC) written after JFIF, ahead of the kept
     * segments. Null entries are left out.
     */
    byte[] write(byte[] exif, byte[] xmp, byte[] app13) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(scan.length + 64 * 1024);
        out.write(0xFF);
        out.write(0xD8);
        int k = 0;
        if (!kept.isEmpty() && kept.get(0).marker() == 0xE0) {
            segment(out, 0xE0, kept.get(0).payload());
            k = 1;
        }
        if (exif != null) {
            segment(out, 0xE1, exif);
        }
        if (xmp != null) {
            segment(out, 0xE1, xmp);
        }
        if (app13 != null) {
            segment(out, 0xED, app13);
        }
        for (; k < kept.size(); k++) {
            segment(out, kept.get(k).marker(), kept.get(k).payload());
        }
        out.write(scan);
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) throws IOException {
        if (payload.length + 2 > 0xFFFF) {
            throw new IOException("a metadata segment is larger than a JPEG segment can hold");
        }
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.write(payload);
    }
}
