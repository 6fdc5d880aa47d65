package io.presskit.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The marker structure of a JPEG file, read without decoding a pixel: the frame (size, precision,
 * components), the colour hints (JFIF, Adobe APP14 transform, an embedded ICC profile), whether the file
 * is whole (the end marker after the last scan), and which segments a printed copy needs. A kit embeds
 * a JPEG that is already fit for print as it is, with only {@link #stripped()}'s segments: the frame,
 * tables and scans untouched, and no EXIF (GPS included), XMP, IPTC, comments or ICC profile.
 */
public final class JpegStructure {
    /** No Adobe APP14 segment. */
    public static final int NO_ADOBE = -1;

    private final byte[] bytes;
    private final List<int[]> kept = new ArrayList<>();
    private int frameMarker = -1;
    private int precision;
    private int width;
    private int height;
    private int components;
    private final List<Integer> componentIds = new ArrayList<>();
    private int adobeTransform = NO_ADOBE;
    private boolean jfif;
    private final ByteArrayOutputStream icc = new ByteArrayOutputStream();
    private boolean complete;
    private String damage;

    private JpegStructure(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Reads the structure; a damaged file gives a structure that is not {@link #complete()}. */
    public static JpegStructure read(byte[] bytes) {
        JpegStructure s = new JpegStructure(bytes);
        s.parse();
        return s;
    }

    private int u16(int at) {
        return (bytes[at] & 0xff) << 8 | (bytes[at + 1] & 0xff);
    }

    private boolean startsWith(int at, int end, String ascii) {
        byte[] tag = ascii.getBytes(StandardCharsets.ISO_8859_1);
        if (at + tag.length > end) {
            return false;
        }
        for (int i = 0; i < tag.length; i++) {
            if (bytes[at + i] != tag[i]) {
                return false;
            }
        }
        return true;
    }

    private void parse() {
        int n = bytes.length;
        if (n < 4 || (bytes[0] & 0xff) != 0xFF || (bytes[1] & 0xff) != 0xD8) {
            damage = "it does not start like a JPEG file";
            return;
        }
        int pos = 2;
        while (true) {
            if (pos >= n) {
                damage = "it is truncated: the JPEG end marker is missing";
                return;
            }
            if ((bytes[pos] & 0xff) != 0xFF) {
                damage = String.format(Locale.ROOT, "its structure is broken at byte %,d", pos);
                return;
            }
            int start = pos;
            while (pos < n && (bytes[pos] & 0xff) == 0xFF) {
                pos++; // fill bytes before a marker
            }
            if (pos >= n) {
                damage = "it is truncated: the JPEG end marker is missing";
                return;
            }
            int marker = bytes[pos++] & 0xff;
            if (marker == 0xD9) {
                complete = frameMarker >= 0;
                if (!complete) {
                    damage = "it has no image frame";
                }
                return;
            }
            if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                continue; // stand-alone markers carry no length
            }
            if (pos + 2 > n || u16(pos) < 2 || pos + u16(pos) > n) {
                damage = "it is truncated inside a marker segment";
                return;
            }
            int end = pos + u16(pos);
            int data = pos + 2;
            if (isFrame(marker)) {
                if (end - data < 6) {
                    damage = "its frame header is too short";
                    return;
                }
                frameMarker = marker;
                precision = bytes[data] & 0xff;
                height = u16(data + 1);
                width = u16(data + 3);
                components = bytes[data + 5] & 0xff;
                for (int c = 0; c < components && data + 6 + 3 * c < end; c++) {
                    componentIds.add(bytes[data + 6 + 3 * c] & 0xff);
                }
                kept.add(new int[]{start, end});
            } else if (marker == 0xE0) {
                if (startsWith(data, end, "JFIF\0")) {
                    jfif = true;
                    kept.add(new int[]{start, end});
                }
            } else if (marker == 0xE2) {
                if (startsWith(data, end, "ICC_PROFILE\0") && end - data > 14) {
                    icc.write(bytes, data + 14, end - data - 14); // chunks arrive in order in practice
                }
            } else if (marker == 0xEE) {
                if (startsWith(data, end, "Adobe") && end - data >= 12) {
                    adobeTransform = bytes[data + 11] & 0xff;
                    kept.add(new int[]{start, end});
                }
            } else if (marker == 0xDA) {
                // The scan: its header, then entropy-coded data up to the next marker that is neither a
                // stuffed 0xFF00 nor a restart marker.
                int p = end;
                while (true) {
                    if (p + 1 >= n) {
                        damage = "it is truncated: the JPEG end marker is missing";
                        return;
                    }
                    if ((bytes[p] & 0xff) == 0xFF) {
                        int next = bytes[p + 1] & 0xff;
                        if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                            p += 2;
                            continue;
                        }
                        if (next == 0xFF) {
                            p++;
                            continue;
                        }
                        break;
                    }
                    p++;
                }
                kept.add(new int[]{start, p});
                pos = p;
                continue;
            } else if (marker == 0xC4 || marker == 0xDB || marker == 0xDD || marker == 0xCC || marker == 0xDC) {
                kept.add(new int[]{start, end}); // Huffman and quantisation tables, restart interval, DAC, DNL
            }
            // Everything else (APP1 EXIF/XMP, APP13 IPTC, other APPn, COM) is metadata: left out.
            pos = end;
        }
    }

    private static boolean isFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /**
     * The number of colour components in a JPEG's frame header, read from the segments before it only
     * (the kit embeds renditions proven whole at import, and needs just this to name their colour space).
     */
    public static int frameComponents(byte[] b) {
        int pos = 2;
        while (pos + 4 <= b.length && (b[pos] & 0xff) == 0xFF) {
            int marker = b[pos + 1] & 0xff;
            int length = (b[pos + 2] & 0xff) << 8 | (b[pos + 3] & 0xff);
            if (isFrame(marker) && pos + 9 < b.length) {
                return b[pos + 9] & 0xff;
            }
            if (marker == 0xDA || length < 2) {
                break;
            }
            pos += 2 + length;
        }
        return 3;
    }

    /** Whether the file ends its scans with the end marker (a file cut short does not). */
    public boolean complete() {
        return complete;
    }

    /** Why the file is not whole, as the end of a sentence ("it is truncated: …"); null when it is. */
    public String damage() {
        return complete ? null : damage;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int components() {
        return components;
    }

    /** The Adobe APP14 colour transform (0 none/RGB/CMYK, 1 YCbCr, 2 YCCK), or {@link #NO_ADOBE}. */
    public int adobeTransform() {
        return adobeTransform;
    }

    /** The embedded ICC profile, or null. */
    public byte[] iccProfile() {
        return icc.size() == 0 ? null : icc.toByteArray();
    }

    /**
     * Whether a PDF reader shows this file's pixels as they are meant without conversion: a whole,
     * 8-bit baseline, extended or progressive Huffman JPEG, grey or three-component YCbCr/RGB that a
     * reader can tell apart, with no profile or an sRGB one (the kit's output intent is sRGB).
     */
    public boolean printsAsIs() {
        if (!complete || precision != 8 || !(frameMarker == 0xC0 || frameMarker == 0xC1 || frameMarker == 0xC2)) {
            return false;
        }
        if (components == 1) {
            return true;
        }
        if (components != 3) {
            return false; // CMYK and YCCK are converted
        }
        boolean standardYcc = jfif || adobeTransform == 1 || adobeTransform == 0
                || componentIds.equals(List.of(1, 2, 3));
        byte[] profile = iccProfile();
        return standardYcc && (profile == null || isSrgb(profile));
    }

    /** The file as a kit embeds it: SOI, the frame, tables and scans byte for byte, EOI; no metadata. */
    public byte[] stripped() {
        if (!complete) {
            throw new IllegalStateException("a damaged JPEG is never embedded");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(0xFF);
        out.write(0xD8);
        for (int[] r : kept) {
            out.write(bytes, r[0], r[1] - r[0]);
        }
        out.write(0xFF);
        out.write(0xD9);
        return out.toByteArray();
    }

    /**
     * Whether an ICC profile is an sRGB one, by its description tag ('desc' in version 2 profiles,
     * 'mluc' in version 4): cameras and editors name it "sRGB IEC61966-2.1", "sRGB built-in" and so on.
     */
    static boolean isSrgb(byte[] p) {
        if (p.length < 132) {
            return false;
        }
        int count = u32(p, 128);
        for (int i = 0; i < count && 132 + 12 * i + 12 <= p.length; i++) {
            int at = 132 + 12 * i;
            if (u32(p, at) != 0x64657363) { // 'desc'
                continue;
            }
            int off = u32(p, at + 4);
            int size = u32(p, at + 8);
            if (off < 0 || size < 12 || (long) off + size > p.length) {
                return false;
            }
            String description;
            int type = u32(p, off);
            if (type == 0x64657363) { // 'desc': ASCII count and text
                int len = Math.min(u32(p, off + 8), size - 12);
                description = new String(p, off + 12, Math.max(0, len), StandardCharsets.ISO_8859_1);
            } else if (type == 0x6D6C7563) { // 'mluc': records of UTF-16BE strings
                int records = u32(p, off + 8);
                StringBuilder sb = new StringBuilder();
                for (int r = 0; r < records && off + 16 + 12 * r + 12 <= off + size; r++) {
                    int rec = off + 16 + 12 * r;
                    int len = u32(p, rec + 4);
                    int start = off + u32(p, rec + 8);
                    if (start >= 0 && len >= 0 && (long) start + len <= p.length) {
                        sb.append(new String(p, start, len, StandardCharsets.UTF_16BE)).append(' ');
                    }
                }
                description = sb.toString();
            } else {
                return false;
            }
            return description.toLowerCase(Locale.ROOT).contains("srgb");
        }
        return false;
    }

    private static int u32(byte[] p, int at) {
        return (p[at] & 0xff) << 24 | (p[at + 1] & 0xff) << 16 | (p[at + 2] & 0xff) << 8 | (p[at + 3] & 0xff);
    }
}
