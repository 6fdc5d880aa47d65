package io.presskit.share;

import io.presskit.image.ImageInfo;
import io.presskit.image.ImagePipeline;
import io.presskit.image.ImageRejectedException;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.model.ReleaseWording;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A photo at print quality for picture desks: the original where it is already a JPEG that stands upright and
 * is at most {@link #MAX_LONG_SIDE} px (its compressed data untouched), else re-encoded once from the original,
 * upright and scaled to that size; in both cases with the release's caption, credit, alt text, copyright and
 * headline written into it and nothing of its GPS position left.
 */
public final class PrintPhotos {
    /** Long side of a photo in the pack: well over what a newspaper page prints at 300 dpi. */
    public static final int MAX_LONG_SIDE = 4000;
    /** JPEG quality of a re-encoded photo: visually lossless, for print. */
    static final float PRINT_QUALITY = 0.92f;

    private PrintPhotos() {
    }

    /** The photo's metadata fields as this release gives them. */
    static PhotoMetadata.Fields fields(Release r, Photo p) {
        String owner = p.credit() != null ? p.credit() : r.issuer();
        String year = r.dateline() != null && r.dateline().date() != null ? " " + r.dateline().date().getYear() : "";
        String copyright = owner == null ? null : "©" + year + " " + owner;
        return new PhotoMetadata.Fields(p.caption(), p.credit(), p.altText(), copyright,
                r.headline().strip().replace("\n", " "));
    }

    /** The print-quality JPEG of {@code photo} made from its original bytes. */
    public static byte[] printQuality(Release release, Photo photo, byte[] original) throws ShareException {
        try {
            ImageInfo info = ImagePipeline.inspect(photo.fileName(), original);
            JpegSegments segments = null;
            boolean fit = Math.max(info.width(), info.height()) <= MAX_LONG_SIDE;
            if ("image/jpeg".equals(info.mediaType()) && info.orientation() == 1 && fit) {
                try {
                    segments = JpegSegments.parse(original);
                } catch (IOException e) {
                    segments = null; // a JPEG our walker does not follow: re-encode it instead
                }
            }
            if (segments == null) {
                byte[] encoded = ImagePipeline.jpeg(ImagePipeline.uprightRgb(photo.fileName(), original, info, MAX_LONG_SIDE),
                        PRINT_QUALITY);
                segments = JpegSegments.parse(encoded);
            }
            PhotoMetadata.Fields f = fields(release, photo);
            return segments.write(PhotoMetadata.cameraExif(original), PhotoMetadata.xmpApp1(f), PhotoMetadata.iptcApp13(f));
        } catch (ImageRejectedException e) {
            throw new ShareException(e.getMessage() + ".", e);
        } catch (IOException e) {
            throw new ShareException(photo.fileName() + " could not be written at print quality (" + e.getMessage() + ").", e);
        }
    }

    /**
     * {@code 01-short-caption.jpg}: the photo's number and the first words of its caption, in the caption's own
     * script (Chinese stays Chinese), lower case, without characters a file system refuses; unique in {@code taken}.
     */
    public static String fileName(int number, Photo photo, Set<String> taken) {
        String slug = slug(photo.caption(), 40);
        String base = String.format(Locale.ROOT, "%02d", number) + (slug.isEmpty() ? "" : "-" + slug);
        String name = base + ".jpg";
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n + ".jpg";
        }
        return name;
    }

    /** The start of {@code text} as a file-name part at most {@code columns} wide (CJK counts two), cut at a word. */
    static String slug(String text, int columns) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int width = 0;
        int lastCut = 0;
        boolean dash = false;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            boolean cjk = io.presskit.model.Scripts.isCjk(cp);
            boolean keep = Character.isLetterOrDigit(cp) && (cp < 0x2E80 || cjk);
            if (cp == '\'' || cp == '’') {
                continue;
            }
            if (!keep) {
                if (cjk && out.length() > 0) {
                    break; // CJK punctuation ends the first phrase: a name, not a sentence
                }
                if (out.length() > 0 && !dash) {
                    lastCut = out.length();
                    out.append('-');
                    width++;
                    dash = true;
                }
                continue;
            }
            int w = cjk ? 2 : 1;
            if (width + w > columns) {
                if (!cjk && lastCut > 0) {
                    out.setLength(lastCut);
                }
                break;
            }
            if (cjk) {
                lastCut = out.length() + Character.charCount(cp);
            }
            out.appendCodePoint(cp);
            width += w;
            dash = false;
        }
        String s = out.toString();
        while (s.endsWith("-")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** A fresh set of taken names for one pack. */
    static Set<String> names() {
        return new HashSet<>();
    }

    /** The caption line of captions.txt and the email: "圖一：…（圖片來源：…）" / "Photo 1: … (Photo: …)". */
    static String captionLine(ReleaseWording words, int number, Photo p) {
        return words.photoNumber(number) + p.caption() + (p.credit() == null ? "" : words.credit(p.credit()));
    }
}
