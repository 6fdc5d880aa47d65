package io.presskit.image;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads, checks and converts photos. Everything is decided from the bytes, never from the file name;
 * the pixel limit is checked from the header before anything is decoded; a file cut short or damaged is
 * refused (end markers, decoder warnings), never printed half grey; decoding subsamples when the target is
 * small, so a 12 MP photo never needs 12 MP of memory for a thumbnail. A JPEG already fit for print is
 * kept as it is for the kit; only larger or non-sRGB images are converted, once.
 */
public final class ImagePipeline {
    static {
        ImageIO.setUseCache(false); // in-memory streams: no temp files, no disk I/O per image
        ImageIO.scanForPlugins();
    }

    private ImagePipeline() {
    }

    /** What the bytes are; refuses unknown formats and images past {@link ImageRules#MAX_PIXELS}. */
    public static ImageInfo inspect(String name, byte[] bytes) throws ImageRejectedException {
        if (bytes.length > ImageRules.MAX_FILE_BYTES) {
            throw new ImageRejectedException(name + " is " + (bytes.length >> 20) + " MB; the largest image accepted is "
                    + (ImageRules.MAX_FILE_BYTES >> 20) + " MB");
        }
        String mediaType = sniff(bytes);
        if (mediaType == null) {
            throw new ImageRejectedException(name + " does not decode as an image (it is not a JPEG, PNG, GIF or BMP file)");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(in, name);
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0) {
                    throw new ImageRejectedException(name + " does not decode as an image (it has no pixels)");
                }
                if ((long) w * h > ImageRules.MAX_PIXELS) {
                    throw new ImageRejectedException(String.format(
                            "%s is %,d × %,d pixels, too large to decode safely (the limit is %,d megapixels)",
                            name, w, h, ImageRules.MAX_PIXELS / 1_000_000));
                }
                boolean alpha = false;
                try {
                    ImageTypeSpecifier type = reader.getRawImageType(0);
                    alpha = type != null && type.getColorModel().hasAlpha();
                } catch (IOException | RuntimeException e) {
                    // some readers cannot tell before decoding; decide after decoding instead
                }
                return new ImageInfo(mediaType, w, h, orientation(bytes, mediaType), alpha);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ImageRejectedException(name + " does not decode as an image", e);
        }
    }

    /**
     * Inspects, proves the file whole (its end marker, and a full decode without a decoder warning) and
     * makes the upright thumbnail and the kit rendition.
     */
    public static PreparedImage prepare(String name, byte[] bytes) throws ImageRejectedException {
        ImageInfo info = inspect(name, bytes);
        JpegStructure jpeg = requireWhole(name, bytes, info);
        boolean asIs = jpeg != null && jpeg.printsAsIs() && Math.max(info.width(), info.height()) <= ImageRules.RENDITION_LONG_SIDE;
        // A JPEG printed as it is needs pixels only for the thumbnail: decoding subsampled still reads
        // (and checks) every byte of it.
        int target = asIs ? 2 * ImageRules.THUMBNAIL_LONG_SIDE : ImageRules.RENDITION_LONG_SIDE;
        BufferedImage stored = decodeStored(name, bytes, info, target);
        boolean alpha = stored.getColorModel().hasAlpha() && hasTransparentPixel(stored);
        info = new ImageInfo(info.mediaType(), info.width(), info.height(), info.orientation(), alpha);
        // The thumbnail is scaled from the rendition's pixels where there are some: a 12 MP photo is then halved
        // from 2500 px instead of 4000 px (about a seventh of an import's CPU went into that first halving).
        BufferedImage fitted = asIs ? stored : fit(stored, ImageRules.RENDITION_LONG_SIDE);
        PhotoRendition rendition = asIs ? asIs(info, jpeg) : convert(info, fitted, alpha);
        PhotoRendition thumbnail = encode(fit(orient(fitted, info.orientation()), ImageRules.THUMBNAIL_LONG_SIDE), alpha);
        return new PreparedImage(sha256(bytes), bytes, info, thumbnail, rendition);
    }

    /** Makes the rendition of stored original bytes again (after a recipe change), proving them whole again. */
    public static PhotoRendition rendition(String name, byte[] bytes) throws ImageRejectedException {
        ImageInfo info = inspect(name, bytes);
        JpegStructure jpeg = requireWhole(name, bytes, info);
        boolean asIs = jpeg != null && jpeg.printsAsIs() && Math.max(info.width(), info.height()) <= ImageRules.RENDITION_LONG_SIDE;
        BufferedImage stored = decodeStored(name, bytes, info, asIs ? 2 * ImageRules.THUMBNAIL_LONG_SIDE
                : ImageRules.RENDITION_LONG_SIDE);
        if (asIs) {
            return asIs(info, jpeg);
        }
        boolean alpha = stored.getColorModel().hasAlpha() && hasTransparentPixel(stored);
        return convert(info, stored, alpha);
    }

    /** A JPEG fit for print: its own frame, tables and scans, without metadata; turned when drawn. */
    private static PhotoRendition asIs(ImageInfo info, JpegStructure jpeg) {
        return new PhotoRendition("image/jpeg", info.width(), info.height(), jpeg.stripped());
    }

    /**
     * Any other image, converted once: sRGB, long side at most {@link ImageRules#RENDITION_LONG_SIDE},
     * still in its stored orientation. A JPEG source stays a JPEG (at high quality); a PNG, GIF or BMP
     * source becomes a lossless PNG, with its transparency where it has some.
     */
    private static PhotoRendition convert(ImageInfo info, BufferedImage stored, boolean alpha) {
        BufferedImage fitted = fit(stored, ImageRules.RENDITION_LONG_SIDE);
        if ("image/jpeg".equals(info.mediaType()) && !alpha) {
            return encode(fitted, false);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(fitted, "png", out);
            return new PhotoRendition("image/png", fitted.getWidth(), fitted.getHeight(), out.toByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Refuses a file cut short or broken in its structure (a JPEG without its end marker, a PNG without
     * IEND, a GIF without its trailer); returns the JPEG structure for a JPEG, else null.
     */
    private static JpegStructure requireWhole(String name, byte[] bytes, ImageInfo info) throws ImageRejectedException {
        String damage;
        JpegStructure jpeg = null;
        switch (info.mediaType()) {
            case "image/jpeg" -> {
                jpeg = JpegStructure.read(bytes);
                damage = jpeg.damage();
            }
            case "image/png" -> damage = pngDamage(bytes);
            case "image/gif" -> damage = bytes[bytes.length - 1] == 0x3B ? null : "it is truncated: the GIF trailer is missing";
            default -> damage = null;
        }
        if (damage != null) {
            throw new ImageRejectedException(name + " does not decode as an image (" + damage + ")");
        }
        return jpeg;
    }

    /** Walks a PNG's chunks to IEND; null when it is whole. */
    static String pngDamage(byte[] b) {
        int pos = 8;
        while (pos + 8 <= b.length) {
            long length = ((b[pos] & 0xffL) << 24) | ((b[pos + 1] & 0xff) << 16) | ((b[pos + 2] & 0xff) << 8) | (b[pos + 3] & 0xff);
            boolean end = b[pos + 4] == 'I' && b[pos + 5] == 'E' && b[pos + 6] == 'N' && b[pos + 7] == 'D';
            long next = pos + 12L + length;
            if (next > b.length) {
                return "it is truncated inside a PNG chunk";
            }
            if (end) {
                return null;
            }
            pos = (int) next;
        }
        return "it is truncated: the PNG end chunk is missing";
    }

    /**
     * Decodes to an upright sRGB image whose long side is at least {@code targetLongSide} where the source
     * allows, subsampling while decoding to save memory; (A)RGB, EXIF orientation applied.
     */
    public static BufferedImage decode(String name, byte[] bytes, ImageInfo info, int targetLongSide)
            throws ImageRejectedException {
        return orient(decodeStored(name, bytes, info, targetLongSide), info.orientation());
    }

    /**
     * Decodes the pixels as stored (before EXIF orientation), as (A)RGB, refusing the file when the decoder
     * warns: a JPEG cut short or damaged inside decodes "successfully" into grey blocks, with a warning.
     */
    private static BufferedImage decodeStored(String name, byte[] bytes, ImageInfo info, int targetLongSide)
            throws ImageRejectedException {
        List<String> warnings = new ArrayList<>();
        BufferedImage raw;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(in, name);
            try {
                reader.setInput(in, true, true);
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                int longSide = Math.max(info.width(), info.height());
                int step = Math.max(1, longSide / Math.max(1, targetLongSide));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                raw = reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ImageRejectedException(name + " does not decode as an image", e);
        } catch (OutOfMemoryError e) {
            throw new ImageRejectedException(name + " is too large to decode in the memory available");
        }
        java.util.Optional<String> damage = warnings.stream().filter(ImagePipeline::reportsDamage).findFirst();
        if (damage.isPresent()) {
            String w = damage.get().strip();
            throw new ImageRejectedException(name + " does not decode as an image (it is damaged; the decoder reports \""
                    + (w.endsWith(".") ? w.substring(0, w.length() - 1) : w) + "\")");
        }
        return toRgb(raw);
    }

    /**
     * The photo upright, as opaque sRGB pixels (transparency flattened on white), scaled down to at most
     * {@code maxLongSide}: for outputs that re-encode a photo as a JPEG at print quality.
     */
    public static BufferedImage uprightRgb(String name, byte[] bytes, ImageInfo info, int maxLongSide)
            throws ImageRejectedException {
        BufferedImage upright = fit(decode(name, bytes, info, maxLongSide), maxLongSide);
        if (upright.getType() == BufferedImage.TYPE_INT_RGB) {
            return upright;
        }
        BufferedImage rgb = new BufferedImage(upright.getWidth(), upright.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(upright, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether a decoder warning says the pixels are damaged (libjpeg's "Corrupt JPEG data: …", "Premature end
     * of JPEG file", TwelveMonkeys' "Truncated File - Missing EOI marker"), rather than something about
     * metadata (an ICC profile it ignores, an embedded thumbnail) that leaves the picture whole.
     */
    static boolean reportsDamage(String warning) {
        String w = warning.toLowerCase(java.util.Locale.ROOT);
        if (w.contains("thumbnail")) {
            return false;
        }
        return w.contains("corrupt") || w.contains("premature end") || w.contains("missing eoi")
                || w.contains("truncated file") || w.contains("inconsistent progression") || w.contains("invalid sos");
    }

    /** The media type from the file's magic number, or null. */
    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 4 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return "image/gif";
        }
        if (b.length >= 2 && b[0] == 'B' && b[1] == 'M') {
            return "image/bmp";
        }
        return null;
    }

    private static ImageReader readerFor(ImageInputStream in, String name) throws ImageRejectedException {
        if (in == null) {
            throw new ImageRejectedException(name + " does not decode as an image");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new ImageRejectedException(name + " does not decode as an image (no reader for its format)");
        }
        return readers.next();
    }

    /** EXIF orientation 1–8 of a JPEG; 1 when absent, unreadable or out of range. */
    static int orientation(byte[] bytes, String mediaType) {
        if (!"image/jpeg".equals(mediaType)) {
            return 1;
        }
        try {
            ImageMetadata metadata = Imaging.getMetadata(bytes);
            if (metadata instanceof JpegImageMetadata jpeg) {
                TiffField field = jpeg.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_ORIENTATION);
                if (field != null) {
                    int o = field.getIntValue();
                    return o >= 1 && o <= 8 ? o : 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            // broken metadata does not make a broken photo: print it as stored
        }
        return 1;
    }

    private static BufferedImage toRgb(BufferedImage src) {
        boolean alpha = src.getColorModel().hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (src.getType() == type) {
            return src;
        }
        BufferedImage dst = new BufferedImage(src.getWidth(), src.getHeight(), type);
        Graphics2D g = dst.createGraphics();
        try {
            g.drawImage(src, 0, 0, null);
        } finally {
            g.dispose();
        }
        return dst;
    }

    /** Applies EXIF orientation 1–8 so that the pixels stand as the photographer held the camera. */
    static BufferedImage orient(BufferedImage src, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage dst = new BufferedImage(swap ? h : w, swap ? w : h, src.getType());
        Graphics2D g = dst.createGraphics();
        try {
            g.drawImage(src, t, null);
        } finally {
            g.dispose();
        }
        return dst;
    }

    /** Scales down (never up) so the long side is at most {@code longSide}, halving step by step for quality. */
    static BufferedImage fit(BufferedImage src, int longSide) {
        int w = src.getWidth();
        int h = src.getHeight();
        double scale = Math.min(1.0, (double) longSide / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        BufferedImage current = src;
        while (current.getWidth() != tw || current.getHeight() != th) {
            int nw = Math.max(tw, current.getWidth() / 2);
            int nh = Math.max(th, current.getHeight() / 2);
            BufferedImage next = new BufferedImage(nw, nh, src.getType());
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, nw, nh, null);
            } finally {
                g.dispose();
            }
            current = next;
        }
        return current;
    }

    /** A baseline JPEG of an RGB image at {@code quality} (0–1), with no metadata. */
    public static byte[] jpeg(BufferedImage rgb, float quality) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            writer.write(null, new IIOImage(asBytes(rgb), null, null), p);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * The same pixels as interleaved bytes. The JDK's JPEG writer copies an int-packed image into its byte rows
     * sample by sample in Java, which took over half of an import's Java time; from bytes it copies rows, and
     * the blit here is native. The JPEG is byte for byte the same.
     */
    private static BufferedImage asBytes(BufferedImage img) {
        if (img.getType() != BufferedImage.TYPE_INT_RGB) {
            return img;
        }
        BufferedImage bgr = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = bgr.createGraphics();
        try {
            g.drawImage(img, 0, 0, null);
        } finally {
            g.dispose();
        }
        return bgr;
    }

    private static boolean hasTransparentPixel(BufferedImage img) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Encodes as a baseline sRGB JPEG (no metadata) or, with transparency, as PNG. */
    static PhotoRendition encode(BufferedImage img, boolean alpha) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (alpha) {
                ImageIO.write(img, "png", out);
                return new PhotoRendition("image/png", img.getWidth(), img.getHeight(), out.toByteArray());
            }
            BufferedImage rgb = img;
            if (img.getType() != BufferedImage.TYPE_INT_RGB) {
                rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
                Graphics2D g = rgb.createGraphics();
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, img.getWidth(), img.getHeight());
                g.drawImage(img, 0, 0, null);
                g.dispose();
            }
            // 0.92: a conversion happens once per photo, so it may spend bytes on keeping detail.
            return new PhotoRendition("image/jpeg", rgb.getWidth(), rgb.getHeight(), jpeg(rgb, 0.92f));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
