package io.presskit.share;

import io.presskit.bundle.BundleExporter;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.model.ReleaseWording;

import java.io.IOException;
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
    private PhotoPack() {
    }

    /** The pack's file names, in print order: cheap, so the caption list and the email know them up front. */
    public static List<String> names(Release release) {
        List<String> out = new ArrayList<>();
        Set<String> taken = PrintPhotos.names();
        for (int i = 0; i < release.photos().size(); i++) {
            out.add(PrintPhotos.fileName(i + 1, release.photos().get(i), taken));
        }
        return out;
    }

    /** Photo {@code index} at print quality, made from its original. */
    static byte[] printQuality(Release release, int index, BundleExporter.Originals originals) throws ShareException {
        Photo p = release.photos().get(index);
        byte[] original;
        try {
            original = originals.original(p);
        } catch (IOException e) {
            throw new ShareException("photos[" + index + "]: " + e.getMessage(), e);
        }
        return PrintPhotos.printQuality(release, p, original);
    }

    /** captions.txt: the headline, then one paragraph a photo (file name, then its numbered caption and credit). */
    public static String captions(Release release, List<String> names) {
        ReleaseWording words = ReleaseWording.of(release);
        StringBuilder sb = new StringBuilder();
        sb.append(release.headline().strip().replace("\n", " ")).append("\n\n");
        for (int i = 0; i < names.size(); i++) {
            Photo p = release.photos().get(i);
            sb.append(names.get(i)).append('\n');
            sb.append(TextWrap.wrap(PrintPhotos.captionLine(words, i + 1, p), TextWrap.EMAIL_COLUMNS)).append('\n');
            if (p.altText() != null) {
                sb.append(TextWrap.wrap(words.altTextLabel() + p.altText(), TextWrap.EMAIL_COLUMNS)).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Writes the pack to {@code target} (a .zip), beside it first so a failure leaves no half file; one photo in
     * memory at a time. Returns the number of photos.
     */
    public static int write(Release release, BundleExporter.Originals originals, Path target) throws ShareException {
        return write(release, originals, target, io.presskit.kit.KitProgress.NONE);
    }

    /**
     * As {@link #write(Release, BundleExporter.Originals, Path)}, reporting progress a photo at a time; a cancel
     * leaves no file (a {@link java.util.concurrent.CancellationException}).
     */
    public static int write(Release release, BundleExporter.Originals originals, Path target,
                            io.presskit.kit.KitProgress progress) throws ShareException {
        if (release.photos().isEmpty()) {
            throw new ShareException("The release has no photos, so there is no photo pack to write.");
        }
        List<String> names = names(release);
        ShareException[] failure = new ShareException[1];
        try {
            AtomicFiles.write(target, out -> {
                try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                    zip.setLevel(1); // JPEG data does not compress; do not spend time trying
                    for (int i = 0; i < names.size(); i++) {
                        EmailExport.stopIfCancelled(progress);
                        progress.progress((double) i / names.size());
                        byte[] jpeg;
                        try {
                            jpeg = printQuality(release, i, originals);
                        } catch (ShareException e) {
                            failure[0] = e;
                            throw new IOException(e.getMessage(), e);
                        }
                        zip.putNextEntry(new ZipEntry(names.get(i)));
                        zip.write(jpeg);
                        zip.closeEntry();
                    }
                    zip.setLevel(9);
                    zip.putNextEntry(new ZipEntry("captions.txt"));
                    zip.write(captions(release, names).getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            });
        } catch (IOException e) {
            if (failure[0] != null) {
                throw failure[0];
            }
            throw new ShareException(target + " cannot be written (" + e.getMessage() + ").", e);
        }
        return names.size();
    }
}
