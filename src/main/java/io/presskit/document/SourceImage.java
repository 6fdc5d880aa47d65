package io.presskit.document;

/**
 * An image embedded in a source document, in document order.
 *
 * @param beforeBlock index of the first block after the image (the image stood before it)
 * @param altText     the description the author gave it (Word's alt text), or null
 */
public record SourceImage(String fileName, byte[] bytes, String altText, int beforeBlock) {
}
