package io.presskit.image;

/**
 * What an image file is, read from its bytes (never from its name): media type, stored pixel size,
 * EXIF orientation (1–8) and whether it has transparency.
 */
public record ImageInfo(String mediaType, int width, int height, int orientation, boolean hasAlpha) {
    public long pixels() {
        return (long) width * height;
    }

    public int displayWidth() {
        return orientation >= 5 ? height : width;
    }

    public int displayHeight() {
        return orientation >= 5 ? width : height;
    }
}
