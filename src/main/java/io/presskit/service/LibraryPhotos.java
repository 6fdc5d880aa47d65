package io.presskit.service;

import io.presskit.bundle.BundleExporter;
import io.presskit.image.ImagePipeline;
import io.presskit.image.ImageRejectedException;
import io.presskit.image.PhotoRendition;
import io.presskit.image.PhotoSource;
import io.presskit.image.PhotoUnavailableException;
import io.presskit.library.Images;
import io.presskit.library.LibraryException;
import io.presskit.library.LibraryStore;
import io.presskit.model.Photo;
import io.presskit.model.Release;

/**
 * A library's photos as the outputs need them: kit renditions (the stored one when current and undamaged, else made
 * again from the checked original and kept, so that exports never remake it twice and never print a damaged one)
 * and originals for bundles. Storage only stores and checks; making a rendition is the image pipeline's work.
 */
public final class LibraryPhotos {
    private static final String REMEDY = ": restore the library from a backup, or remove the photo from the release "
            + "and add it again.";

    private LibraryPhotos() {
    }

    /** The kit rendition of {@code photo} of {@code release} (null: refusals name the photo by file only). */
    public static PhotoRendition rendition(LibraryStore store, Release release, Photo photo) throws LibraryException {
        Images images = store.images();
        var stored = images.storedRendition(photo.sha256());
        if (stored.isPresent()) {
            return stored.get();
        }
        PhotoRendition made;
        try {
            made = ImagePipeline.rendition(photo.fileName(), images.original(release, photo));
        } catch (ImageRejectedException e) {
            throw new LibraryException(Images.named(release, photo) + " can no longer be decoded" + REMEDY, e);
        }
        try {
            images.keepRendition(photo.sha256(), made);
        } catch (LibraryException e) {
            // a read-only or full library: the rendition is still right, it is only not kept for next time
        }
        return made;
    }

    /** The library as the kit's photo source; refusals name photos by file name. */
    public static PhotoSource photoSource(LibraryStore store) {
        return photoSource(store, null);
    }

    /** The library as the kit's photo source for {@code release}: refusals name a photo by its number and file. */
    public static PhotoSource photoSource(LibraryStore store, Release release) {
        return photo -> {
            try {
                return rendition(store, release, photo);
            } catch (LibraryException e) {
                throw new PhotoUnavailableException(e.getMessage(), e);
            }
        };
    }

    /** The library as the originals of a bundle export: each photo's imported bytes, checked. */
    public static BundleExporter.Originals originals(LibraryStore store) {
        return originals(store, null);
    }

    /** The originals of {@code release}'s photos: refusals name a photo by its number and file. */
    public static BundleExporter.Originals originals(LibraryStore store, Release release) {
        return photo -> {
            try {
                return store.images().original(release, photo);
            } catch (LibraryException e) {
                throw new PhotoUnavailableException(e.getMessage(), e);
            }
        };
    }
}
