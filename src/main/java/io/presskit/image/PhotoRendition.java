package io.presskit.image;

/**
 * The image a kit embeds for a photo: EXIF orientation already applied, long side at most
 * {@link ImageRules#RENDITION_LONG_SIDE} px, sRGB, no metadata. JPEG for opaque photos, PNG when the
 * original has transparency (kept lossless).
 */
public record PhotoRendition(String mediaType, int width, int height, byte[] bytes) {
    public boolean isPng() {
        return "image/png".equals(mediaType);
    }
}
