package io.presskit.bundle;

import io.presskit.files.OutputFile;
import io.presskit.image.PhotoUnavailableException;
import io.presskit.model.Photo;
import io.presskit.model.Release;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
        java.util.List<io.presskit.model.Problem> problems = io.presskit.model.ReleaseRules.validate(release);
        if (!problems.isEmpty()) {
            throw new BundleException("The release is not complete yet, so it cannot be exported as a bundle: "
                    + problems.get(0).sentence());
        }
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !(Files.isDirectory(target) && isEmpty(target))) {
            throw new BundleException(out + " already exists; choose a new folder or an empty one");
        }
        boolean zip = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
        try (OutputFile file = OutputFile.beside(target, zip ? ".zip" : "", !zip)) {
            Path temp = file.temp();
            if (zip) {
                try (OutputStream os = Files.newOutputStream(temp); ZipOutputStream z = new ZipOutputStream(os)) {
                    z.putNextEntry(new ZipEntry("release.json"));
                    z.write(BundleJson.write(release));
                    z.closeEntry();
                    for (Photo p : release.photos()) {
                        z.putNextEntry(new ZipEntry("photos/" + p.fileName()));
                        z.write(originals.original(p));
                        z.closeEntry();
                    }
                }
            } else {
                Files.write(temp.resolve("release.json"), BundleJson.write(release));
                Path photos = temp.resolve("photos");
                if (!release.photos().isEmpty()) {
                    Files.createDirectory(photos);
                }
                for (Photo p : release.photos()) {
                    Files.write(photos.resolve(p.fileName()), originals.original(p));
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

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
