package io.presskit.image;

/** An accepted image: its original bytes untouched, what it is, and the thumbnail and rendition made from it. */
public record PreparedImage(String sha256, byte[] original, ImageInfo info, PhotoRendition thumbnail,
                            PhotoRendition rendition) {
}
