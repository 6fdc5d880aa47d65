package io.presskit.kit.document;

/**
 * An image a kit embeds: a JPEG or PNG in its stored orientation, turned by {@code orientation} (EXIF 1–8)
 * when drawn. {@code name} names it in warnings.
 */
public record KitImage(String name, String mediaType, int width, int height, int orientation, byte[] bytes) {
    public boolean isJpeg() {
        return "image/jpeg".equals(mediaType);
    }

    /** Width as it stands upright. */
    public int displayWidth() {
        return orientation >= 5 ? height : width;
    }

    /** Height as it stands upright. */
    public int displayHeight() {
        return orientation >= 5 ? width : height;
    }
}
