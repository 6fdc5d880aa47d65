package io.presskit.image;

/**
 * The image a kit embeds for a photo: long side at most {@link ImageRules#RENDITION_LONG_SIDE} px, sRGB, no
 * metadata, in the original's stored orientation (the kit turns it by the photo's EXIF orientation when it
 * draws it, so that a JPEG fit for print is embedded byte for byte). A JPEG stays a JPEG; a PNG, GIF or BMP
 * becomes a lossless PNG, with its transparency. (A thumbnail uses the same record: it is upright.)
 */
public record PhotoRendition(String mediaType, int width, int height, byte[] bytes) {
    public boolean isPng() {
        return "image/png".equals(mediaType);
    }
}
