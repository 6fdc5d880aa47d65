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
 * Reads a bundle into a release (or the language versions of one) and its prepared photos, or refuses it with one
 * sentence. Reading has no side effects: the caller stores the result in one transaction, so a refusal changes
 * nothing.
 */
public final class BundleImporter {

    /**
     * A release ready to store, with each photo's original, thumbnail and rendition in print order; from a format 2
     * bundle, its language versions in the bundle's order, sharing the photos (each with its own captions).
     */
    public record ImportedBundle(List<Release> versions, List<PreparedImage> images) {
        public ImportedBundle {
            versions = List.copyOf(versions);
            images = List.copyOf(images);
        }

        public ImportedBundle(Release release, List<PreparedImage> images) {
            this(List.of(release), images);
        }

        /** The first (in a format 1 bundle: the only) version. */
        public Release release() {
            return versions.get(0);
        }

        /** Whether the bundle holds several language versions of the release. */
        public boolean isFamily() {
            return versions.size() > 1;
        }
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
        boolean family = parsed.family();
        for (int k = 0; k < parsed.versions().size(); k++) {
            BundleJson.Version v = parsed.versions().get(k);
            String prefix = family ? "versions[" + k + "]." : "";
            refuseFirst(prefix, ReleaseRules.validate(v.release()));
            for (int i = 0; i < v.photos().size(); i++) {
                if (v.photos().get(i).caption().isBlank()) {
                    throw new BundleException(prefix + "photos[" + i + "].caption: must not be blank");
                }
            }
        }
        // The files are the same for every version: read and decoded once.
        List<PreparedImage> images = prepareAll(parsed.photos(), source);
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (BundleJson.PhotoEntry e : parsed.photos()) {
            names.add(uniqueName(baseName(e.file()), taken));
        }
        List<Release> versions = new ArrayList<>();
        for (int k = 0; k < parsed.versions().size(); k++) {
            BundleJson.Version v = parsed.versions().get(k);
            List<Photo> photos = new ArrayList<>();
            for (int i = 0; i < images.size(); i++) {
                BundleJson.PhotoEntry e = v.photos().get(i);
                PreparedImage img = images.get(i);
                photos.add(new Photo(names.get(i), img.sha256(), img.info().mediaType(), img.info().width(),
                        img.info().height(), img.info().orientation(), e.caption(), e.credit(), e.altText()));
            }
            Release release = v.release().withPhotos(photos);
            refuseFirst(family ? "versions[" + k + "]." : "", ReleaseRules.validate(release));
            versions.add(release);
        }
        return new ImportedBundle(versions, images);
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

    /**
     * The first problem as one sentence, naming the field where the file has it: a version's own text under
     * {@code prefix} ({@code versions[1].headline}), what the versions share at the top ({@code contacts[0].name}).
     */
    private static void refuseFirst(String prefix, List<Problem> problems) throws BundleException {
        if (!problems.isEmpty()) {
            Problem p = problems.get(0);
            boolean shared = SHARED_FIELD.matcher(p.field()).lookingAt();
            throw new BundleException(prefix.isEmpty() || shared ? p.sentence()
                    : new Problem(prefix + p.field(), p.message()).sentence());
        }
    }

    /** The fields a format 2 bundle holds once for all its versions. */
    private static final java.util.regex.Pattern SHARED_FIELD = java.util.regex.Pattern.compile(
            "(contacts|boilerplates|release)\\b|photos\\[\\d+\\](\\.(file|credit))?$");

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
