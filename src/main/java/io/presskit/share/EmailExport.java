package io.presskit.share;

import io.presskit.image.PhotoRendition;
import io.presskit.kit.KitExporter;
import io.presskit.kit.KitOptions;
import io.presskit.kit.KitProgress;
import io.presskit.kit.KitResult;
import io.presskit.model.Release;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the email version of a release into a folder: {@code release.html} (its thumbnails in
 * {@code photos/thumbnails/}, each linked to the print-quality photo in {@code photos/}, so the folder can be
 * put on a web server as it is), {@code release.txt} and {@code release.eml}, a draft with the PDF kit attached.
 */
public final class EmailExport {
    /** What was written: the kit's warnings (a character no font has, a photo under 150 dpi). */
    public record Written(List<String> warnings) {
    }

    private EmailExport() {
    }

    public static Written write(Release release, ReleaseMedia media, KitOptions kitOptions, Path dir) throws ShareException {
        return write(release, media, kitOptions, dir, KitProgress.NONE);
    }

    /**
     * As {@link #write(Release, ReleaseMedia, KitOptions, Path)}, reporting progress; a cancel is honoured until the
     * first file is written (then the folder is finished, never left half written), with a
     * {@link java.util.concurrent.CancellationException}.
     */
    public static Written write(Release release, ReleaseMedia media, KitOptions kitOptions, Path dir, KitProgress progress)
            throws ShareException {
        List<String> names = PhotoPack.names(release);
        List<PhotoRendition> thumbnails = new ArrayList<>();
        for (int i = 0; i < release.photos().size(); i++) {
            stopIfCancelled(progress);
            try {
                thumbnails.add(media.thumbnail(release.photos().get(i)));
            } catch (IOException e) {
                throw new ShareException("photos[" + i + "]: " + e.getMessage() + ".", e);
            }
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        KitResult kit;
        try {
            kit = KitExporter.shared().export(release, media.kitPhotos(), kitOptions, pdf, new KitProgress() {
                @Override
                public void progress(double fraction) {
                    progress.progress(0.1 + 0.7 * fraction); // the kit is most of the work; the files the rest
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelled();
                }
            });
        } catch (IOException e) {
            throw new ShareException("The PDF kit could not be made (" + e.getMessage() + ").", e);
        }

        List<EmailVersion.PhotoRef> fileRefs = new ArrayList<>();
        List<EmailVersion.PhotoRef> cidRefs = new ArrayList<>();
        List<EmailDraft.InlineImage> inline = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            PhotoRendition thumb = thumbnails.get(i);
            String thumbName = thumbName(name, thumb);
            String cid = String.format(Locale.ROOT, "photo-%02d@presskit", i + 1);
            fileRefs.add(new EmailVersion.PhotoRef("photos/thumbnails/" + thumbName, "photos/" + name));
            cidRefs.add(new EmailVersion.PhotoRef("cid:" + cid, null));
            inline.add(new EmailDraft.InlineImage(cid, thumbName, thumb.mediaType(), thumb.bytes()));
        }
        String text = EmailVersion.text(release, names);
        String subject = EmailVersion.oneLine(release.headline());
        String pdfName = (PrintPhotos.slug(Release.firstLine(release.headline()), 60).isEmpty() ? "press-kit"
                : PrintPhotos.slug(Release.firstLine(release.headline()), 60)) + ".pdf";
        stopIfCancelled(progress);
        try {
            Files.createDirectories(dir.resolve("photos").resolve("thumbnails"));
            for (int i = 0; i < names.size(); i++) {
                progress.progress(0.8 + 0.2 * i / names.size());
                AtomicFiles.write(dir.resolve("photos").resolve(names.get(i)), PhotoPack.printQuality(release, i, media));
                AtomicFiles.write(dir.resolve("photos").resolve("thumbnails").resolve(thumbName(names.get(i), thumbnails.get(i))),
                        thumbnails.get(i).bytes());
            }
            AtomicFiles.write(dir.resolve("release.html"), EmailVersion.html(release, fileRefs).getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(dir.resolve("release.txt"), text.getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream eml = new ByteArrayOutputStream();
            EmailDraft.write(subject, text, EmailVersion.html(release, cidRefs), inline, pdfName, pdf.toByteArray(), eml);
            AtomicFiles.write(dir.resolve("release.eml"), eml.toByteArray());
        } catch (IOException e) {
            throw new ShareException(dir + " cannot be written (" + e.getMessage() + ").", e);
        }
        return new Written(kit.warnings());
    }

    static void stopIfCancelled(KitProgress progress) {
        if (progress.isCancelled()) {
            throw new java.util.concurrent.CancellationException("cancelled");
        }
    }

    private static String thumbName(String photoName, PhotoRendition thumb) {
        String stem = photoName.substring(0, photoName.lastIndexOf('.'));
        return stem + (thumb.isPng() ? ".png" : ".jpg");
    }
}
