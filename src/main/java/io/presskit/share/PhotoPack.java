package io.presskit.share;

import io.presskit.bundle.BundleExporter;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.model.ReleaseWording;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The photo pack a picture desk downloads: every photo of the release at print quality with its caption,
 * credit, alt text, copyright and the release headline in its IPTC and XMP fields, named
 * {@code 01-short-caption.jpg} …, and {@code captions.txt} in the release's language.
 */
public final class PhotoPack {
    /** One photo of the pack: its name in the pack and its bytes. */
    public record Entry(String name, Photo photo, byte[] jpeg) {
    }

    private PhotoPack() {
    }

    /** The pack's photos, in print order. */
    public static List<Entry> entries(Release release, BundleExporter.Originals originals) throws ShareException {
        List<Entry> out = new ArrayList<>();
        Set<String> taken = PrintPhotos.names();
        for (int i = 0; i < release.photos().size(); i++) {
            Photo p = release.photos().get(i);
            byte[] original;
            try {
                original = originals.original(p);
            } catch (IOException e) {
                throw new ShareException("photos[" + i + "]: " + e.getMessage(), e);
            }
            out.add(new Entry(PrintPhotos.fileName(i + 1, p, taken), p, PrintPhotos.printQuality(release, p, original)));
        }
        return out;
    }

    /** captions.txt: the headline, then one paragraph a photo (file name, then its numbered caption and credit). */
    public static String captions(Release release, List<Entry> entries) {
        ReleaseWording words = ReleaseWording.of(release);
        StringBuilder sb = new StringBuilder();
        sb.append(release.headline().strip().replace("\n", " ")).append("\n\n");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            sb.append(e.name()).append('\n');
            sb.append(TextWrap.wrap(PrintPhotos.captionLine(words, i + 1, e.photo()), TextWrap.EMAIL_COLUMNS)).append('\n');
            if (e.photo().altText() != null) {
                sb.append(TextWrap.wrap(words.altTextLabel() + e.photo().altText(), TextWrap.EMAIL_COLUMNS)).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Writes the pack to {@code target} (a .zip) beside it first, so a failure leaves no half file. */
    public static int write(Release release, BundleExporter.Originals originals, Path target) throws ShareException {
        if (release.photos().isEmpty()) {
            throw new ShareException("The release has no photos, so there is no photo pack to write.");
        }
        List<Entry> entries = entries(release, originals);
        try {
            AtomicFiles.write(target, out -> write(release, entries, out));
        } catch (IOException e) {
            throw new ShareException(target + " cannot be written (" + e.getMessage() + ").", e);
        }
        return entries.size();
    }

    static void write(Release release, List<Entry> entries, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Entry e : entries) {
                ZipEntry ze = new ZipEntry(e.name());
                ze.setMethod(ZipEntry.DEFLATED);
                zip.setLevel(1); // JPEG data does not compress; do not spend time trying
                zip.putNextEntry(ze);
                zip.write(e.jpeg());
                zip.closeEntry();
            }
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("captions.txt"));
            zip.write(captions(release, entries).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
