package io.presskit.image;

/** The limits every image path (import, editor, kit) shares. */
public final class ImageRules {
    /**
     * Largest image accepted, in pixels. 100 MP covers every camera a newsroom uses (a 61 MP full-frame
     * shot is 9504 × 6336) and refuses decompression bombs before a single pixel is decoded.
     */
    public static final long MAX_PIXELS = 100_000_000L;
    /** Largest file accepted, in bytes. */
    public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    /** Long side of the image embedded in a kit: 300 dpi across an A4 page. */
    public static final int RENDITION_LONG_SIDE = 2500;
    /** Long side of the thumbnail kept for the UI. */
    public static final int THUMBNAIL_LONG_SIDE = 320;
    /**
     * Bump when the way renditions are made changes, so stored ones are made again. 2: a JPEG fit for
     * print is kept as it is (metadata removed) and every rendition stays in its stored orientation.
     */
    public static final int RENDITION_RECIPE = 2;

    private ImageRules() {
    }
}
