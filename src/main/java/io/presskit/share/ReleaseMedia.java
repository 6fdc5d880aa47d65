package io.presskit.share;

import io.presskit.bundle.BundleExporter;
import io.presskit.image.PhotoRendition;
import io.presskit.image.PhotoSource;
import io.presskit.library.LibraryException;
import io.presskit.library.LibraryStore;
import io.presskit.model.Photo;

import java.io.IOException;

/** Where the outputs get a release's pictures: originals for print, thumbnails for email, renditions for the kit. */
public interface ReleaseMedia extends BundleExporter.Originals {
    PhotoRendition thumbnail(Photo photo) throws IOException;

    PhotoSource kitPhotos();

    /** The library's copies. */
    static ReleaseMedia of(LibraryStore store) {
        return new ReleaseMedia() {
            @Override
            public byte[] original(Photo photo) throws IOException {
                return io.presskit.service.LibraryPhotos.originals(store).original(photo);
            }

            @Override
            public PhotoRendition thumbnail(Photo photo) throws IOException {
                try {
                    return store.images().thumbnail(photo.sha256()).orElseThrow(
                            () -> new IOException("the thumbnail of " + photo.fileName() + " is not in the library"));
                } catch (LibraryException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }

            @Override
            public PhotoSource kitPhotos() {
                return io.presskit.service.LibraryPhotos.photoSource(store);
            }
        };
    }
}
