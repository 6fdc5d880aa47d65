package io.presskit.bundle;

import io.presskit.image.ImageBatch;
import io.presskit.image.ImageRules;
import io.presskit.image.PreparedImage;
import io.presskit.model.Photo;
import io.presskit.model.Problem;
import io.presskit.model.Release;
import io.presskit.model.ReleaseRules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a bundle into a release and its prepared photos, or refuses it with one sentence. Reading has no
 * side effects: the caller stores the result in one transaction, so a refusal changes nothing.
 */
public final class BundleImporter {

    /** A release ready to store, with each photo's original, thumbnail and rendition in print order. */
    public record ImportedBundle(Release release, List<PreparedImage> images) {
    }

    private BundleImporter() {
    }

    public static ImportedBundle load(Path dirOrZip) throws BundleException {
        try (BundleSource source = BundleSource.open(dirOrZip)) {
            return load(source);
        } catch (java.io.IOException e) {
            throw new BundleException(dirOrZip + " cannot be closed (" + e.getMessage() + ")", e);
        }
    }

    public static ImportedBundle load(BundleSource source) throws BundleException {
        BundleJson.Parsed parsed = BundleJson.read(source.read("release.json", BundleJson.MAX_BYTES,
                "the largest release.json read is " + (BundleJson.MAX_BYTES >> 20) + " MB"));
        Release withoutPhotos = parsed.release();
        refuseFirst(ReleaseRules.validate(withoutPhotos));
        for (int i = 0; i < parsed.photos().size(); i++) {
            BundleJson.PhotoEntry e = parsed.photos().get(i);
            if (e.caption().isBlank()) {
                throw new BundleException("photos[" + i + "].caption: must not be blank");
            }
        }
        List<PreparedImage> images = prepareAll(parsed.photos(), source);
        List<Photo> photos = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < images.size(); i++) {
            BundleJson.PhotoEntry e = parsed.photos().get(i);
            PreparedImage img = images.get(i);
            photos.add(new Photo(uniqueName(baseName(e.file()), names), img.sha256(), img.info().mediaType(),
                    img.info().width(), img.info().height(), img.info().orientation(), e.caption(), e.credit(),
                    e.altText()));
        }
        Release release = withoutPhotos.withPhotos(photos);
        refuseFirst(ReleaseRules.validate(release));
        return new ImportedBundle(release, images);
    }

    /**
     * Reads and decodes photos in parallel, each read right before its decoding, so that at most one file a core
     * is held besides the photos already prepared (whose total the source limits); the first refusal, in photo
     * order, names its field, and the photos after it are not read at all.
     */
    private static List<PreparedImage> prepareAll(List<BundleJson.PhotoEntry> entries, BundleSource source)
            throws BundleException {
        List<String> names = new ArrayList<>();
        for (BundleJson.PhotoEntry e : entries) {
            names.add(e.file());
        }
        String why = "the largest image accepted is " + (ImageRules.MAX_FILE_BYTES >> 20) + " MB";
        try {
            return ImageBatch.prepareAll(names, i -> source.read(names.get(i), ImageRules.MAX_FILE_BYTES, why));
        } catch (ImageBatch.Failure f) {
            throw new BundleException("photos[" + f.index() + "].file: " + f.getMessage(), f.getCause());
        }
    }

    private static void refuseFirst(List<Problem> problems) throws BundleException {
        if (!problems.isEmpty()) {
            throw new BundleException(problems.get(0).sentence());
        }
    }

    static String baseName(String file) {
        String p = file.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** "a.jpg", "a.jpg" → "a.jpg", "a-2.jpg": one folder holds a bundle's photos. */
    public static String uniqueName(String name, Set<String> taken) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + "-" + n + ext;
        }
        return candidate;
    }
}
