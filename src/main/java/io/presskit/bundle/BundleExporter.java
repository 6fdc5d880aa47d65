package io.presskit.bundle;

import com.ibm.icu.text.BreakIterator;
import io.presskit.files.OutputFile;
import io.presskit.image.PhotoUnavailableException;
import io.presskit.model.Photo;
import io.presskit.model.Release;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a release as a bundle folder (or a .zip when the name ends so): release.json and each photo's
 * original bytes under photos/. Written beside the target first and moved into place, so a failure
 * leaves no half bundle ({@link OutputFile}).
 */
public final class BundleExporter {

    /** The original bytes of a stored photo. */
    @FunctionalInterface
    public interface Originals {
        byte[] original(Photo photo) throws IOException;
    }

    private BundleExporter() {
    }

    /**
     * Writes {@code release} as a bundle at {@code out}. A bundle is a finished release (its import is strict),
     * so a draft that is not complete yet is refused, naming its first problem.
     */
    public static void export(Release release, Originals originals, Path out) throws BundleException {
        export(List.of(release), originals, out);
    }

    /**
     * Writes the language versions of one release as one bundle (format 2; format 1 for a single version), in the
     * order given; they share their photos, which are written once. Every version must be complete.
     */
    public static void export(List<Release> versions, Originals originals, Path out) throws BundleException {
        for (Release release : versions) {
            List<io.presskit.model.Problem> problems = io.presskit.model.ReleaseRules.validate(release);
            if (!problems.isEmpty()) {
                throw new BundleException((versions.size() > 1 ? "The " + release.language() + " version" : "The release")
                        + " is not complete yet, so it cannot be exported as a bundle: " + problems.get(0).sentence());
            }
        }
        Release first = versions.get(0);
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !(Files.isDirectory(target) && isEmpty(target))) {
            throw new BundleException(out + " already exists; choose a new folder or an empty one");
        }
        boolean zip = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        List<String> names = portableNames(first.photos());
        List<Release> renamedVersions = new ArrayList<>();
        for (Release release : versions) {
            List<Photo> renamed = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                Photo p = release.photos().get(i);
                renamed.add(new Photo(names.get(i), p.sha256(), p.mediaType(), p.width(), p.height(), p.orientation(),
                        p.caption(), p.credit(), p.altText()));
            }
            renamedVersions.add(release.withPhotos(renamed));
        }
        byte[] json = BundleJson.write(renamedVersions);
        try (OutputFile file = OutputFile.beside(target, zip ? ".zip" : "", !zip)) {
            Path temp = file.temp();
            if (zip) {
                try (OutputStream os = Files.newOutputStream(temp); ZipOutputStream z = new ZipOutputStream(os)) {
                    z.putNextEntry(new ZipEntry("release.json"));
                    z.write(json);
                    z.closeEntry();
                    for (int i = 0; i < names.size(); i++) {
                        z.putNextEntry(new ZipEntry("photos/" + names.get(i)));
                        z.write(originals.original(first.photos().get(i)));
                        z.closeEntry();
                    }
                }
            } else {
                Files.write(temp.resolve("release.json"), json);
                Path photos = temp.resolve("photos");
                if (!names.isEmpty()) {
                    Files.createDirectory(photos);
                }
                for (int i = 0; i < names.size(); i++) {
                    Files.write(photos.resolve(names.get(i)), originals.original(first.photos().get(i)));
                }
            }
            if (Files.isDirectory(file.target())) {
                Files.delete(file.target()); // empty, checked above
            }
            file.placeNew();
        } catch (PhotoUnavailableException e) {
            throw new BundleException(e.getMessage(), e);
        } catch (IOException e) {
            throw new BundleException(out + " cannot be written (" + e.getMessage() + ")", e);
        }
    }

    /** The longest file name, in UTF-8 bytes, that the file systems a bundle travels through all take (ext4, APFS, NTFS). */
    static final int MAX_NAME_BYTES = 255;

    /**
     * The photos' file names as written: each at most {@link #MAX_NAME_BYTES} bytes (a long name is cut at a
     * character boundary, keeping its extension) and unique ignoring case ({@code -2}, {@code -3} … as the importer
     * does). A name that already fits is kept, so importing an exported bundle and exporting it again gives the
     * same names.
     */
    static List<String> portableNames(List<Photo> photos) {
        List<String> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Photo p : photos) {
            String name = p.fileName();
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            String ext = dot > 0 ? name.substring(dot) : "";
            String candidate = fit(stem, "", ext);
            for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = fit(stem, "-" + n, ext);
            }
            out.add(candidate);
        }
        return out;
    }

    /** {@code stem + suffix + ext}, the stem cut between two characters (never inside one) until it fits. */
    private static String fit(String stem, String suffix, String ext) {
        int room = MAX_NAME_BYTES - utf8(suffix) - utf8(ext);
        if (utf8(stem) <= room) {
            return stem + suffix + ext;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(stem);
        int end = 0;
        for (int next = characters.next(); next != BreakIterator.DONE && utf8(stem.substring(0, next)) <= room;
             next = characters.next()) {
            end = next;
        }
        return stem.substring(0, end).stripTrailing() + suffix + ext;
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
