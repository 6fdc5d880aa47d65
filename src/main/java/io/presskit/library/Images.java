package io.presskit.library;

import io.presskit.image.PhotoRendition;
import io.presskit.image.PreparedImage;
import io.presskit.model.Photo;
import io.presskit.model.Release;

import java.util.Optional;

/**
 * The photos' images: originals (content-addressed by SHA-256, shared between releases, checked against it on
 * every read), thumbnails, and kit renditions (checked against a digest of their own). Making a rendition is the
 * image pipeline's work, not storage's: the service layer (LibraryPhotos) asks for the stored one and keeps
 * a new one here.
 */
public interface Images {
    /** How refusals name a photo: "Photo 3 (opening.jpg)" when the release is known, else "The photo opening.jpg". */
    static String named(Release release, Photo photo) {
        int n = release == null ? -1 : release.photos().indexOf(photo);
        return n < 0 ? "The photo " + photo.fileName() : "Photo " + (n + 1) + " (" + photo.fileName() + ")";
    }

    /** The photo's original bytes as imported, checked against the SHA-256 they are stored under. */
    byte[] original(String sha256) throws LibraryException;

    /** The same, refusals naming the photo as {@link #named} does. */
    byte[] original(Release release, Photo photo) throws LibraryException;

    Optional<PhotoRendition> thumbnail(String sha256) throws LibraryException;

    /** The stored kit rendition when its recipe is current and its bytes match their digest; else empty. */
    Optional<PhotoRendition> storedRendition(String sha256) throws LibraryException;

    /** Keeps a rendition made from the photo's original, replacing a stale or damaged one. */
    void keepRendition(String sha256, PhotoRendition rendition) throws LibraryException;

    /**
     * A stored image as the pipeline prepared it (original, thumbnail, the current rendition if stored), or empty
     * when nothing uses it any more and it is gone: an editor's undo can put a photo back with it.
     */
    Optional<PreparedImage> storedImage(Photo photo) throws LibraryException;

    /**
     * Refuses a release one of whose photos has lost its stored image (a hand edit, a bad restore), naming the
     * first: checked before an export, so that it says so instead of writing a kit without it.
     */
    void requireAll(Release release) throws LibraryException;
}
