package io.presskit.document;

import io.presskit.image.PreparedImage;

/** A photo coming in with a document (embedded in it, or from the --photos folder), decoded and checked once. */
public record IncomingPhoto(String fileName, PreparedImage image, String altText) {
}
